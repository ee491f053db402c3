"""The tracking API's decisions, independent of Lambda: authenticate, parse, observe."""

import base64
import binascii
from collections.abc import Callable
from dataclasses import dataclass

from portal.accepted import observe_messages
from portal.credentials import digest
from portal.errors import Unauthorized
from portal.events import decode_body, parse_request
from portal.snapshot import Snapshot, Source


@dataclass
class TrackingResult:
    source: Source
    accepted: int
    dropped: int
    drop_reasons: dict[str, int]
    published: list[str]


def basic_auth_user(authorization: str | None) -> str | None:
    """The user part of an HTTP Basic header (Segment puts the write key there)."""
    if not authorization:
        return None
    scheme, _, credentials = authorization.partition(" ")
    if scheme.lower() != "basic" or not credentials:
        raise Unauthorized("Authorization header must be HTTP Basic with the write key as user")
    try:
        decoded = base64.b64decode(credentials.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise Unauthorized("Authorization header is not valid Basic credentials") from exc
    return decoded.partition(":")[0]


def authenticate(write_key: str | None, snapshot: Snapshot) -> Source | None:
    if not write_key:
        return None
    source = snapshot.sources_by_key_hash.get(digest(write_key))
    return source if source is not None and source.enabled else None


def handle_tracking_request(
    kind: str,
    body: bytes,
    content_encoding: str | None,
    authorization: str | None,
    snapshot_for_key: Callable[[bool], Snapshot],
    received_at: str,
) -> TrackingResult:
    """Authenticate, validate and observe one request.

    `snapshot_for_key(fresh: bool)` gives the config snapshot; it is asked again with
    fresh=True when a write key is unknown, so a source created seconds ago works.
    """
    header_key = basic_auth_user(authorization)
    raw = decode_body(body, content_encoding)
    parsed = parse_request(kind, raw)
    write_key = header_key or parsed.write_key
    if not write_key:
        raise Unauthorized("write key missing: use HTTP Basic auth or writeKey in the body")
    snapshot = snapshot_for_key(False)
    source = authenticate(write_key, snapshot)
    if source is None:
        snapshot = snapshot_for_key(True)
        source = authenticate(write_key, snapshot)
    if source is None:
        raise Unauthorized("unknown or disabled write key")
    reasons: dict[str, int] = {}
    for rejected in parsed.rejected:
        reasons[rejected.reason] = reasons.get(rejected.reason, 0) + 1
    published = list(
        observe_messages(parsed.messages, snapshot.engine, source.id, received_at, snapshot.known_paths)
    )
    return TrackingResult(source, len(parsed.messages), len(parsed.rejected), reasons, published)
