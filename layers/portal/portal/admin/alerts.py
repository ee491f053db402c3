"""Alert settings: Slack incoming webhook + channel, and an HTTP source (URL + write key).

Secrets (the webhook URL, the write key) are write-only: reads and the audit trail show only
whether they are set and a short hint, never the values.
"""

from dataclasses import dataclass
from typing import Any

from portal import outbound
from portal.admin import audit
from portal.admin.auth import Principal
from portal.errors import InvalidRequest
from portal.storage import workspace
from portal.storage.config import AlertSettingsRecord, alert_settings

_UNSET = object()


@dataclass(frozen=True)
class SlackChange:
    enabled: bool | None = None
    webhook_url: str | None = None  # None keeps the stored one, "" clears it
    channel: str | None = None


@dataclass(frozen=True)
class HttpChange:
    enabled: bool | None = None
    url: str | None = None
    write_key: str | None = None  # None keeps the stored one


def _hint(secret: str | None) -> str | None:
    if not secret:
        return None
    return "…" + secret[-4:] if len(secret) > 12 else "****"


def _url_hint(url: str | None) -> str | None:
    if not url:
        return None
    # Slack's webhook path is the secret; a plain HTTP source URL may carry tokens in its query.
    scheme, _, rest = url.partition("://")
    host = rest.split("/", 1)[0].split("?", 1)[0]
    return f"{scheme}://{host}/…"


def view(record: AlertSettingsRecord) -> dict[str, Any]:
    return {
        "slack": {
            "enabled": bool(record.slack_enabled),
            "webhook_url": _url_hint(record.slack_webhook_url),
            "webhook_url_set": bool(record.slack_webhook_url),
            "channel": record.slack_channel,
        },
        "http": {
            "enabled": bool(record.http_enabled),
            "url": _url_hint(record.http_url),
            "url_set": bool(record.http_url),
            "write_key": _hint(record.http_write_key),
            "write_key_set": bool(record.http_write_key),
        },
        "updated_at": record.updated_at,
    }


def get() -> dict[str, Any]:
    return view(alert_settings())


def update(principal: Principal, slack: SlackChange | None, http: HttpChange | None) -> dict[str, Any]:
    record = alert_settings()
    before = view(record)
    if slack is not None:
        if slack.webhook_url is not None:
            # "" clears the stored URL; None (omitted) keeps it.
            url = slack.webhook_url
            record.slack_webhook_url = outbound.check_slack_webhook(url) if url else None
        if slack.channel is not None:
            record.slack_channel = slack.channel or None
        if slack.enabled is not None:
            record.slack_enabled = slack.enabled
        if record.slack_enabled and not record.slack_webhook_url:
            raise InvalidRequest("slack.webhook_url is required to enable Slack alerts")
    if http is not None:
        if http.url is not None:
            record.http_url = outbound.check_http_source(http.url) if http.url else None
        if http.write_key is not None:
            record.http_write_key = http.write_key or None
        if http.enabled is not None:
            record.http_enabled = http.enabled
        if record.http_enabled and not (record.http_url and record.http_write_key):
            raise InvalidRequest("http.url and http.write_key are required to enable HTTP source alerts")
    record.updated_at = audit.now()
    workspace.save_alert_settings(record)
    after = view(record)
    audit.record(principal, "alerts.update", "alerts", _audited(before), _audited(after))
    return after


def _audited(settings: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in settings.items() if key != "updated_at"}
