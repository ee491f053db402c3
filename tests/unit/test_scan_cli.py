"""`portal scan`: inputs (JSON lines, arrays, batches, stdin), outputs, custom matchers."""

import csv
import io
import json

import pytest

from portal.cli import main

MESSAGES = [
    {"type": "identify", "userId": "u1", "traits": {"email": "jane@example.com", "plan": "pro"}},
    {
        "type": "track",
        "userId": "u1",
        "event": "Order Completed",
        "properties": {
            "order_id": "4111111111111111",
            "email_opened": True,
            "products": [{"name": "Blue Jeans", "sku": "SKU-1"}],
        },
    },
    {
        "type": "track",
        "userId": "u2",
        "event": "Order Completed",
        "properties": {
            "order_id": "5003",
            "email_opened": False,
            "products": [{"name": "Yoga Mat", "sku": "SKU-2"}],
        },
    },
]


def scan(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["scan", *args])
    out, err = capsys.readouterr()
    return code, out, err


def rows(out: str) -> dict[str, dict]:
    return {row["path"]: row for row in map(json.loads, out.splitlines())}


@pytest.fixture
def jsonl(tmp_path):
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(m) + "\n" for m in MESSAGES))
    return path


def test_jsonl_rows_have_the_contracted_keys(capsys, jsonl):
    code, out, err = scan(capsys, str(jsonl), "--format", "jsonl")
    assert code == 0
    found = rows(out)
    assert set(next(iter(found.values()))) == {
        "path",
        "classification",
        "matcher",
        "matched_on",
        "share",
        "count",
        "events",
        "reason",
    }
    email = found["traits.email"]
    assert (email["classification"], email["matcher"], email["matched_on"], email["count"]) == (
        "yellow",
        "email",
        "key",
        1,
    )
    assert email["events"] == ["identify"]
    assert found["properties.order_id"]["classification"] == "green"
    assert found["properties.email_opened"]["classification"] == "green"
    assert found["properties.products[].name"]["classification"] == "green"
    assert found["properties.products[].sku"]["count"] == 2
    assert "scanned 3 messages, 6 fields: 0 red, 1 yellow, 5 green" in err


def test_json_array_batch_and_stdin(capsys, tmp_path, monkeypatch):
    array = tmp_path / "array.json"
    array.write_text(json.dumps(MESSAGES, indent=2))
    assert rows(scan(capsys, str(array), "--format", "jsonl")[1]).keys() >= {"traits.email"}

    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps({"batch": MESSAGES[1:], "context": {"ip": "203.0.113.9"}}, indent=2))
    found = rows(scan(capsys, str(batch), "--format", "jsonl")[1])
    assert found["context.ip"]["count"] == 2 and found["context.ip"]["matcher"] == "ip"

    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(MESSAGES[0]) + "\n"))
    assert "traits.email" in rows(scan(capsys, "-", "--format", "jsonl")[1])


def test_bad_lines_are_skipped_and_counted(capsys, tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps(MESSAGES[0]) + "\n{not json\n" + json.dumps(MESSAGES[1]) + "\n")
    code, _out, err = scan(capsys, str(path), "--format", "jsonl")
    assert code == 0
    assert "scanned 2 messages" in err and "1 unreadable entries skipped" in err


def test_csv_and_table(capsys, jsonl):
    out = scan(capsys, str(jsonl), "--format", "csv")[1]
    table = list(csv.DictReader(io.StringIO(out)))
    assert list(table[0]) == [
        "path",
        "classification",
        "matcher",
        "matched_on",
        "share",
        "count",
        "events",
        "reason",
    ]
    assert table[0]["path"] == "traits.email"  # most severe first
    out = scan(capsys, str(jsonl))[1]
    assert out.splitlines()[0].startswith("PATH") and "traits.email" in out


def test_custom_matchers_file(capsys, jsonl, tmp_path):
    matchers = tmp_path / "custom.json"
    matchers.write_text(
        json.dumps(
            {
                "matchers": [
                    {
                        "name": "plan tier",
                        "classification": "yellow",
                        "match_on": "key",
                        "precision": "similar",
                        "synonyms": ["plan"],
                    },
                ]
            }
        )
    )
    found = rows(scan(capsys, str(jsonl), "--matchers", str(matchers), "--format", "jsonl")[1])
    assert found["traits.plan"]["matcher"] == "plan tier"

    matchers.write_text(
        json.dumps([{"name": "x", "classification": "red", "match_on": "value", "pattern": "(a)\\1"}])
    )
    code, out, err = scan(capsys, str(jsonl), "--matchers", str(matchers))
    assert code == 2 and "backreferences" in err and out == ""


def test_missing_file(capsys, tmp_path):
    code, _, err = scan(capsys, str(tmp_path / "nope.jsonl"))
    assert code == 2 and "cannot read" in err


def test_memory_is_bounded_by_paths_not_messages(tmp_path):
    from portal.cli.scan import MAX_EVENT_NAMES, read_messages
    from portal.cli.scan import scan as scan_stream
    from portal.detection import Engine, default_matchers

    lines = "".join(
        json.dumps({"type": "track", "event": f"E{i}", "userId": "u", "properties": {"email": f"u{i}@x.io"}})
        + "\n"
        for i in range(2000)
    )
    with io.StringIO(lines) as source:
        result = scan_stream(read_messages(source), Engine(default_matchers()))
    assert result.messages == 2000
    stats = result.paths["properties.email"]
    assert stats.count == 2000 and len(stats.events) == MAX_EVENT_NAMES and stats.more_events


def test_installed_entry_point_exists():
    from pathlib import Path

    import portal.cli

    assert callable(portal.cli.main)
    assert 'portal = "portal.cli:main"' in (Path(__file__).parents[2] / "pyproject.toml").read_text()
