"""The inbox and the inventory as the admin API reads and changes them.

Listings are Queries on the sparse GSI `by_status` (status, path): one partition per status,
ordered by path, so a page costs what it reads and never scans the table. Counts per
classification of the inventory live in one stats item kept in step with every inventory change
inside the same transaction, so they cost one GetItem instead of a read of the whole inventory.
"""

import base64
import binascii
import json
from dataclasses import dataclass, field
from typing import Any

from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.connection import Connection
from pynamodb.exceptions import DoesNotExist, PutError, QueryError, TransactWriteError, UpdateError
from pynamodb.expressions.condition import Condition
from pynamodb.models import Model
from pynamodb.transactions import TransactWrite

from portal.errors import Conflict, InvalidRequest, NotFound
from portal.storage.errors import translate
from portal.storage.fields import INBOX, INVENTORY, META, FieldCounter, FieldRecord, field_key
from portal.storage.tables import region, table_name

CLASSIFICATIONS = ("red", "yellow", "green")
INDEX = "by_status"
_KEY_NAMES = ("pk", "sk", "status", "path")
# One admin page evaluates at most this many items (~1 MB, ~110 read units); a very selective
# filter answers with fewer items and a cursor instead of reading the whole partition at once.
MAX_EVALUATED_PER_PAGE = 1000
_FIELD_CONFLICT = "the field changed while it was being updated; retry"


class InventoryStats(Model):
    """Inventory fields per owner classification (pk="STATS", sk="INVENTORY")."""

    class Meta:
        table_name = table_name("CONFIG_TABLE")
        region = region()

    pk = UnicodeAttribute(hash_key=True, default="STATS")
    sk = UnicodeAttribute(range_key=True, default="INVENTORY")
    red = NumberAttribute(default=0)
    yellow = NumberAttribute(default=0)
    green = NumberAttribute(default=0)


@dataclass
class FieldPage:
    items: list[FieldRecord]
    next_key: dict[str, Any] | None
    requests: int = 0
    read_units: float = 0.0
    scanned: int = 0


@dataclass
class FieldState:
    path: str
    status: str
    classification: str | None
    recommended: str

    def as_audit(self) -> dict[str, Any]:
        return {"status": self.status, "classification": self.classification}


@dataclass
class CounterItems:
    days: list[FieldCounter] = field(default_factory=list)
    events: list[FieldCounter] = field(default_factory=list)


# ---------------------------------------------------------------- cursors


