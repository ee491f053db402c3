"""Alerts, sources, tokens, audit and the OpenAPI spec through the admin handler."""

import json
import os

import boto3
import pytest

from portal import credentials
from portal.storage.config import SourceRecord, alert_settings, snapshot_version
from tests.integration.admin_fixtures import (  # noqa: F401 - aws: the fixture, used below
    aws,
    call,
    create_source,
    create_token,
)

pytestmark = pytest.mark.usefixtures("aws")

WEBHOOK = "https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX"
HTTP_KEY = "source-write-key-0123456789"


def _config_dump() -> str:
    table = boto3.resource("dynamodb").Table(os.environ["CONFIG_TABLE"])
    return json.dumps(table.scan()["Items"], default=str)


def _audit() -> list[dict]:
    return call("GET", "/admin/audit", query={"limit": 200}).json["items"]


def test_alert_settings_round_trip_with_secrets_masked():
    assert call("GET", "/admin/alerts").json["slack"]["enabled"] is False
    body = {
        "slack": {"enabled": True, "webhook_url": WEBHOOK, "channel": "#privacy"},
        "http": {"enabled": True, "url": "https://collector.example.com/v1/track", "write_key": HTTP_KEY},
    }
    answer = call("PUT", "/admin/alerts", body=body)
    assert answer.status == 200, answer.text
    shown = call("GET", "/admin/alerts")
    assert WEBHOOK not in shown.text and HTTP_KEY not in shown.text
    slack, http = shown.json["slack"], shown.json["http"]
    assert (slack["enabled"], slack["webhook_url_set"], slack["channel"]) == (True, True, "#privacy")
    assert slack["webhook_url"] == "https://hooks.slack.com/…"
    assert (http["write_key_set"], http["write_key"]) == (True, "…6789")
    stored = alert_settings()
    assert (stored.slack_webhook_url, stored.http_write_key) == (WEBHOOK, HTTP_KEY)
    # A PUT without the secrets keeps them (a GET → PUT round trip cannot wipe them).
    call("PUT", "/admin/alerts", body={"slack": {"channel": "#alerts"}})
    assert alert_settings().slack_webhook_url == WEBHOOK
    assert alert_settings().slack_channel == "#alerts"
    entries = [e for e in _audit() if e["action"] == "alerts.update"]
    assert len(entries) == 2
    assert WEBHOOK not in json.dumps(entries) and HTTP_KEY not in json.dumps(entries)
    assert entries[0]["before"]["slack"]["channel"] == "#privacy"
    assert entries[0]["after"]["slack"]["channel"] == "#alerts"


def test_alert_targets_are_validated(monkeypatch):
    monkeypatch.delenv("ALLOW_LOOPBACK_ALERT_URLS", raising=False)
    not_slack = call("PUT", "/admin/alerts", body={"slack": {"webhook_url": "https://evil.example.com/x"}})
    assert not_slack.status == 400
    assert "slack.webhook_url" in not_slack.json["message"]
    assert "evil" not in not_slack.text
    plain = call("PUT", "/admin/alerts", body={"http": {"url": "http://127.0.0.1:9/x"}})
    assert plain.status == 400
    enabled_without_url = call("PUT", "/admin/alerts", body={"slack": {"enabled": True}})
    assert enabled_without_url.status == 400
    monkeypatch.setenv("ALLOW_LOOPBACK_ALERT_URLS", "true")
    assert call("PUT", "/admin/alerts", body={"http": {"url": "http://127.0.0.1:9/x"}}).status == 200
    extra = call("PUT", "/admin/alerts", body={"slack": {"webhook": WEBHOOK}})
    assert extra.status == 422
    assert WEBHOOK not in extra.text


def test_sources_create_rename_environment_rotate_disable():
    version = snapshot_version()
    created = call("POST", "/admin/sources", body={"name": "Web app", "environment": "staging"})
    assert created.status == 201
    source, first_key = created.json, created.json["write_key"]
    assert snapshot_version() != version
    record = SourceRecord.get(SourceRecord.key(source["id"]), "META")
    assert credentials.matches(first_key, record.write_key_hash)
    assert first_key not in _config_dump()
    listed = call("GET", "/admin/sources").json["items"]
    assert listed == [{k: v for k, v in source.items() if k != "write_key"}]

    renamed = call(
        "PATCH", f"/admin/sources/{source['id']}", body={"name": "Web", "environment": "production"}
    )
    assert (renamed.json["name"], renamed.json["environment"]) == ("Web", "production")
    rotated = call("POST", f"/admin/sources/{source['id']}/rotate-key")
    second_key = rotated.json["write_key"]
    assert second_key != first_key
    record = SourceRecord.get(SourceRecord.key(source["id"]), "META")
    assert credentials.matches(second_key, record.write_key_hash)
    assert not credentials.matches(first_key, record.write_key_hash)
    version = snapshot_version()
    disabled = call("PATCH", f"/admin/sources/{source['id']}", body={"enabled": False})
    assert disabled.json["enabled"] is False
    assert snapshot_version() != version
    assert call("PATCH", "/admin/sources/nosuch", body={"name": "x"}).status == 404
    assert call("POST", "/admin/sources", body={"name": "x", "environment": "Prod!"}).status == 400

    entries = _audit()
    assert [e["action"] for e in entries] == [
        "source.update",
        "source.rotate_key",
        "source.update",
        "source.create",
    ]
    dump = json.dumps(entries)
    assert first_key not in dump and second_key not in dump and record.write_key_hash not in dump
    assert entries[2]["before"]["name"] == "Web app" and entries[2]["after"]["name"] == "Web"


