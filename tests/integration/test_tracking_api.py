"""The tracking API in-process on moto: Segment's wire rules, and nothing half-stored."""

import base64
import gzip
import json
import time

import pytest

from portal.storage.fields import INBOX, FieldCounter, FieldRecord, field_key
from tests.builders import message


def basic(key: str) -> dict[str, str]:
    return {
        "authorization": "Basic " + base64.b64encode(f"{key}:".encode()).decode(),
        "content-type": "application/json",
    }


def post(deployment, kind: str, body, headers) -> tuple[int, dict]:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    response = deployment.request("POST", f"/v1/{kind}", headers, raw)
    return response.status, json.loads(response.body or b"{}")


def inbox_paths() -> set[str]:
    return {record.path for record in FieldRecord.by_status.query(INBOX)}


def published(deployment) -> int:
    """Accepted messages that reached classify (drains the queue)."""
    return deployment.drain()


@pytest.mark.parametrize("kind", ["identify", "track", "page", "screen", "group", "alias"])
def test_every_endpoint_accepts_its_message(deployment, credentials, kind):
    body = {
        "userId": "u-1",
        "anonymousId": "a-1",
        "event": "E",
        "groupId": "g-1",
        "previousId": "p-1",
        "properties": {"plan": "pro"},
        "traits": {"email": "jane@example.com"},
    }
    status, answer = post(deployment, kind, body, basic(credentials.write_key))
    assert (status, answer) == (200, {"success": True})


def test_track_reaches_the_inbox_with_recommendations_counts_and_a_masked_example(deployment, credentials):
    status, _ = post(deployment, "track", message(), basic(credentials.write_key))
    assert status == 200
    deployment.drain()
    email = FieldRecord.get(field_key("properties.email"), "META")
    assert email.status == INBOX
    assert email.recommended == "yellow"
    assert email.count == 1
    assert email.sources == {credentials.source_id}
    assert email.events == {"Order Completed"}
    assert "jane.doe@example.com" not in email.example
    assert json.loads(email.example)["highlight"] == "properties.email"
    counters = {
        c.sk: c.count
        for c in FieldCounter.query(field_key("properties.email"), FieldCounter.sk.startswith("E#"))
    }
    assert counters == {f"E#Order Completed#S#{credentials.source_id}": 1}


def test_write_key_in_the_body(deployment, credentials):
    status, _ = post(
        deployment,
        "identify",
        message("identify_user", writeKey=credentials.write_key),
        {"content-type": "application/json"},
    )
    assert status == 200
    deployment.drain()
    assert "traits.lastName" in inbox_paths()


def test_gzip_body(deployment, credentials):
    headers = {**basic(credentials.write_key), "content-encoding": "gzip"}
    status, _ = post(deployment, "track", gzip.compress(json.dumps(message()).encode()), headers)
    assert status == 200
    deployment.drain()
    assert "properties.products[].sku" in inbox_paths()


def test_batch_drops_bad_messages_and_keeps_the_rest(deployment, credentials):
    body = {
        "batch": [
            message(),
            message(drop=("userId",), properties={"only_in_bad": "x"}),
            {"type": "identify", "anonymousId": "a", "traits": {"nickname": "JD"}},
        ],
        "context": {"locale": "fr-FR"},
    }
    status, answer = post(deployment, "batch", body, basic(credentials.write_key))
    assert (status, answer) == (200, {"success": True})
    deployment.drain()
    paths = inbox_paths()
    assert {"properties.email", "traits.nickname", "context.locale"} <= paths
    assert "properties.only_in_bad" not in paths
    assert FieldRecord.get(field_key("context.locale"), "META").count == 2


def test_duplicate_message_ids_are_counted_once(deployment, credentials):
    for _ in range(3):
        post(deployment, "track", message(), basic(credentials.write_key))
    post(deployment, "track", message(messageId="another-id"), basic(credentials.write_key))
    deployment.drain()
    email = FieldRecord.get(field_key("properties.email"), "META")
    assert email.count == 2
    assert email.source_counts.as_dict() == {credentials.source_id: 2}


@pytest.mark.parametrize(
    ("body", "headers", "status", "code"),
    [
        (b"{not json", None, 400, "invalid_request"),
        (b"\x1f\x8b not really gzip", {"content-encoding": "gzip"}, 400, "invalid_request"),
        (json.dumps({"batch": [{}] * 2501}).encode(), None, 400, "payload_too_large"),
        (b"[" * 50000 + b"]" * 50000, None, 400, "invalid_request"),
    ],
)
def test_unusable_requests_answer_400_and_store_nothing(deployment, credentials, body, headers, status, code):
    all_headers = {**basic(credentials.write_key), **(headers or {})}
    kind = "batch" if body.startswith(b'{"batch"') else "track"
    got, answer = post(deployment, kind, body, all_headers)
    assert (got, answer["code"]) == (status, code)
    assert "message" in answer
    assert published(deployment) == 0


def test_oversized_message_is_400(deployment, credentials):
    big = message(properties={"notes": "x" * 33_000})
    status, answer = post(deployment, "track", big, basic(credentials.write_key))
    assert (status, answer["code"]) == (400, "payload_too_large")


@pytest.mark.parametrize(
    "headers",
    [
        {"content-type": "application/json"},
        {"authorization": "Basic " + base64.b64encode(b"not-a-key:").decode()},
        {"authorization": "Bearer something"},
        {"authorization": "Basic ###"},
    ],
)
def test_unknown_or_missing_write_key_is_401_and_stores_nothing(deployment, credentials, headers):
    status, answer = post(deployment, "track", message(), headers)
    assert status == 401
    assert answer["code"] == "unauthorized"
    assert published(deployment) == 0


def test_a_source_created_after_start_works_within_the_recheck(deployment, credentials):
    from ingest_fn.app import UNKNOWN_KEY_RECHECK_SECONDS
    from local.bootstrap import create_source

    post(deployment, "track", message(), basic(credentials.write_key))
    create_source("src_new", "New source", "wk_new_source_key_0123456789")
    time.sleep(UNKNOWN_KEY_RECHECK_SECONDS)
    status, _ = post(deployment, "track", message(messageId="m-new"), basic("wk_new_source_key_0123456789"))
    assert status == 200
    deployment.drain()
    email = FieldRecord.get(field_key("properties.email"), "META")
    assert email.sources == {credentials.source_id, "src_new"}
    assert email.source_counts.as_dict() == {credentials.source_id: 1, "src_new": 1}


def test_errors_do_not_echo_personal_data(deployment, credentials):
    secret = "jane.doe@example.com"
    status, answer = post(
        deployment, "track", b'{"email": "' + secret.encode() + b'"', basic(credentials.write_key)
    )
    assert status == 400
    assert secret not in json.dumps(answer)


def test_unknown_tracking_route_is_404_not_5xx(deployment, credentials):
    response = deployment.request("POST", "/v1/unknown", basic(credentials.write_key), b"{}")
    assert response.status == 404
