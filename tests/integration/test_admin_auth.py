"""Who may call what: the 401/403 matrix over every route of the admin API."""

import json

import pytest

from tests.integration.admin_fixtures import (  # noqa: F401 - aws: the fixture, used below
    FIRST_OWNER_TOKEN,
    aws,
    call,
    create_source,
    create_token,
    seed_field,
)

pytestmark = pytest.mark.usefixtures("aws")


def _routes() -> list[tuple[str, str]]:
    """Every (method, concrete path) the app serves, read from its own generated OpenAPI spec."""
    from admin_fn import app

    spec = json.loads(app.openapi_spec())
    concrete = {
        "{path}": "properties.email",
        "{source_id}": "nosuch",
        "{token_id}": "nosuch",
        "{matcher_id}": "nosuch",
    }
    routes = []
    for template, operations in spec["paths"].items():
        path = template
        for name, value in concrete.items():
            path = path.replace(name, value)
        routes.extend((method.upper(), path) for method in operations)
    return sorted(routes)


ROUTES = _routes()
MEMBER_ALLOWED = {("GET", "/admin/me"), ("GET", "/admin/openapi.json"), ("GET", "/admin/sources")}


def test_the_matrix_covers_every_route_in_the_spec():
    assert len(ROUTES) >= 24
    assert ("PATCH", "/admin/fields/properties.email") in ROUTES
    assert ("GET", "/admin/inventory.csv") in ROUTES


@pytest.mark.parametrize(("method", "path"), ROUTES)
@pytest.mark.parametrize(
    "header",
    [None, "", "Bearer", "Bearer ", "Token abc", "Basic dXNlcjpwYXNz", "bearer  a b", "Bearer " + "x" * 600],
)
def test_no_or_malformed_authorization_is_401(method, path, header):
    headers = {} if header is None else {"authorization": header}
    answer = call(method, path, token=None, headers=headers, body={})
    assert answer.status == 401, (method, path, answer.text)
    assert answer.json["code"] == "unauthorized"
    assert answer.headers.get("www-authenticate", "").startswith("Bearer")


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_a_write_key_an_unknown_and_a_revoked_token_are_401(method, path):
    write_key = create_source()["write_key"]
    member = create_token("owner", name="soon revoked")
    assert call("DELETE", f"/admin/tokens/{member['id']}").status == 200
    for token in (write_key, "ppo_unknown", member["token"], FIRST_OWNER_TOKEN + "x"):
        answer = call(method, path, token=token, body={})
        assert answer.status == 401, (method, path, answer.text)


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_members_get_403_on_privacy_endpoints(method, path):
    member = create_token("member", name="analyst")
    answer = call(method, path, token=member["token"], body={})
    if (method, path) in MEMBER_ALLOWED:
        assert answer.status == 200, answer.text
    else:
        assert answer.status == 403, (method, path, answer.text)
        assert answer.json["code"] == "forbidden"


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_owners_pass_authentication_on_every_route(method, path):
    seed_field("properties.email")
    owner = create_token("owner", name="second owner")
    for token in (FIRST_OWNER_TOKEN, owner["token"]):
        answer = call(method, path, token=token, body={})
        assert answer.status not in (401, 403), (method, path, answer.text)
        assert answer.status < 500, (method, path, answer.text)


def test_unknown_routes_need_a_token_too():
    assert call("GET", "/admin/nothing-here", token=None).status == 401
    assert call("GET", "/admin/nothing-here").status == 404


def test_members_see_only_the_sources_in_their_scope():
    web = create_source("web")
    create_source("ios")
    scoped = create_token("member", sources=[web["id"]], name="web analyst")
    everyone = create_token("member", name="all sources")
    listed = call("GET", "/admin/sources", token=scoped["token"]).json["items"]
    assert [s["id"] for s in listed] == [web["id"]]
    assert len(call("GET", "/admin/sources", token=everyone["token"]).json["items"]) == 2
    me = call("GET", "/admin/me", token=scoped["token"]).json
    assert me == {"id": scoped["id"], "name": "web analyst", "role": "member", "sources": [web["id"]]}


def test_tokens_are_stored_hashed_and_never_listed():
    import boto3

    created = create_token("member", name="listed")
    listed = call("GET", "/admin/tokens").json["items"]
    assert created["token"] not in json.dumps(listed)
    assert {t["id"] for t in listed} == {created["id"]}
    table = boto3.resource("dynamodb").Table(__import__("os").environ["CONFIG_TABLE"])
    dump = json.dumps(table.scan()["Items"], default=str)
    assert created["token"] not in dump