def test_tokens_create_list_revoke():
    web = create_source("web")
    member = call("POST", "/admin/tokens", body={"name": "analyst", "role": "member", "sources": [web["id"]]})
    assert member.status == 201
    assert member.json["token"].startswith("ppo_")
    assert call("GET", "/admin/me", token=member.json["token"]).json["role"] == "member"
    owner = create_token("owner", name="dpo")
    assert call("GET", "/admin/inbox", token=owner["token"]).status == 200
    listed = call("GET", "/admin/tokens").json["items"]
    assert [(t["name"], t["role"], t["sources"]) for t in listed] == [
        ("analyst", "member", [web["id"]]),
        ("dpo", "owner", None),
    ]
    assert "token" not in listed[0]
    assert call("DELETE", f"/admin/tokens/{owner['id']}").status == 200
    assert call("GET", "/admin/inbox", token=owner["token"]).status == 401
    assert call("DELETE", f"/admin/tokens/{owner['id']}").status == 409
    assert call("DELETE", "/admin/tokens/nosuch").status == 404
    unknown_scope = call("POST", "/admin/tokens", body={"name": "x", "role": "member", "sources": ["nosuch"]})
    assert unknown_scope.status == 400
    scoped_owner = call("POST", "/admin/tokens", body={"name": "x", "role": "owner", "sources": [web["id"]]})
    assert scoped_owner.status == 400
    actions = [(e["action"], e["target"]) for e in _audit() if e["action"].startswith("token.")]
    assert actions == [
        ("token.revoke", owner["id"]),
        ("token.create", owner["id"]),
        ("token.create", member.json["id"]),
    ]
    assert member.json["token"] not in json.dumps(_audit())


def test_audit_pages_newest_first_and_is_read_only():
    for i in range(5):
        create_source(f"s{i}")
    first = call("GET", "/admin/audit", query={"limit": 2}).json
    assert len(first["items"]) == 2 and first["next_cursor"]
    seen = [e["id"] for e in first["items"]]
    cursor = first["next_cursor"]
    while cursor:
        page = call("GET", "/admin/audit", query={"limit": 2, "cursor": cursor}).json
        seen += [e["id"] for e in page["items"]]
        cursor = page["next_cursor"]
    assert len(seen) == len(set(seen)) == 5
    times = [e["at"] for e in _audit()]
    assert times == sorted(times, reverse=True)
    assert call("POST", "/admin/audit", body={}).status == 404
    assert call("DELETE", "/admin/audit").status == 404
    only = call("GET", "/admin/audit", query={"action": "source.create", "limit": 50}).json["items"]
    assert len(only) == 5


def test_openapi_spec_is_generated_from_the_code():
    answer = call("GET", "/admin/openapi.json")
    assert answer.status == 200
    spec = answer.json
    assert spec["openapi"].startswith("3.")
    assert "/admin/fields/{path}" in spec["paths"]
    assert "patch" in spec["paths"]["/admin/fields/{path}"]
    assert spec["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    assert "FieldChange" in spec["components"]["schemas"]
    assert call("GET", "/admin/swagger").status == 404  # no UI unless the local stack turns it on


def test_swagger_ui_is_served_only_when_the_local_stack_turns_it_on(monkeypatch):
    import importlib

    from admin_fn import app as module

    monkeypatch.setenv("ADMIN_SWAGGER_UI", "true")
    importlib.reload(module)
    try:
        page = call("GET", "/admin/swagger", token=None)
        assert page.status == 200
        assert "swagger" in page.text.lower()
        spec = call("GET", "/admin/swagger", token=None, query={"format": "json"})
        assert "/admin/inventory.csv" in spec.json["paths"]
        assert call("GET", "/admin/inbox", token=None).status == 401
    finally:
        monkeypatch.delenv("ADMIN_SWAGGER_UI")
        importlib.reload(module)
    assert call("GET", "/admin/swagger").status == 404