def encode_cursor(key: dict[str, Any]) -> str:
    raw = json.dumps(key, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, status: str) -> dict[str, Any]:
    """A cursor is the GSI key of the last item read; anything else is rejected, not trusted."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        key = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise InvalidRequest("cursor is not a cursor this API returned") from exc
    valid = (
        isinstance(key, dict)
        and set(key) == set(_KEY_NAMES)
        and all(isinstance(v, dict) and set(v) == {"S"} and isinstance(v["S"], str) for v in key.values())
        and key["status"]["S"] == status
        and key["sk"]["S"] == META
        and key["pk"]["S"] == field_key(key["path"]["S"])
    )
    if not valid:
        raise InvalidRequest("cursor is not a cursor this API returned")
    return key


# ---------------------------------------------------------------- listing


def query_fields(
    status: str,
    *,
    filter_condition: Condition | None,
    path_prefix: str | None,
    descending: bool,
    limit: int,
    start_key: dict[str, Any] | None,
) -> FieldPage:
    """Up to `limit` META items of one status in path order, starting after `start_key`."""
    connection = FieldRecord._get_connection()
    range_condition = FieldRecord.path.startswith(path_prefix) if path_prefix else None
    page = FieldPage(items=[], next_key=None)
    key = start_key
    while page.scanned < MAX_EVALUATED_PER_PAGE:
        remaining = limit - len(page.items)
        # Without a filter every read item is returned, so ask for exactly what is missing; with
        # one, read more per request so a selective filter needs fewer round trips.
        request_limit = remaining
        if filter_condition is not None:
            request_limit = min(max(remaining * 4, 100), MAX_EVALUATED_PER_PAGE - page.scanned)
        try:
            answer = connection.query(
                hash_key=status,
                range_key_condition=range_condition,
                filter_condition=filter_condition,
                index_name=INDEX,
                exclusive_start_key=key,
                limit=request_limit,
                scan_index_forward=not descending,
                return_consumed_capacity="TOTAL",
            )
        except QueryError as exc:
            raise translate(exc, _FIELD_CONFLICT) from exc
        page.requests += 1
        page.scanned += int(answer.get("ScannedCount", 0))
        page.read_units += float(answer.get("ConsumedCapacity", {}).get("CapacityUnits", 0))
        raw_items = answer.get("Items", [])
        key = answer.get("LastEvaluatedKey")
        for raw in raw_items:
            page.items.append(FieldRecord.from_raw_data(raw))
            if len(page.items) == limit:
                last_of_answer = raw is raw_items[-1]
                page.next_key = key if last_of_answer else {name: raw[name] for name in _KEY_NAMES}
                return page
        if key is None:
            return page
    page.next_key = key
    return page


def all_fields(status: str, attributes: list[str] | None = None) -> list[FieldRecord]:
    """Every META item of one status, in path order (exports, counts and re-evaluation).

    `attributes` trims what travels back (DynamoDB still bills the whole items it reads)."""
    try:
        return list(FieldRecord.by_status.query(status, attributes_to_get=attributes))
    except QueryError as exc:
        raise translate(exc, _FIELD_CONFLICT) from exc


def inventory_counts() -> dict[str, int]:
    try:
        stats = InventoryStats.get("STATS", "INVENTORY")
    except DoesNotExist:
        return dict.fromkeys(CLASSIFICATIONS, 0)
    return {name: int(getattr(stats, name) or 0) for name in CLASSIFICATIONS}


# ---------------------------------------------------------------- one field


def get_field(path: str, consistent: bool = False) -> FieldRecord:
    try:
        return FieldRecord.get(field_key(path), META, consistent_read=consistent)
    except DoesNotExist as exc:
        raise NotFound("no field with that path") from exc


def field_counters(path: str, first_day: str) -> CounterItems:
    """Daily counters since `first_day` (yyyy-mm-dd) and every per-event counter of a field."""
    pk = field_key(path)
    try:
        days = list(FieldCounter.query(pk, FieldCounter.sk.between(f"D#{first_day}", "D#~")))
        events = list(FieldCounter.query(pk, FieldCounter.sk.startswith("E#")))
    except QueryError as exc:
        raise translate(exc, _FIELD_CONFLICT) from exc
    return CounterItems(days=days, events=events)


def change_field(path: str, *, classification: str | None, status: str) -> tuple[FieldState, FieldState]:
    """Set a field's owner classification and status; keeps the inventory counts in step.

    Optimistic: the write is conditional on the state read just before, so a concurrent change
    makes this raise Conflict instead of corrupting the counts.
    """
    record = get_field(path, consistent=True)
    before = FieldState(path, record.status, record.classification, record.recommended)
    after = FieldState(path, status, classification, record.recommended)
    if (before.status, before.classification) == (after.status, after.classification):
        return before, after
    if status == INVENTORY and classification not in CLASSIFICATIONS:
        raise InvalidRequest("classification is required to add a field to the inventory")

    deltas: dict[str, int] = {}
    if before.status == INVENTORY and before.classification in CLASSIFICATIONS:
        deltas[before.classification] = deltas.get(before.classification, 0) - 1
    if after.status == INVENTORY and classification:
        deltas[classification] = deltas.get(classification, 0) + 1
    deltas = {name: delta for name, delta in deltas.items() if delta}

    condition = FieldRecord.status == before.status
    if before.classification is None:
        condition &= FieldRecord.classification.does_not_exist()
    else:
        condition &= FieldRecord.classification == before.classification
    actions = [FieldRecord.status.set(status)]
    if classification is None:
        actions.append(FieldRecord.classification.remove())
    else:
        actions.append(FieldRecord.classification.set(classification))
    try:
        if deltas:
            with TransactWrite(connection=Connection(region=region())) as transaction:
                transaction.update(record, actions=actions, condition=condition)
                stats = InventoryStats()
                transaction.update(
                    stats,
                    actions=[getattr(InventoryStats, name).add(delta) for name, delta in deltas.items()],
                )
        else:
            record.update(actions=actions, condition=condition)
    except (TransactWriteError, UpdateError, PutError) as exc:
        raise translate(exc, _FIELD_CONFLICT) from exc
    return before, after


def update_recommendation(
    record: FieldRecord,
    *,
    recommended: str,
    matcher: str | None,
    matched_on: str | None,
    share: float,
    reason: str,
) -> bool:
    """Store a re-evaluated recommendation of an inbox field; False if it left the inbox meanwhile."""
    actions = [
        FieldRecord.recommended.set(recommended),
        FieldRecord.share.set(share),
        FieldRecord.reason.set(reason),
        FieldRecord.matcher.set(matcher) if matcher else FieldRecord.matcher.remove(),
        FieldRecord.matched_on.set(matched_on) if matched_on else FieldRecord.matched_on.remove(),
    ]
    try:
        record.update(actions=actions, condition=FieldRecord.status == INBOX)
    except UpdateError as exc:
        translated = translate(exc, _FIELD_CONFLICT)
        if isinstance(translated, Conflict):
            return False
        raise translated from exc
    return True
