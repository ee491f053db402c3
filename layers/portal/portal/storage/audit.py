"""The audit trail: one item per change in the config table, newest first.

Keys: pk = "AUDIT", sk = "<ISO time>#<id>". Admin changes are rare (people clicking), so one
partition is far below DynamoDB's per-partition limits and a page is one Query in time order.
Items carry no `kind`, so they stay out of the `by_kind` index.
"""

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from pynamodb.attributes import JSONAttribute, UnicodeAttribute
from pynamodb.exceptions import PutError, QueryError
from pynamodb.models import Model

from portal.errors import InvalidRequest, Retryable
from portal.storage.tables import region, table_name

AUDIT = "AUDIT"


class AuditRecord(Model):
    class Meta:
        table_name = table_name("CONFIG_TABLE")
        region = region()

    pk = UnicodeAttribute(hash_key=True, default=AUDIT)
    sk = UnicodeAttribute(range_key=True)
    id = UnicodeAttribute()
    at = UnicodeAttribute()
    actor = UnicodeAttribute()
    actor_role = UnicodeAttribute()
    action = UnicodeAttribute()
    target = UnicodeAttribute()
    before = JSONAttribute(null=True)
    after = JSONAttribute(null=True)


@dataclass
class AuditPage:
    items: list[AuditRecord]
    next_cursor: str | None


def append(record: AuditRecord) -> None:
    try:
        record.save()
    except PutError as exc:
        raise Retryable("the audit trail could not be written; retry") from exc


def page(limit: int, cursor: str | None, action: str | None) -> AuditPage:
    start = _decode(cursor) if cursor else None
    condition = AuditRecord.action == action if action else None
    try:
        results = AuditRecord.query(
            AUDIT,
            filter_condition=condition,
            scan_index_forward=False,
            limit=limit,
            last_evaluated_key=start,
            page_size=limit,
        )
        items = list(results)
    except QueryError as exc:
        raise Retryable("the audit trail could not be read; retry") from exc
    key = results.last_evaluated_key
    return AuditPage(items=items, next_cursor=_encode(key) if key and len(items) == limit else None)


def _encode(key: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps({"sk": key["sk"]["S"]}).encode()).decode().rstrip("=")


def _decode(cursor: str) -> dict[str, Any]:
    try:
        data = json.loads(base64.urlsafe_b64decode((cursor + "=" * (-len(cursor) % 4)).encode()))
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise InvalidRequest("cursor is not a cursor this API returned") from exc
    if not isinstance(data, dict) or not isinstance(data.get("sk"), str):
        raise InvalidRequest("cursor is not a cursor this API returned")
    return {"pk": {"S": AUDIT}, "sk": {"S": data["sk"]}}
