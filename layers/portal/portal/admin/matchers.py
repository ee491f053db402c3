"""Detection settings: the default matchers (read-only) and up to 100 custom ones.

A change bumps the config snapshot (ingest and classify rebuild their engine within seconds) and
re-evaluates the inbox from each field's stored evidence, so recommendations follow at once.
Stored evidence holds counters, not values: a new *value* matcher can only judge values seen
after it exists; key matchers re-judge every inbox field immediately.
"""

import secrets
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from portal.admin import audit
from portal.admin.auth import Principal
from portal.detection import Engine, Evidence, Matcher, Recommendation, default_matchers
from portal.detection.matchers import MAX_CUSTOM_MATCHERS
from portal.errors import Conflict, InvalidRequest
from portal.storage import inventory as field_store
from portal.storage import workspace
from portal.storage.config import bump_snapshot_version, custom_matchers
from portal.storage.fields import INBOX, FieldRecord
from portal.storage.workspace import MatcherRecord

_PARALLEL_WRITES = 8


def _definition(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": data["name"],
        "classification": data["classification"],
        "match_on": data["match_on"],
        "precision": data["precision"],
        "synonyms": list(data.get("synonyms") or []),
        "pattern": data.get("pattern"),
    }


def validated(data: dict[str, Any]) -> Matcher:
    """The detection engine's own validation (names the problem; RE2 syntax, no backreferences)."""
    return Matcher.custom_from_dict(_definition(data))


def default_view(matcher: Matcher) -> dict[str, Any]:
    return {**matcher.to_dict(), "read_only": True}


def _check_unique(name: str, except_id: str | None = None) -> None:
    taken = {r.name.lower() for r in workspace.list_matchers() if r.id != except_id}
    if name.strip().lower() in taken:
        raise Conflict("name is used by another custom matcher")


def list_all() -> dict[str, Any]:
    custom = sorted(workspace.list_matchers(), key=lambda r: (r.name, r.id))
    return {
        "defaults": [default_view(m) for m in default_matchers()],
        "custom": [{**r.as_dict(), "created_at": r.created_at, "updated_at": r.updated_at} for r in custom],
        "limit": MAX_CUSTOM_MATCHERS,
    }


def _after_change() -> int:
    bump_snapshot_version()
    return reevaluate_inbox()


def create(principal: Principal, data: dict[str, Any]) -> dict[str, Any]:
    validated(data)
    definition = _definition(data)
    _check_unique(definition["name"])
    if len(workspace.list_matchers()) >= MAX_CUSTOM_MATCHERS:
        raise Conflict(f"at most {MAX_CUSTOM_MATCHERS} custom matchers are allowed")
    at = audit.now()
    matcher_id = "m_" + secrets.token_hex(6)
    record = MatcherRecord(
        MatcherRecord.key(matcher_id),
        id=matcher_id,
        name=definition["name"],
        classification=definition["classification"],
        match_on=definition["match_on"],
        precision=definition["precision"],
        synonyms=set(definition["synonyms"]) or None,
        pattern=definition["pattern"],
        created_at=at,
        updated_at=at,
    )
    workspace.create_matcher(record, MAX_CUSTOM_MATCHERS)
    audit.record(principal, "matcher.create", matcher_id, None, record.as_dict())
    return {**record.as_dict(), "reevaluated": _after_change()}


def update(principal: Principal, matcher_id: str, data: dict[str, Any]) -> dict[str, Any]:
    record = workspace.get_matcher(matcher_id)
    before = record.as_dict()
    merged = {**before, **{k: v for k, v in data.items() if v is not None}}
    validated(merged)
    definition = _definition(merged)
    _check_unique(definition["name"], except_id=matcher_id)
    record.name = definition["name"]
    record.classification = definition["classification"]
    record.match_on = definition["match_on"]
    record.precision = definition["precision"]
    record.synonyms = set(definition["synonyms"]) or None
    record.pattern = definition["pattern"]
    record.updated_at = audit.now()
    workspace.save_matcher(record)
    audit.record(principal, "matcher.update", matcher_id, before, record.as_dict())
    return {**record.as_dict(), "reevaluated": _after_change()}


def delete(principal: Principal, matcher_id: str) -> dict[str, Any]:
    record = workspace.get_matcher(matcher_id)
    before = record.as_dict()
    workspace.delete_matcher(record)
    audit.record(principal, "matcher.delete", matcher_id, before, None)
    return {"deleted": matcher_id, "reevaluated": _after_change()}


def reevaluate_inbox() -> int:
    """Recompute every inbox field's recommendation from its evidence; returns how many moved."""
    engine = Engine(default_matchers() + custom_matchers())
    moved: list[tuple[FieldRecord, Recommendation]] = []
    for record in field_store.all_fields(INBOX):
        evidence = Evidence.from_dict(record.evidence.as_dict() if record.evidence else {})
        rec = engine.recommend(record.path, evidence)
        if (rec.classification, rec.matcher, rec.matched_on) != (
            record.recommended,
            record.matcher,
            record.matched_on,
        ):
            moved.append((record, rec))

    def store(change: tuple[FieldRecord, Recommendation]) -> bool:
        record, rec = change
        return field_store.update_recommendation(
            record,
            recommended=rec.classification,
            matcher=rec.matcher,
            matched_on=rec.matched_on,
            share=round(rec.share, 4),
            reason=rec.reason,
        )

    # A new key matcher can move many fields at once: write them a few at a time.
    with ThreadPoolExecutor(max_workers=_PARALLEL_WRITES) as pool:
        return sum(pool.map(store, moved))


def test(matcher_data: dict[str, Any] | None, matcher_id: str | None, payload: Any) -> dict[str, Any]:
    """What a matcher would flag in a sample message. Answers paths and reasons, never values."""
    if (matcher_data is None) == (matcher_id is None):
        raise InvalidRequest("give either matcher or matcher_id")
    if matcher_id is not None:
        matcher = validated(workspace.get_matcher(matcher_id).definition())
    else:
        matcher = validated(matcher_data or {})
    if not isinstance(payload, dict):
        raise InvalidRequest("payload must be a JSON object (a Segment message)")
    engine = Engine([matcher])
    evidence: dict[str, Evidence] = {}
    for path, obs in engine.observe_message(payload):
        evidence.setdefault(path, Evidence()).add(obs)
    flagged = []
    for path, found in evidence.items():
        rec = engine.recommend(path, found)
        if rec.matcher == matcher.name:
            flagged.append(
                {
                    "path": path,
                    "matched_on": rec.matched_on,
                    "classification": rec.classification,
                    "reason": rec.reason,
                }
            )
    return {"matcher": matcher.name, "scanned_paths": len(evidence), "flagged": flagged}
