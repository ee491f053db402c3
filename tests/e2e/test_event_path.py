"""The walking skeleton as a user drives it: the local stack over real HTTP, Segment's own Python
client, raw HTTP in every form the API accepts, a recording Slack and HTTP source, and the owner's
classification through the admin API."""

import base64
import gzip
import json
import time
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import quote

import pytest
from segment.analytics.client import Client

pytestmark = pytest.mark.e2e
DEADLINE_SECONDS = 60


def call(
    method: str,
    url: str,
    token: str | None = None,
    body: Any = None,
    headers: dict[str, str] | None = None,
    raw: bytes | None = None,
) -> tuple[int, Any]:
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(
        url,
        data=data,
        method=method,
        headers={
            "Content-Type": "application/json",
            **({"Authorization": f"Bearer {token}"} if token else {}),
            **(headers or {}),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            payload = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        payload, status = error.read(), error.code
    return status, json.loads(payload) if payload else None


def basic(key: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{key}:".encode()).decode()}


def inbox(stack) -> dict[str, dict]:
    status, body = call("GET", f"{stack.base_url}/admin/inbox?limit=200", stack.owner_token)
    assert status == 200
    return {item["path"]: item for item in body["items"]}


def wait_for_inbox(stack, paths: set[str]) -> dict[str, dict]:
    deadline = time.monotonic() + DEADLINE_SECONDS
    while True:
        seen = inbox(stack)
        if paths <= seen.keys() or time.monotonic() > deadline:
            return seen
        time.sleep(0.2)


def test_events_reach_the_inbox_raise_alerts_and_get_classified(local_stack, slack, http_source):
    base, token = local_stack.base_url, local_stack.owner_token
    status, _ = call(
        "PUT",
        f"{base}/admin/alerts",
        token,
        {
            "slack": {"enabled": True, "webhook_url": slack.url + "/services/T0/B0/x", "channel": "#privacy"},
            "http": {"enabled": True, "url": http_source.url, "write_key": "wk_alert_source"},
        },
    )
    assert status == 200

    # Segment's own client, configured with only our host and a write key.
    errors: list[Exception] = []
    client = Client(
        write_key=local_stack.write_key,
        host=base,
        sync_mode=True,
        on_error=lambda error, _batch: errors.append(error),
    )
    client.identify(
        "user-1",
        {"email": "jane.doe@example.com", "firstName": "Jane", "plan": "pro", "email_opted_in": True},
    )
    client.track(
        "user-1",
        "Order Completed",
        {
            "revenue": 27.5,
            "card_number": "4111 1111 1111 1111",
            "products": [{"sku": "45790-32", "name": "Monopoly"}],
        },
    )
    client.flush()
    assert errors == []

    # Raw HTTP: the write key in the body, a gzip body, and a batch with one bad message.
    status, answer = call(
        "POST",
        f"{base}/v1/page",
        body={
            "writeKey": local_stack.write_key,
            "anonymousId": "anon-1",
            "name": "Checkout",
            "properties": {"referrer_ip": "203.0.113.9"},
        },
    )
    assert (status, answer) == (200, {"success": True})
    status, _ = call(
        "POST",
        f"{base}/v1/track",
        headers={**basic(local_stack.write_key), "Content-Encoding": "gzip"},
        raw=gzip.compress(
            json.dumps(
                {"userId": "user-2", "event": "Signed Up", "properties": {"phone": "+44 20 7946 0958"}}
            ).encode()
        ),
    )
    assert status == 200
    status, _ = call(
        "POST",
        f"{base}/v1/batch",
        headers=basic(local_stack.write_key),
        body={
            "batch": [
                {
                    "type": "track",
                    "event": "Logged In",
                    "userId": "user-3",
                    "properties": {"password": "hunter22"},
                },
                {"type": "track", "event": "No user", "properties": {"dropped_field": "x"}},
            ]
        },
    )
    assert status == 200

    expected = {
        "traits.email",
        "traits.firstName",
        "traits.plan",
        "traits.email_opted_in",
        "properties.card_number",
        "properties.products[].sku",
        "properties.referrer_ip",
        "properties.phone",
        "properties.password",
    }
    seen = wait_for_inbox(local_stack, expected)
    assert expected <= seen.keys()
    assert "properties.dropped_field" not in seen
    assert seen["traits.email"]["recommended"] == "yellow"
    assert seen["properties.password"]["recommended"] == "red"
    assert seen["properties.card_number"]["recommended"] == "red"
    assert seen["traits.plan"]["recommended"] == "green"
    assert seen["traits.email_opted_in"]["recommended"] == "green"

    # Alerts: Slack digests and one track event per field at the HTTP source.
    slack_posts = slack.wait_for(1)
    slack_text = " ".join(json.dumps(p.json()) for p in slack_posts)
    assert "traits.email" in slack_text
    assert "jane.doe@example.com" not in slack_text
    assert all(p.json().get("channel") == "#privacy" for p in slack_posts)
    deadline = time.monotonic() + DEADLINE_SECONDS
    while time.monotonic() < deadline:
        alerted = {e["properties"]["path"] for r in http_source.requests for e in r.json()["batch"]}
        if expected <= alerted:
            break
        time.sleep(0.2)
    assert expected <= alerted
    assert all(
        r.headers["authorization"] == basic("wk_alert_source")["Authorization"] for r in http_source.requests
    )

    # The owner classifies one field and adds it to the inventory; it leaves the inbox.
    status, detail = call("GET", f"{base}/admin/fields/{quote('traits.email', safe='')}", token)
    assert status == 200
    assert "jane.doe@example.com" not in json.dumps(detail)
    status, _ = call(
        "PATCH",
        f"{base}/admin/fields/{quote('traits.email', safe='')}",
        token,
        {"classification": "red", "in_inventory": True},
    )
    assert status == 200
    status, _ = call(
        "POST", f"{base}/admin/inventory", token, {"paths": ["properties.password", "properties.card_number"]}
    )
    assert status == 200
    status, inventory = call("GET", f"{base}/admin/inventory", token)
    by_path = {item["path"]: item for item in inventory["items"]}
    assert by_path["traits.email"]["classification"] == "red"
    assert {"properties.password", "properties.card_number"} <= by_path.keys()
    assert "traits.email" not in inbox(local_stack)


def test_bad_input_never_answers_5xx(local_stack):
    base = local_stack.base_url
    cases = [
        ("POST", "/v1/track", b"{nope", basic(local_stack.write_key), 400),
        ("POST", "/v1/track", json.dumps({"userId": "u", "event": "E"}).encode(), basic("wrong"), 401),
        ("POST", "/v1/batch", b'{"batch": "x"}', basic(local_stack.write_key), 400),
        (
            "POST",
            "/v1/track",
            b"\x00\xff" * 100,
            {**basic(local_stack.write_key), "Content-Encoding": "gzip"},
            400,
        ),
        (
            "POST",
            "/v1/track",
            json.dumps({"userId": "u", "event": "E", "properties": {"x": "y" * 40_000}}).encode(),
            basic(local_stack.write_key),
            400,
        ),
        ("GET", "/admin/inbox", None, {}, 401),
        ("GET", "/admin/inbox", None, {"Authorization": "Bearer nope"}, 401),
    ]
    for method, path, raw, headers, expected in cases:
        status, body = call(method, base + path, raw=raw, headers=headers)
        assert status == expected, (method, path, status, body)
