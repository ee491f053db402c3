"""The inbox and the inventory: listings, field detail, classification and membership.

How each listing is served (see docs/admin-api.md for the cost per page):
- a page of the inbox or inventory is a Query on the sparse GSI `by_status` (status, path): one
  partition per status, path order (stable, so a cursor — the GSI key of the last item read — is
  exact). Filters are DynamoDB FilterExpressions on that Query; a path prefix is a key condition.
- inventory counts per classification come from one stats item kept in step transactionally;
  inbox counts are computed from the inbox window on the first page only.
"""

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from pynamodb.expressions.condition import Condition

from portal.admin import audit
from portal.admin.auth import FIRST_OWNER_ID, Principal
from portal.errors import InvalidRequest, NotFound
from portal.storage import inventory as store
from portal.storage import workspace
from portal.storage.config import bump_snapshot_version
from portal.storage.fields import INBOX, INVENTORY, FieldRecord
from portal.storage.inventory import CLASSIFICATIONS, FieldState

Classification = Literal["red", "yellow", "green"]
Sort = Literal["path", "-path"]
MAX_BULK = 100
INBOX_DAYS = 7
HISTORY_DAYS = 30


@dataclass(frozen=True)
class ListingQuery:
    classification: Classification | None = None
    source: str | None = None
    environment: str | None = None
    matcher: str | None = None
    event: str | None = None
    search: str | None = None
    path_prefix: str | None = None
    sort: Sort = "path"
    limit: int = 50
    cursor: str | None = None
    days: int = INBOX_DAYS


