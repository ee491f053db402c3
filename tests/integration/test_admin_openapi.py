"""The generated spec documents what the routes answer: each answer validates against the model
the spec names for it (models forbid extra keys, so an undocumented key fails here)."""

import pytest

from admin_fn import responses
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


def test_answers_match_the_documented_models():
    web = create_source("web")
    create_token("member", sources=[web["id"]], name="analyst")
    message = {"type": "track", "event": "x", "properties": {"email": "a@b.co"}}
    seed_field(
        "properties.email",
        sources={web["id"]: 2},
        example=masked_example(mask_message(message), "properties.email"),
    )
    matcher = call(
        "POST", "/admin/matchers", body={"name": "loyalty", "classification": "red", "match_on": "key"}
    )
    checks = [
        (responses.Me, call("GET", "/admin/me")),
        (responses.FieldListing, call("GET", "/admin/inbox")),
        (responses.FieldDetail, call("GET", field_url("properties.email"))),
        (responses.FieldDetail, call("PATCH", field_url("properties.email"), body={"classification": "red"})),
        (
            responses.InventoryChangeResult,
            call("POST", "/admin/inventory", body={"paths": ["properties.email"]}),
        ),
        (responses.FieldListing, call("GET", "/admin/inventory")),
        (responses.AlertSettingsView, call("GET", "/admin/alerts")),
        (responses.SourceList, call("GET", "/admin/sources")),
        (responses.SourceWithKey, call("POST", f"/admin/sources/{web['id']}/rotate-key")),
        (responses.SourceView, call("PATCH", f"/admin/sources/{web['id']}", body={"name": "Web"})),
        (responses.TokenList, call("GET", "/admin/tokens")),
        (responses.MatcherView, matcher),
        (responses.MatcherListing, call("GET", "/admin/matchers")),
        (
            responses.MatcherTestResult,
            call("POST", "/admin/matchers/test", body={"matcher_id": matcher.json["id"], "payload": message}),
        ),
        (responses.AuditPage, call("GET", "/admin/audit")),
        (responses.MatcherDeleted, call("DELETE", f"/admin/matchers/{matcher.json['id']}")),
    ]
    for model, answer in checks:
        assert answer.status in (200, 201), answer.text
        model.model_validate(answer.json)


def test_the_spec_names_those_models():
    spec = call("GET", "/admin/openapi.json").json
    schemas = spec["components"]["schemas"]
    assert {"FieldListing", "FieldDetail", "MatcherListing", "AuditPage", "TokenWithSecret"} <= set(schemas)
    inbox = spec["paths"]["/admin/inbox"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert inbox["$ref"].endswith("/FieldListing")
    created = spec["paths"]["/admin/sources"]["post"]["responses"]
    assert "201" in created
