"""Listing 10,000 inventory fields page by page, and exporting them, stays DynamoDB-friendly.

Every DynamoDB call the admin handler makes is recorded (operation, items returned, items
evaluated, bytes); read units are computed the way DynamoDB bills a Query on-demand: the summed
size of the items it evaluates, rounded up to 4 KB per call, halved for an eventually consistent
read. moto does not meter capacity, so the sizes are computed here from the items themselves.

The suite runs it on 300 fields (every page, and the CSV). For the numbers in docs/admin-api.md:
  ADMIN_SCALE_FIELDS=10000 .venv/bin/python -m pytest tests/integration/test_admin_scale.py -s
  ADMIN_SCALE_FIELDS=1000  .venv/bin/python -m pytest tests/integration/test_admin_scale.py -s
"""

import csv
import io
import math
import os
import time
from dataclasses import dataclass, field
from typing import Any

import pytest
from pynamodb.connection.base import Connection

from portal.masking import mask_message, masked_example
from tests.builders import fixture
from tests.integration.admin_fixtures import (  # noqa: F401 - aws: the fixture, used below
    aws,
    call,
)

pytestmark = pytest.mark.usefixtures("aws")

FIELDS = int(os.environ.get("ADMIN_SCALE_FIELDS", "300"))
SOURCES = ("web", "ios", "server")


def _value_size(value: dict[str, Any]) -> int:
    ((kind, data),) = value.items()
    if kind == "S":
        return len(data.encode())
    if kind == "N":
        return math.ceil(len(data.lstrip("-").replace(".", "")) / 2) + 1
    if kind in ("BOOL", "NULL"):
        return 1
    if kind == "SS":
        return sum(len(s.encode()) for s in data)
    if kind == "NS":
        return sum(math.ceil(len(n) / 2) + 1 for n in data)
    if kind == "M":
        return 3 + sum(len(k.encode()) + _value_size(v) + 1 for k, v in data.items())
    if kind == "L":
        return 3 + sum(_value_size(v) + 1 for v in data)
    return len(str(data))


def item_size(item: dict[str, Any]) -> int:
    return sum(len(name.encode()) + _value_size(value) for name, value in item.items())


@dataclass
class Meter:
    calls: list[dict[str, Any]] = field(default_factory=list)

    def record(self, operation: str, kwargs: dict[str, Any], answer: dict[str, Any]) -> None:
        items = answer.get("Items") or ([answer["Item"]] if "Item" in answer else [])
        size = sum(item_size(i) for i in items)
        scanned = int(answer.get("ScannedCount", len(items)))
        consistent = bool(kwargs.get("ConsistentRead"))
        units = (
            max(1, math.ceil(size / 4096)) * (1.0 if consistent else 0.5)
            if operation in ("Query", "GetItem", "Scan")
            else 0.0
        )
        self.calls.append(
            {
                "op": operation,
                "index": kwargs.get("IndexName"),
                "items": len(items),
                "scanned": scanned,
                "bytes": size,
                "rcu": units,
            }
        )

    def reset(self) -> list[dict[str, Any]]:
        calls, self.calls = self.calls, []
        return calls


@pytest.fixture
def meter(monkeypatch):
    recorder = Meter()
    original = Connection.dispatch

    def dispatch(self, operation_name, operation_kwargs):
        answer = original(self, operation_name, operation_kwargs)
        recorder.record(operation_name, operation_kwargs, answer)
        return answer

    monkeypatch.setattr(Connection, "dispatch", dispatch)
    return recorder


def _seed_inventory() -> None:
    from portal.storage.fields import META, FieldCounter, FieldRecord, event_key, field_key

    example = masked_example(mask_message(fixture("track_order_completed")), "properties.email")
    evidence = {"n": 42, "kind:string": 40, "kind:null": 2, "value:email": 40}
    with FieldRecord.batch_write() as batch:
        for i in range(FIELDS):
            path = f"properties.field_{i:05d}"
            batch.save(
                FieldRecord(
                    field_key(path),
                    META,
                    path=path,
                    status="inventory",
                    recommended="yellow",
                    classification=("red", "yellow", "green")[i % 3],
                    matcher="email",
                    matched_on="value",
                    share=0.95,
                    reason="40 of 42 values look like email",
                    example=example,
                    first_seen="2026-11-01T10:00:00.000Z",
                    last_seen="2026-11-28T10:00:00.000Z",
                    count=42,
                    sources=set(SOURCES[: 1 + i % 3]),
                    events={"Order Completed", "Signed Up"},
                    evidence=evidence,
                    source_counts=dict.fromkeys(SOURCES[: 1 + i % 3], 14),
                )
            )
    with FieldCounter.batch_write() as batch:
        for i in range(FIELDS):
            pk = field_key(f"properties.field_{i:05d}")
            for source in SOURCES[: 1 + i % 3]:
                batch.save(
                    FieldCounter(
                        pk,
                        event_key("Order Completed", source),
                        count=14,
                        event="Order Completed",
                        source=source,
                    )
                )
    from portal.storage.inventory import InventoryStats

    InventoryStats(red=3334, yellow=3333, green=3333).save()


