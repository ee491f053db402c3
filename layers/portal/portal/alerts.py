"""Alerts about new unclassified fields: what is said (Slack digest, Segment `track` events)
and how it is delivered (retries with back-off that honour Retry-After, no redirects)."""

import json
import random
import time
import urllib.error
import urllib.request
from base64 import b64encode
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from hashlib import sha256
from typing import Any
from urllib.parse import quote

ALERT_EVENT = "Privacy Portal Field Detected"
USER_AGENT = "privacy-portal-alerts/1"
TIMEOUT_SECONDS = 10
ATTEMPTS = 4
MAX_RETRY_AFTER_SECONDS = 20.0
_COLOURS = {"red": ":red_circle:", "yellow": ":large_yellow_circle:", "green": ":large_green_circle:"}
_MAX_LISTED = 10


@dataclass(frozen=True)
class NewField:
    path: str
    recommended: str
    matcher: str | None
    matched_on: str | None
    reason: str
    sources: list[str]
    events: list[str]
    first_seen: str
    count: int

    @classmethod
    def from_image(cls, image: dict[str, Any]) -> "NewField":
        """From a fields-table stream NewImage (already deserialised)."""
        return cls(
            path=str(image["path"]),
            recommended=str(image.get("recommended", "green")),
            matcher=image.get("matcher"),
            matched_on=image.get("matched_on"),
            reason=str(image.get("reason", "")),
            sources=sorted(image.get("sources") or []),
            events=sorted(image.get("events") or []),
            first_seen=str(image.get("first_seen", "")),
            count=int(image.get("count", 0)),
        )


def field_link(link_base: str, path: str) -> str | None:
    return f"{link_base.rstrip('/')}/admin/fields/{quote(path, safe='')}" if link_base else None


def slack_digest(fields: list[NewField], channel: str | None, link_base: str) -> dict[str, Any]:
    """One Slack message for a batch of new fields (a digest when there are several)."""
    title = (
        f"New field in the Privacy Portal inbox: `{fields[0].path}`"
        if len(fields) == 1
        else f"{len(fields)} new fields in the Privacy Portal inbox"
    )
    lines = []
    for item in fields[:_MAX_LISTED]:
        link = field_link(link_base, item.path)
        name = f"<{link}|{item.path}>" if link else f"`{item.path}`"
        found = f"{item.matcher} on {item.matched_on}" if item.matcher else "no matcher"
        lines.append(
            f"{_COLOURS.get(item.recommended, '')} {name} - recommended *{item.recommended}* "
            f"({found}); sources: {', '.join(item.sources)}; events: {', '.join(item.events[:3])}"
        )
    if len(fields) > _MAX_LISTED:
        lines.append(f"...and {len(fields) - _MAX_LISTED} more in the inbox")
    payload: dict[str, Any] = {
        "text": title,
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": f"*{title}*"}},
            {"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(lines)}},
            {
                "type": "context",
                "elements": [{"type": "mrkdwn", "text": "Classify them in the inbox to silence this."}],
            },
        ],
    }
    if channel:
        payload["channel"] = channel
    return payload


def track_batch(fields: list[NewField], link_base: str, now: datetime | None = None) -> dict[str, Any]:
    """A Segment `batch` of one `track` event per new field; messageIds are stable per field so a
    receiving Segment source drops a resend too."""
    sent_at = (now or datetime.now(UTC)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return {
        "batch": [
            {
                "type": "track",
                "event": ALERT_EVENT,
                "anonymousId": "privacy-portal",
                "messageId": "pp-field-" + sha256(item.path.encode()).hexdigest()[:32],
                "timestamp": sent_at,
                "properties": {
                    "path": item.path,
                    "recommended_classification": item.recommended,
                    "matcher": item.matcher,
                    "matched_on": item.matched_on,
                    "reason": item.reason,
                    "sources": item.sources,
                    "events": item.events,
                    "first_seen": item.first_seen,
                    "count": item.count,
                    "link": field_link(link_base, item.path),
                },
                "context": {"library": {"name": "privacy-portal", "version": "1"}},
            }
            for item in fields
        ],
        "sentAt": sent_at,
    }


def basic_auth(write_key: str) -> str:
    return "Basic " + b64encode(f"{write_key}:".encode()).decode()


class DeliveryFailed(Exception):
    def __init__(self, status: int | None, detail: str):
        super().__init__(f"delivery failed ({status or 'no answer'}): {detail}")
        self.status = status


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    # A redirect could point anywhere, including inside the network: treat it as a failure.
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def _retry_after(error: urllib.error.HTTPError) -> float | None:
    value = error.headers.get("Retry-After") if error.headers else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def post_json(
    url: str,
    payload: dict[str, Any],
    headers: dict[str, str] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    attempts: int = ATTEMPTS,
) -> None:
    """POST JSON; retry 429 and 5xx (honouring Retry-After) and network errors, not other 4xx."""
    body = json.dumps(payload).encode()
    request_headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT, **(headers or {})}
    for attempt in range(1, attempts + 1):
        wait = min(2 ** (attempt - 1) * 0.5, 8.0) * (0.5 + random.random())  # noqa: S311 (jitter)
        try:
            request = urllib.request.Request(url, data=body, headers=request_headers, method="POST")  # noqa: S310
            with _opener.open(request, timeout=TIMEOUT_SECONDS) as response:
                response.read()
                return
        except urllib.error.HTTPError as error:
            retryable = error.code == 429 or error.code >= 500
            if not retryable or attempt == attempts:
                raise DeliveryFailed(error.code, "target answered with an error") from error
            hinted = _retry_after(error)
            if hinted is not None:
                if hinted > MAX_RETRY_AFTER_SECONDS:
                    raise DeliveryFailed(
                        error.code, "Retry-After longer than this attempt may wait"
                    ) from error
                wait = hinted
        except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
            if attempt == attempts:
                raise DeliveryFailed(None, type(error).__name__) from error
        sleep(wait)
