"""The HTTP front: real HTTP in, API Gateway HTTP API payload v2 events out, responses mapped back."""

import base64
import gzip
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from local.apigw import Router, http_event, http_response
from local.front import HttpFront
from local.provision import Stack
from local.runtime import LocalFunction
from local.stack import Deployment
from local.template import FunctionSpec, HttpRoute, Template

ROUTES = [
    HttpRoute("Track", "POST", "/v1/track"),
    HttpRoute("Admin", "ANY", "/admin/{proxy+}"),
    HttpRoute("Field", "GET", "/admin/fields/{path}"),
]


def test_router_prefers_specific_paths_and_methods():
    router = Router(ROUTES)
    assert router.match("POST", "/v1/track").route.function == "Track"
    assert router.match("GET", "/v1/track") is None
    field = router.match("GET", "/admin/fields/properties.email")
    assert (field.route.function, field.path_parameters) == ("Field", {"path": "properties.email"})
    deep = router.match("PATCH", "/admin/fields/properties.email")
    assert (deep.route.function, deep.path_parameters) == ("Admin", {"proxy": "fields/properties.email"})
    assert router.match("GET", "/admin/") is None  # {proxy+} needs at least one character


def test_event_shape_for_a_gzip_body():
    body = gzip.compress(b'{"userId": "u1"}')
    match = Router(ROUTES).match("POST", "/v1/track")
    event = http_event(
        "POST",
        "/v1/track?a=1&a=2&b=%20x",
        headers=[
            ("Content-Type", "application/json"),
            ("Content-Encoding", "gzip"),
            ("X-Dup", "1"),
            ("x-dup", "2"),
            ("Cookie", "c1=v1; c2=v2"),
            ("Host", "127.0.0.1:3000"),
        ],
        body=body,
        match=match,
        source_ip="127.0.0.9",
    )
    assert event["version"] == "2.0"
    assert event["routeKey"] == event["requestContext"]["routeKey"] == "POST /v1/track"
    assert event["rawPath"] == "/v1/track"
    assert event["rawQueryString"] == "a=1&a=2&b=%20x"
    assert event["queryStringParameters"] == {"a": "1,2", "b": " x"}
    assert event["headers"]["x-dup"] == "1,2"
    assert "cookie" not in event["headers"]
    assert event["cookies"] == ["c1=v1", "c2=v2"]
    assert event["requestContext"]["http"] == {
        "method": "POST",
        "path": "/v1/track",
        "protocol": "HTTP/1.1",
        "sourceIp": "127.0.0.9",
        "userAgent": "",
    }
    assert event["isBase64Encoded"] is True
    assert base64.b64decode(event["body"]) == body
    assert "pathParameters" not in event


def test_text_bodies_stay_text_and_binary_bodies_are_base64():
    json_event = http_event(
        "POST", "/x", headers={"content-type": "application/json; charset=utf-8"}, body="{}"
    )
    assert (json_event["body"], json_event["isBase64Encoded"]) == ("{}", False)
    form = http_event("POST", "/x", headers={"content-type": "application/x-www-form-urlencoded"}, body="a=1")
    assert (form["body"], form["isBase64Encoded"]) == (base64.b64encode(b"a=1").decode(), True)
    empty = http_event("GET", "/x")
    assert "body" not in empty and empty["isBase64Encoded"] is False


def test_response_mapping():
    full = http_response(
        {
            "statusCode": 201,
            "headers": {"x-a": "1"},
            "cookies": ["s=1"],
            "body": base64.b64encode(b"\x00\x01").decode(),
            "isBase64Encoded": True,
        }
    )
    assert (full.status, full.body) == (201, b"\x00\x01")
    assert ("x-a", "1") in full.headers and ("set-cookie", "s=1") in full.headers
    inferred = http_response({"success": True})
    assert (inferred.status, json.loads(inferred.body)) == (200, {"success": True})


# ------------------------------------------------------------------------------------- over HTTP

seen: list[dict[str, Any]] = []


def echo(event: dict[str, Any], context: Any) -> dict[str, Any]:
    seen.append(event)
    if event["rawPath"] == "/admin/boom":
        raise RuntimeError("handler failed")
    return {
        "statusCode": 200,
        "headers": {"content-type": "application/json"},
        "body": json.dumps({"ok": True}),
    }


@pytest.fixture
def front() -> Iterator[str]:
    template = Template(document={"Resources": {}}, parameters={})
    functions = {
        name: LocalFunction(
            FunctionSpec(name, "tests.echo", 3, 128, {}), name, "us-east-1", "123456789012", echo
        )
        for name in ("Track", "Admin", "Field")
    }
    deployment = Deployment(Stack(template, None), {}, functions, Router(ROUTES))
    server = HttpFront(
        lambda method, target, headers, body, client: deployment.request(
            method, target, headers, body, client
        ),
        "127.0.0.1",
        0,
    )
    server.start()
    seen.clear()
    yield f"http://127.0.0.1:{server.port}"
    server.stop()


def send(url: str, data: bytes | None = None, headers: dict[str, str] | None = None, method: str = "POST"):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_gzip_request_over_http_reaches_the_handler_as_base64(front):
    body = gzip.compress(json.dumps({"userId": "u1", "event": "E"}).encode())
    status, answer = send(
        f"{front}/v1/track", body, {"content-type": "application/json", "content-encoding": "gzip"}
    )
    assert (status, json.loads(answer)) == (200, {"ok": True})
    (event,) = seen
    assert event["isBase64Encoded"] is True
    assert json.loads(gzip.decompress(base64.b64decode(event["body"]))) == {"userId": "u1", "event": "E"}
    assert event["headers"]["content-encoding"] == "gzip"
    assert event["requestContext"]["http"]["sourceIp"] == "127.0.0.1"


def test_proxy_path_parameter_over_http(front):
    status, _ = send(f"{front}/admin/inbox?limit=5", method="GET", headers={"authorization": "Bearer t"})
    assert status == 200
    (event,) = seen
    assert event["routeKey"] == "ANY /admin/{proxy+}"
    assert event["pathParameters"] == {"proxy": "inbox"}
    assert event["queryStringParameters"] == {"limit": "5"}
    assert event["headers"]["authorization"] == "Bearer t"


def test_unknown_routes_and_handler_errors_answer_like_api_gateway(front):
    assert send(f"{front}/nowhere", b"{}") == (404, b'{"message": "Not Found"}')
    status, body = send(f"{front}/admin/boom", method="GET")
    assert (status, json.loads(body)) == (500, {"message": "Internal Server Error"})


def test_oversized_payloads_are_refused_before_the_handler(front):
    status, _ = send(f"{front}/v1/track", b"x" * (10 * 1024 * 1024 + 1), {"content-type": "application/json"})
    assert status == 413
    assert seen == []