def _summary(calls: list[dict[str, Any]], item_bytes: float = 0.0) -> dict[str, Any]:
    """Calls, GSI Queries, items evaluated and read units. A filtered Query is billed for every
    item it evaluates, returned or not: those are costed at `item_bytes` each."""
    queries = [c for c in calls if c["op"] == "Query" and c["index"] == "by_status"]
    rcu = 0.0
    for c in calls:
        size = max(c["bytes"], c["scanned"] * item_bytes) if c in queries else c["bytes"]
        if c["op"] in ("Query", "GetItem", "Scan"):
            rcu += max(1, math.ceil(size / 4096)) * 0.5
    return {
        "calls": len(calls),
        "gsi_queries": len(queries),
        "scans": sum(c["op"] == "Scan" for c in calls),
        "evaluated": sum(c["scanned"] for c in queries),
        "bytes": sum(c["bytes"] for c in queries),
        "rcu": rcu,
    }


def _page(query: dict[str, Any], meter: Meter, item_bytes: float = 0.0) -> tuple[dict, dict]:
    answer = call("GET", "/admin/inventory", query=query)
    assert answer.status == 200, answer.text
    return answer.json, _summary(meter.reset(), item_bytes)


def test_inventory_pages_and_csv_export_cost(meter, capsys):
    from portal.storage.fields import field_key
    from portal.storage.inventory import encode_cursor

    _seed_inventory()
    meter.reset()
    out = [
        f"\n[scale] inventory of {FIELDS} fields, pages of 100 (read units: on-demand, eventually consistent)"
    ]

    first, cost = _page({"limit": 100}, meter)
    item_bytes = cost["bytes"] / max(cost["evaluated"], 1)
    pages = {"first page": cost}
    if FIELDS <= 1000:
        seen, cursor = len(first["items"]), first["next_cursor"]
        while cursor:
            page, cost = _page({"limit": 100, "cursor": cursor}, meter)
            seen, cursor = seen + len(page["items"]), page["next_cursor"]
            pages[f"page {len(pages) + 1}"] = cost
        assert seen == FIELDS
    else:
        # Walking 100 pages on moto takes too long (its index queries are linear); any page starts
        # from a cursor, so the middle and the last page show what every page costs.
        for name, after in (("middle page", FIELDS // 2), ("last page", FIELDS - 101)):
            path = f"properties.field_{after:05d}"
            key = {
                "pk": {"S": field_key(path)},
                "sk": {"S": "META"},
                "status": {"S": "inventory"},
                "path": {"S": path},
            }
            page, pages[name] = _page({"limit": 100, "cursor": encode_cursor(key)}, meter)
            assert len(page["items"]) == 100
    shown = list(pages.items())
    for name, cost in shown if len(shown) <= 4 else shown[:2] + shown[-1:]:
        out.append(
            f"[scale] {name}: {cost['calls']} DynamoDB calls, {cost['gsi_queries']} GSI Query, "
            f"{cost['evaluated']} items evaluated ({cost['bytes']} bytes), {cost['rcu']:.1f} RCU, "
            f"{cost['scans']} scans"
        )
    assert all(c["scans"] == 0 and c["gsi_queries"] == 1 and c["evaluated"] <= 100 for c in pages.values())

    _, red_ios = _page({"limit": 100, "classification": "red", "source": "ios"}, meter, item_bytes)
    assert red_ios["scans"] == 0
    out.append(
        f"[scale] filtered page (classification=red, source=ios): {red_ios['gsi_queries']} GSI Queries, "
        f"{red_ios['evaluated']} items evaluated, {red_ios['rcu']:.1f} RCU (filters bill what they read)"
    )
    if FIELDS <= 1000:
        started = time.perf_counter()
        exported = call("GET", "/admin/inventory.csv")
        seconds = time.perf_counter() - started
        export = _summary(meter.reset())
        rows = list(csv.DictReader(io.StringIO(exported.text, newline="")))
        assert len(rows) == FIELDS and export["scans"] == 0
        assert rows[5]["count web"] == "14" and rows[5]["count server"] == "14"
        out.append(
            f"[scale] CSV export: {len(rows)} rows, {len(exported.text)} bytes; {export['calls']} DynamoDB "
            f"calls ({export['gsi_queries']} GSI Queries), {export['rcu']:.1f} RCU, 0 scans; "
            f"{seconds:.1f}s on moto"
        )
    with capsys.disabled():
        print("\n".join(out))
