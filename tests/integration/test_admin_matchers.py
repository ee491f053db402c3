"""/admin/matchers: defaults read-only, custom CRUD, the 100 limit, RE2 checks, Test JSON, and
re-evaluation of the inbox after a change."""

import pytest

from portal.storage.config import custom_matchers, snapshot_version
from tests.integration.admin_fixtures import (  # noqa: F401 - aws: the fixture, used below
    aws,
    call,
    field_url,
    seed_field,
)

pytestmark = pytest.mark.usefixtures("aws")


def _matcher(name: str = "loyalty id", **changes) -> dict:
    return {
        "name": name,
        "classification": "red",
        "match_on": "key",
        "precision": "similar",
        "synonyms": ["loyalty number"],
        **changes,
    }


def test_defaults_are_listed_read_only():
    listing = call("GET", "/admin/matchers").json
    names = {m["name"] for m in listing["defaults"]}
    assert {"email", "password", "social security number"} <= names
    assert all(m["read_only"] for m in listing["defaults"])
    assert listing["custom"] == []
    assert listing["limit"] == 100


def test_create_change_delete_a_custom_matcher_bumps_the_snapshot_and_is_audited():
    version = snapshot_version()
    created = call("POST", "/admin/matchers", body=_matcher())
    assert created.status == 201, created.text
    matcher_id = created.json["id"]
    assert snapshot_version() != version
    assert [m.name for m in custom_matchers()] == ["loyalty id"]
    changed = call("PATCH", f"/admin/matchers/{matcher_id}", body={"classification": "yellow"})
    assert changed.status == 200
    assert changed.json["classification"] == "yellow"
    assert [m.classification for m in custom_matchers()] == ["yellow"]
    assert call("DELETE", f"/admin/matchers/{matcher_id}").status == 200
    assert custom_matchers() == []
    assert call("DELETE", f"/admin/matchers/{matcher_id}").status == 404
    actions = [e["action"] for e in call("GET", "/admin/audit").json["items"]]
    assert actions == ["matcher.delete", "matcher.update", "matcher.create"]


def test_at_most_100_custom_matchers():
    from portal.storage.workspace import MatcherCount, MatcherRecord

    # 99 straight into storage (as the API stores them, counter included), the 100th through the API.
    for i in range(99):
        record = MatcherRecord(
            MatcherRecord.key(f"seed{i}"),
            id=f"seed{i}",
            name=f"custom {i}",
            classification="red",
            match_on="key",
            precision="similar",
            created_at="2026-01-01T00:00:00.000Z",
            updated_at="2026-01-01T00:00:00.000Z",
        )
        record.save()
    MatcherCount(count=99).save()
    assert call("POST", "/admin/matchers", body=_matcher("custom 99", synonyms=[])).status == 201
    refused = call("POST", "/admin/matchers", body=_matcher("one too many"))
    assert refused.status == 409
    assert "100" in refused.json["message"]
    assert len(call("GET", "/admin/matchers").json["custom"]) == 100
    some = call("GET", "/admin/matchers").json["custom"][0]["id"]
    call("DELETE", f"/admin/matchers/{some}")
    assert call("POST", "/admin/matchers", body=_matcher("fits again")).status == 201


def test_invalid_re2_is_rejected_naming_the_problem_without_echoing_it():
    pattern = r"(secret)\1"
    answer = call("POST", "/admin/matchers", body=_matcher(match_on="value", pattern=pattern))
    assert answer.status == 400
    assert "backreference" in answer.json["message"]
    assert pattern not in answer.text
    lookahead = call("POST", "/admin/matchers", body=_matcher(match_on="value", pattern="a(?=b)"))
    assert lookahead.status == 400
    assert "lookaround" in lookahead.json["message"]
    no_pattern = call("POST", "/admin/matchers", body=_matcher(match_on="value"))
    assert no_pattern.status == 400
    green = call("POST", "/admin/matchers", body=_matcher(classification="green"))
    assert green.status == 422
    assert green.json["errors"][0]["field"] == "body.classification"
    assert call("GET", "/admin/matchers").json["custom"] == []


def test_names_are_unique_among_custom_matchers():
    assert call("POST", "/admin/matchers", body=_matcher("Loyalty ID")).status == 201
    assert call("POST", "/admin/matchers", body=_matcher("loyalty id")).status == 409


def test_test_json_shows_what_a_matcher_would_flag():
    payload = {
        "type": "track",
        "event": "Order Completed",
        "properties": {"loyaltyId": "L-123", "total": 20, "note": "ok"},
        "context": {"traits": {"loyalty_number": "L-9"}},
    }
    answer = call("POST", "/admin/matchers/test", body={"matcher": _matcher(), "payload": payload})
    assert answer.status == 200, answer.text
    flagged = {f["path"]: f for f in answer.json["flagged"]}
    assert set(flagged) == {"properties.loyaltyId", "context.traits.loyalty_number"}
    assert flagged["properties.loyaltyId"]["matched_on"] == "key"
    assert "L-123" not in answer.text
    value = _matcher("order code", match_on="value", precision="exact", synonyms=[], pattern=r"L-\d+")
    by_value = call("POST", "/admin/matchers/test", body={"matcher": value, "payload": payload}).json
    assert {f["path"] for f in by_value["flagged"]} == {
        "properties.loyaltyId",
        "context.traits.loyalty_number",
    }
    stored = call("POST", "/admin/matchers", body=_matcher()).json["id"]
    by_id = call("POST", "/admin/matchers/test", body={"matcher_id": stored, "payload": payload})
    assert len(by_id.json["flagged"]) == 2
    neither = call("POST", "/admin/matchers/test", body={"payload": payload})
    assert neither.status == 400


def test_inbox_fields_are_re_evaluated_after_a_change():
    seed_field("properties.loyaltyId", recommended="green", evidence={"n": 4, "kind:string": 4})
    seed_field("properties.total", recommended="green", evidence={"n": 4, "kind:number": 4})
    seed_field("properties.loyalty_no", status="inventory", classification="green", recommended="green")
    created = call("POST", "/admin/matchers", body=_matcher()).json
    assert created["reevaluated"] == 1
    field = call("GET", field_url("properties.loyaltyId")).json
    assert (field["recommended"], field["matcher"], field["matched_on"]) == ("red", "loyalty id", "key")
    # The inventory is the owner's word: a matcher never changes it.
    kept = call("GET", field_url("properties.loyalty_no")).json
    assert (kept["classification"], kept["recommended"]) == ("green", "green")
    call("DELETE", f"/admin/matchers/{created['id']}")
    assert call("GET", field_url("properties.loyaltyId")).json["recommended"] == "green"
