"""Where the portal may send data: alert targets are validated before they are stored and again
before anything is posted, so a tampered setting cannot turn the portal into a proxy."""

import ipaddress
import os
from urllib.parse import urlsplit

from portal.errors import InvalidRequest

SLACK_PREFIX = "https://hooks.slack.com/"
# Set only by the local stack (`make run`); a deployed stack never has it.
LOOPBACK_FLAG = "ALLOW_LOOPBACK_ALERT_URLS"


def loopback_allowed() -> bool:
    return os.environ.get(LOOPBACK_FLAG, "").lower() == "true"


def _is_loopback_http(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    if parts.hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        return False


def check_slack_webhook(url: str, field: str = "slack.webhook_url") -> str:
    if url.startswith(SLACK_PREFIX) and urlsplit(url).hostname == "hooks.slack.com":
        return url
    if loopback_allowed() and _is_loopback_http(url):
        return url
    raise InvalidRequest(f"{field} must start with {SLACK_PREFIX}")


def check_http_source(url: str, field: str = "http.url") -> str:
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname and not parts.username and not parts.password:
        return url
    if loopback_allowed() and _is_loopback_http(url):
        return url
    raise InvalidRequest(f"{field} must be an https:// URL without credentials")
