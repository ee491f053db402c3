"""Inbox, inventory, field detail and classification through the admin handler."""

import json
from datetime import UTC, datetime, timedelta

import pytest

from portal.masking import mask_message, masked_example
from tests.integration.admin_fixtures import (  # noqa: F401 - aws: the fixture, used below
    aws,
    call,
    create_source,
    create_token,
    field_url,
    seed_field,
)

pytestmark = pytest.mark.usefixtures("aws")


def _days_ago(days: int) -> str:
    return (
        (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    )


def _paths(answer) -> list[str]:
    return [item["path"] for item in answer.json["items"]]


def _all_pages(url: str, **query) -> tuple[list[str], int]:
    paths, pages, cursor = [], 0, None
    while True:
        answer = call("GET", url, query={**query, "cursor": cursor})
        assert answer.status == 200, answer.text
        pages += 1
        paths += _paths(answer)
        cursor = answer.json["next_cursor"]
        if not cursor:
            return paths, pages


def test_inbox_lists_recent_fields_with_recommendations_and_counts():
    seed_field("properties.email", recommended="yellow", matcher="email", matched_on="key")
    seed_field("properties.password", recommended="red", matcher="password", matched_on="key")
    seed_field("properties.plan", recommended="green")
    seed_field("properties.old", recommended="yellow", last_seen=_days_ago(10))
    answer = call("GET", "/admin/inbox")
    assert answer.status == 200
    assert _paths(answer) == ["properties.email", "properties.password", "properties.plan"]
    assert answer.json["counts"] == {"red": 1, "yellow": 1, "green": 1}
    email = answer.json["items"][0]
    assert (email["recommended"], email["matcher"], email["matched_on"]) == ("yellow", "email", "key")
    widened = call("GET", "/admin/inbox", query={"days": 30})
    assert "properties.old" in _paths(widened)
    assert widened.json["counts"]["yellow"] == 2


def test_pagination_over_more_items_than_a_page_is_complete_and_stable():
    expected = sorted(f"properties.f{i:03d}" for i in range(125))
    for path in expected:
        seed_field(path, status="inventory", classification="yellow")
    paths, pages = _all_pages("/admin/inventory", limit=50)
    assert paths == expected
    assert pages == 3
    backwards, _ = _all_pages("/admin/inventory", limit=40, sort="-path")
    assert backwards == expected[::-1]


def test_filtered_pagination_still_returns_every_match_once():
    web = create_source("web", "production")
    ios = create_source("ios", "staging")
    for i in range(60):
        source = web["id"] if i % 3 else ios["id"]
        seed_field(f"properties.p{i:02d}", recommended="red" if i % 2 else "green", sources={source: 1})
    red_web = [f"properties.p{i:02d}" for i in range(60) if i % 2 and i % 3]
    paths, _ = _all_pages("/admin/inbox", limit=7, classification="red", source=web["id"])
    assert paths == red_web
    staging, _ = _all_pages("/admin/inbox", limit=10, environment="staging")
    assert staging == [f"properties.p{i:02d}" for i in range(60) if not i % 3]
    assert _all_pages("/admin/inbox", environment="nowhere")[0] == []


def test_filters_matcher_event_search_and_prefix():
    seed_field("properties.email", matcher="email", events={"Signed Up": {"web": 1}})
    seed_field("traits.email", matcher="email", events={"identify": {"web": 1}})
    seed_field("context.ip", matcher="ip", events={"Signed Up": {"web": 1}})
    assert _paths(call("GET", "/admin/inbox", query={"matcher": "email"})) == [
        "properties.email",
        "traits.email",
    ]
    assert _paths(call("GET", "/admin/inbox", query={"event": "Signed Up"})) == [
        "context.ip",
        "properties.email",
    ]
    assert _paths(call("GET", "/admin/inbox", query={"search": "mai"})) == [
        "properties.email",
        "traits.email",
    ]
    assert _paths(call("GET", "/admin/inbox", query={"path_prefix": "traits."})) == ["traits.email"]


def test_a_tampered_or_foreign_cursor_is_400():
    for i in range(3):
        seed_field(f"properties.x{i}", status="inventory", classification="red")
    cursor = call("GET", "/admin/inventory", query={"limit": 1}).json["next_cursor"]
    assert cursor
    assert call("GET", "/admin/inbox", query={"cursor": cursor}).status == 400
    assert call("GET", "/admin/inventory", query={"cursor": "bm90IGEgY3Vyc29y"}).status == 400
    bad = call("GET", "/admin/inventory", query={"limit": 0})
    assert bad.status == 422
    assert bad.json["errors"] == [{"field": "query.limit", "problem": "greater_than_equal"}]


def test_field_detail_has_counts_history_events_access_and_masked_example():
    web = create_source("web")
    ios = create_source("ios", "staging")
    today = datetime.now(UTC).date()
    days = {
        web["id"]: {today.isoformat(): 4, (today - timedelta(days=29)).isoformat(): 1},
        ios["id"]: {(today - timedelta(days=3)).isoformat(): 2, (today - timedelta(days=40)).isoformat(): 9},
    }
    message = {"type": "track", "event": "Signed Up", "properties": {"email": "jane@example.com"}}
    seed_field(
        "properties.email",
        sources={web["id"]: 5, ios["id"]: 2},
        events={"Signed Up": {web["id"]: 4, ios["id"]: 2}, "Logged In": {web["id"]: 1}},
        days=days,
        matcher="email",
        matched_on="key",
        example=masked_example(mask_message(message), "properties.email"),
    )
    scoped_ios = create_token("member", sources=[ios["id"]], name="ios team")
    create_token("member", sources=[create_source("server")["id"]], name="server team")
    owner = create_token("owner", name="dpo")

    detail = call("GET", field_url("properties.email")).json
    by_source = {s["id"]: s for s in detail["counts_by_source"]}
    assert by_source[web["id"]]["count"] == 5 and by_source[ios["id"]]["count"] == 2
    assert len(by_source[web["id"]]["daily"]) == 30
    assert by_source[web["id"]]["daily"][-1] == {"day": today.isoformat(), "count": 4}
    assert by_source[web["id"]]["daily"][0]["count"] == 1
    assert sum(d["count"] for d in by_source[ios["id"]]["daily"]) == 2  # day 40 is outside the window
    assert (
        len(
            call("GET", field_url("properties.email"), query={"days": 90}).json["counts_by_source"][0][
                "daily"
            ]
        )
        == 90
    )
    events = {e["event"]: e for e in detail["events_detail"]}
    assert events["Signed Up"]["count"] == 6
    assert {s["id"] for s in events["Signed Up"]["sources"]} == {web["id"], ios["id"]}
    assert detail["destinations"] == []
    access = {p["id"]: p for p in detail["access"]}
    assert access[owner["id"]]["role"] == "owner"
    assert access[scoped_ios["id"]]["via"] == [ios["id"]]
    assert "server team" not in {p["name"] for p in detail["access"]}
    assert detail["example"]["highlight"] == "properties.email"
    assert "jane@example.com" not in json.dumps(detail["example"])
    assert (detail["matcher"], detail["matched_on"], detail["reason"]) == ("email", "key", "seeded")


def test_paths_with_brackets_slashes_quotes_and_commas_round_trip():
    odd = ["properties.products[].sku", "properties.a/b?c#d", 'properties."quoted", comma', "traits.100%"]
    for path in odd:
        seed_field(path)
        answer = call("GET", field_url(path))
        assert answer.status == 200, (path, answer.text)
        assert answer.json["path"] == path
    assert call("GET", "/admin/fields/properties.nosuch").status == 404
    assert call("GET", "/admin/fields/~!!").status == 400


def test_patch_classifies_adds_and_stays_authoritative():
    from portal.storage.config import snapshot_version

    seed_field("properties.email", recommended="yellow")
    version = snapshot_version()
    draft = call("PATCH", field_url("properties.email"), body={"classification": "red"})
    assert draft.status == 200
    assert (draft.json["status"], draft.json["classification"]) == ("inbox", "red")
    added = call("PATCH", field_url("properties.email"), body={"in_inventory": True})
    assert (added.json["status"], added.json["classification"], added.json["effective"]) == (
        "inventory",
        "red",
        "red",
    )
    assert snapshot_version() != version
    inventory = call("GET", "/admin/inventory").json
    assert _paths_of(inventory) == ["properties.email"]
    assert inventory["counts"] == {"red": 1, "yellow": 0, "green": 0}
    call("PATCH", field_url("properties.email"), body={"classification": "green"})
    assert call("GET", "/admin/inventory").json["counts"] == {"red": 0, "yellow": 0, "green": 1}
    empty = call("PATCH", field_url("properties.email"), body={})
    assert empty.status == 400
    assert call("PATCH", field_url("properties.nosuch"), body={"classification": "red"}).status == 404


def _paths_of(listing: dict) -> list[str]:
    return [item["path"] for item in listing["items"]]


def test_adding_and_removing_many_fields_in_one_call():
    for name in ("a", "b", "c"):
        seed_field(f"properties.{name}", recommended="yellow")
    added = call(
        "POST", "/admin/inventory", body={"paths": ["properties.a", "properties.b", "properties.zz"]}
    )
    assert added.status == 200
    assert added.json == {
        "changed": ["properties.a", "properties.b"],
        "unchanged": [],
        "not_found": ["properties.zz"],
    }
    listing = call("GET", "/admin/inventory").json
    assert [(i["path"], i["classification"]) for i in listing["items"]] == [
        ("properties.a", "yellow"),
        ("properties.b", "yellow"),
    ]
    red = call("POST", "/admin/inventory", body={"paths": ["properties.c"], "classification": "red"})
    assert red.json["changed"] == ["properties.c"]
    assert call("GET", "/admin/inventory").json["counts"] == {"red": 1, "yellow": 2, "green": 0}
    removed = call("POST", "/admin/inventory/remove", body={"paths": ["properties.a", "properties.c"]})
    assert removed.json["changed"] == ["properties.a", "properties.c"]
    assert _paths_of(call("GET", "/admin/inventory").json) == ["properties.b"]
    assert call("GET", "/admin/inventory").json["counts"] == {"red": 0, "yellow": 1, "green": 0}
    too_many = call("POST", "/admin/inventory", body={"paths": [f"properties.{i}" for i in range(101)]})
    assert too_many.status == 422


def test_validation_errors_name_the_field_and_never_echo_the_value():
    seed_field("properties.email")
    secret = "jane.doe@example.com"
    answer = call("PATCH", field_url("properties.email"), body={"classification": secret})
    assert answer.status == 422
    assert answer.json["errors"] == [{"field": "body.classification", "problem": "literal_error"}]
    assert secret not in answer.text
    broken = call("POST", "/admin/inventory", raw_body='{"paths": ["' + secret)
    assert broken.status == 422
    assert secret not in broken.text


def test_classification_changes_are_audited():
    seed_field("properties.email")
    call("PATCH", field_url("properties.email"), body={"classification": "red"})
    call("POST", "/admin/inventory", body={"paths": ["properties.email"]})
    call("POST", "/admin/inventory/remove", body={"paths": ["properties.email"]})
    entries = call("GET", "/admin/audit").json["items"]
    assert [(e["action"], e["target"], e["before"], e["after"]) for e in entries] == [
        (
            "inventory.remove",
            "properties.email",
            {"status": "inventory", "classification": "red"},
            {"status": "inbox", "classification": "red"},
        ),
        (
            "inventory.add",
            "properties.email",
            {"status": "inbox", "classification": "red"},
            {"status": "inventory", "classification": "red"},
        ),
        (
            "field.classify",
            "properties.email",
            {"status": "inbox", "classification": None},
            {"status": "inbox", "classification": "red"},
        ),
    ]
    assert all(e["actor"] == "first-owner" and e["at"] for e in entries)
