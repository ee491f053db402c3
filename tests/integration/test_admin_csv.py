"""GET /admin/inventory.csv: the whole inventory, RFC 4180, safe to open in a spreadsheet."""

import csv
import io

import pytest

from tests.integration.admin_fixtures import (  # noqa: F401 - aws: the fixture, used below
    aws,
    call,
    create_source,
    seed_field,
)

pytestmark = pytest.mark.usefixtures("aws")


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_holds_all_of_the_inventory_with_counts_per_source():
    web = create_source("web")
    ios = create_source("ios", "staging")
    seed_field(
        "properties.email",
        status="inventory",
        classification="red",
        matcher="email",
        matched_on="key",
        sources={web["id"]: 7, ios["id"]: 3},
        events={"Signed Up": {web["id"]: 5, ios["id"]: 3}, "Logged In": {web["id"]: 2}},
    )
    seed_field("properties.plan", status="inventory", classification="green", sources={web["id"]: 4})
    seed_field("properties.inbox_only", status="inbox")
    answer = call("GET", "/admin/inventory.csv", query={"classification": "red", "limit": 1})
    assert answer.status == 200
    assert answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    assert "\r\n" in answer.text
    rows = _rows(answer.text)
    assert [r["path"] for r in rows] == ["properties.email", "properties.plan"]  # filters ignored
    email = rows[0]
    assert (email["classification"], email["matcher"], email["matched_on"], email["count"]) == (
        "red",
        "email",
        "key",
        "10",
    )
    assert (email["count web"], email["count ios"]) == ("7", "3")
    assert email["events"] == "Logged In; Signed Up"
    assert email["sources"] == "ios; web"
    assert (rows[1]["count web"], rows[1]["count ios"]) == ("4", "0")


def test_names_with_commas_quotes_newlines_and_formulas_escape_cleanly():
    source = create_source('=HYPERLINK("http://evil"), "web"')
    tricky = [
        'properties."quoted", and, commas',
        "properties.multi\nline",
        "properties.=1+1",
    ]
    for path in tricky:
        seed_field(
            path,
            status="inventory",
            classification="yellow",
            sources={source["id"]: 2},
            events={"+cmd|' /C calc'!A0": {source["id"]: 2}, "@SUM(1)": {source["id"]: 0}},
        )
    text = call("GET", "/admin/inventory.csv").text
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    header, rows = parsed[0], parsed[1:]
    assert len(rows) == 3
    assert all(len(row) == len(header) for row in rows)
    assert sorted(row[0] for row in rows) == sorted(tricky)  # paths start with properties: no prefix
    assert header[-1] == 'count =HYPERLINK("http://evil"), "web"'  # not a formula: starts with "count"
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell
        assert "'+cmd|' /C calc'!A0" in row[header.index("events")]


def test_an_empty_inventory_is_a_header_only():
    rows = list(csv.reader(io.StringIO(call("GET", "/admin/inventory.csv").text, newline="")))
    assert rows[0][:3] == ["path", "classification", "recommended"]
    assert rows[1:] == []
