"""Masked examples: owners see the shape of a message, never the personal data in it.

Every value in the scanned sections and every identity field is masked, whatever its
classification: detection can miss, and an example must be safe even when it does.
"""

import json
from typing import Any

from portal.events import SCANNED_SECTIONS

# Message fields that say what happened, not who it happened to.
_SHOWN = frozenset(
    {
        "type",
        "event",
        "name",
        "category",
        "timestamp",
        "sentAt",
        "originalTimestamp",
        "receivedAt",
        "version",
        "channel",
    }
)
_KEEP_CHARS = 1
_MAX_STARS = 8


def mask_value(value: Any) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return "#" * min(len(str(value)), _MAX_STARS)
    text = str(value)
    if "@" in text:
        local, _, domain = text.partition("@")
        tld = domain.rsplit(".", 1)[-1] if "." in domain else ""
        return f"{local[:_KEEP_CHARS]}***@***" + (f".{tld[:3]}" if tld.isalpha() else "")
    if len(text) <= 2:
        return "*" * len(text)
    return text[:_KEEP_CHARS] + "*" * min(len(text) - _KEEP_CHARS, _MAX_STARS)


def _mask_tree(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _mask_tree(child) for key, child in value.items()}
    if isinstance(value, list):
        return [_mask_tree(child) for child in value[:3]]
    return mask_value(value)


def mask_message(message: dict[str, Any]) -> dict[str, Any]:
    masked: dict[str, Any] = {}
    for key, value in message.items():
        if key in SCANNED_SECTIONS or key not in _SHOWN:
            masked[key] = _mask_tree(value)
        else:
            masked[key] = value if isinstance(value, str | int | float | bool) else _mask_tree(value)
    return masked


def masked_example(masked: dict[str, Any], highlight: str) -> str:
    """The JSON string stored as a field's example: a masked message and the path to highlight."""
    return json.dumps({"highlight": highlight, "message": masked}, separators=(",", ":"), sort_keys=True)