def _cutoff(days: int) -> str:
    return (
        (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    )


def _any_of(conditions: list[Condition]) -> Condition:
    combined = conditions[0]
    for condition in conditions[1:]:
        combined |= condition
    return combined


def _filter(status: str, query: ListingQuery, env_source_ids: list[str] | None) -> Condition | None:
    conditions: list[Condition] = []
    if query.classification:
        owner = FieldRecord.classification == query.classification
        if status == INVENTORY:
            conditions.append(owner)
        else:
            conditions.append(
                owner
                | (
                    FieldRecord.classification.does_not_exist()
                    & (FieldRecord.recommended == query.classification)
                )
            )
    if query.source:
        conditions.append(FieldRecord.sources.contains(query.source))
    if env_source_ids is not None:
        conditions.append(_any_of([FieldRecord.sources.contains(s) for s in env_source_ids]))
    if query.matcher:
        conditions.append(FieldRecord.matcher == query.matcher)
    if query.event:
        conditions.append(FieldRecord.events.contains(query.event))
    if query.search:
        conditions.append(FieldRecord.path.contains(query.search))
    if status == INBOX:
        conditions.append(FieldRecord.last_seen >= _cutoff(query.days))
    if not conditions:
        return None
    combined = conditions[0]
    for condition in conditions[1:]:
        combined &= condition
    return combined


def summary(record: FieldRecord, names: dict[str, str] | None = None) -> dict[str, Any]:
    names = names or {}
    return {
        "path": record.path,
        "status": record.status,
        "classification": record.classification,
        "recommended": record.recommended,
        "effective": record.effective,
        "matcher": record.matcher,
        "matched_on": record.matched_on,
        "share": float(record.share or 0),
        "reason": record.reason,
        "count": int(record.count or 0),
        "sources": [{"id": s, "name": names.get(s, s)} for s in sorted(record.sources or ())],
        "events": sorted(record.events or ()),
        "first_seen": record.first_seen,
        "last_seen": record.last_seen,
    }


def list_fields(status: str, query: ListingQuery) -> dict[str, Any]:
    sources = workspace.list_sources()
    names = {s.id: s.name for s in sources}
    env_ids = None
    if query.environment:
        env_ids = [s.id for s in sources if s.environment == query.environment]
    start = store.decode_cursor(query.cursor, status) if query.cursor else None
    if env_ids == []:
        page = store.FieldPage(items=[], next_key=None)
    else:
        page = store.query_fields(
            status,
            filter_condition=_filter(status, query, env_ids),
            path_prefix=query.path_prefix,
            descending=query.sort == "-path",
            limit=query.limit,
            start_key=start,
        )
    answer: dict[str, Any] = {
        "items": [summary(r, names) for r in page.items],
        "next_cursor": store.encode_cursor(page.next_key) if page.next_key else None,
        "sort": query.sort,
    }
    if status == INVENTORY:
        answer["counts"] = store.inventory_counts()
    elif query.cursor is None:
        answer["counts"] = _inbox_counts(query.days)
    if status == INBOX:
        answer["days"] = query.days
    return answer


def _inbox_counts(days: int) -> dict[str, int]:
    counts = dict.fromkeys(CLASSIFICATIONS, 0)
    cutoff = _cutoff(days)
    wanted = ["pk", "sk", "path", "status", "recommended", "classification", "last_seen"]
    for record in store.all_fields(INBOX, wanted):
        if record.last_seen >= cutoff and record.effective in counts:
            counts[record.effective] += 1
    return counts


# ---------------------------------------------------------------- detail


def field_detail(path: str, days: int = HISTORY_DAYS) -> dict[str, Any]:
    record = store.get_field(path)
    today = datetime.now(UTC).date()
    first_day = today - timedelta(days=days - 1)
    counters = store.field_counters(path, first_day.isoformat())
    sources = {s.id: s for s in workspace.list_sources()}

    history: dict[str, dict[str, int]] = defaultdict(dict)
    for item in counters.days:
        if item.source and item.day:
            history[item.source][item.day] = int(item.count or 0)
    per_source: dict[str, int] = defaultdict(int)
    per_event: dict[str, dict[str, int]] = defaultdict(dict)
    for item in counters.events:
        if item.source and item.event is not None:
            per_source[item.source] += int(item.count or 0)
            per_event[item.event][item.source] = int(item.count or 0)
    source_ids = sorted(set(record.sources or ()) | set(per_source) | set(history))
    window = [(first_day + timedelta(days=i)).isoformat() for i in range(days)]

    def describe(source_id: str) -> dict[str, Any]:
        src = sources.get(source_id)
        return {
            "id": source_id,
            "name": src.name if src else source_id,
            "environment": src.environment if src else None,
        }

    return {
        **summary(record, {k: v.name for k, v in sources.items()}),
        "counts_by_source": [
            {
                **describe(s),
                "count": per_source.get(s, 0),
                "daily": [{"day": d, "count": history[s].get(d, 0)} for d in window],
            }
            for s in source_ids
        ],
        "events_detail": [
            {
                "event": event,
                "count": sum(by_source.values()),
                "sources": [{**describe(s), "count": n} for s, n in sorted(by_source.items())],
            }
            for event, by_source in sorted(per_event.items())
        ],
        "destinations": [],
        "access": access(source_ids),
        "example": _example(record.example),
        "evidence": {k: int(v) for k, v in (record.evidence.as_dict() if record.evidence else {}).items()},
    }


def _example(raw: str) -> dict[str, Any] | None:
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    return {"highlight": data.get("highlight"), "message": data.get("message")}


def access(source_ids: list[str]) -> list[dict[str, Any]]:
    """Who can see a field: every owner, and members whose scope includes a source sending it."""
    people = [{"id": FIRST_OWNER_ID, "name": "first owner (bootstrap)", "role": "owner", "via": None}]
    for token in workspace.list_tokens():
        if token.revoked_at:
            continue
        if token.role == "owner":
            people.append({"id": token.id, "name": token.name, "role": "owner", "via": None})
            continue
        scope = set(token.source_scope or ())
        via = sorted(scope & set(source_ids)) if scope else sorted(source_ids)
        if via:
            people.append({"id": token.id, "name": token.name, "role": "member", "via": via})
    return people


# ---------------------------------------------------------------- changes


def _target_state(
    record_status: str,
    record_class: str | None,
    recommended: str,
    classification: str | None,
    in_inventory: bool | None,
) -> tuple[str, str | None]:
    status = record_status
    if in_inventory is True:
        status = INVENTORY
    elif in_inventory is False:
        status = INBOX
    chosen = classification or record_class
    if status == INVENTORY and chosen is None:
        chosen = recommended
    return status, chosen


def change(
    principal: Principal, path: str, classification: str | None, in_inventory: bool | None
) -> tuple[FieldState, FieldState]:
    current = store.get_field(path, consistent=True)
    status, chosen = _target_state(
        current.status, current.classification, current.recommended, classification, in_inventory
    )
    before, after = store.change_field(path, classification=chosen, status=status)
    if before.as_audit() != after.as_audit():
        action = "field.classify"
        if before.status != after.status:
            action = "inventory.add" if after.status == INVENTORY else "inventory.remove"
        audit.record(principal, action, path, before.as_audit(), after.as_audit())
    return before, after


def _touches_ingest(before: FieldState, after: FieldState) -> bool:
    return before.as_audit() != after.as_audit() and INVENTORY in (before.status, after.status)


def classify(
    principal: Principal, path: str, classification: str | None, in_inventory: bool | None
) -> dict[str, Any]:
    if classification is None and in_inventory is None:
        raise InvalidRequest("classification or in_inventory is required")
    before, after = change(principal, path, classification, in_inventory)
    if _touches_ingest(before, after):
        bump_snapshot_version()
    return field_detail(path)


def change_many(
    principal: Principal, paths: list[str], classification: str | None, in_inventory: bool
) -> dict[str, list[str]]:
    if not paths:
        raise InvalidRequest("paths must list at least one field path")
    if len(paths) > MAX_BULK:
        raise InvalidRequest(f"paths may list at most {MAX_BULK} field paths")
    result: dict[str, list[str]] = {"changed": [], "unchanged": [], "not_found": []}
    bump = False
    for path in dict.fromkeys(paths):
        try:
            before, after = change(principal, path, classification, in_inventory)
        except NotFound:
            result["not_found"].append(path)
            continue
        result["changed" if before.as_audit() != after.as_audit() else "unchanged"].append(path)
        bump = bump or _touches_ingest(before, after)
    if bump:
        bump_snapshot_version()
    return result
