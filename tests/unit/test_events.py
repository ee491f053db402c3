import gzip
import json

import pytest

from portal.errors import InvalidRequest, PayloadTooLarge
from portal.events import (
    MAX_BATCH_BYTES,
    MAX_BATCH_MESSAGES,
    MAX_MESSAGE_BYTES,
    decode_body,
    event_name,
    flatten,
    message_problem,
    observe_leaves,
    parse_request,
)
from tests.builders import message


def raw(body: object) -> bytes:
    return json.dumps(body).encode()


def test_single_message_takes_its_type_from_the_endpoint():
    body = message(drop=("type",))
    parsed = parse_request("track", raw(body))
    assert [m["type"] for m in parsed.messages] == ["track"]
    assert parsed.rejected == []


def test_write_key_in_body_is_read_and_removed_from_the_message():
    parsed = parse_request("track", raw(message(writeKey="wk_123")))
    assert parsed.write_key == "wk_123"
    assert "writeKey" not in parsed.messages[0]


@pytest.mark.parametrize(
    ("kind", "drop", "reason"),
    [
        ("track", ("userId",), "userId or anonymousId is required"),
        ("track", ("event",), "event is required for track"),
    ],
)
def test_required_fields(kind, drop, reason):
    parsed = parse_request(kind, raw(message(drop=drop)))
    assert parsed.messages == []
    assert [r.reason for r in parsed.rejected] == [reason]


def test_anonymous_id_alone_is_enough():
    parsed = parse_request("track", raw(message(drop=("userId",), anonymousId="anon-1")))
    assert len(parsed.messages) == 1


def test_group_and_alias_required_fields():
    assert message_problem({"type": "group", "userId": "u"}) == "groupId is required for group"
    assert message_problem({"type": "alias", "userId": "u"}) == "previousId is required for alias"
    assert message_problem({"type": "alias", "anonymousId": "a", "previousId": "p"}) == (
        "userId is required for alias"
    )
    assert message_problem({"type": "group", "userId": "u", "groupId": "g"}) is None


def test_message_id_over_100_characters_is_dropped():
    parsed = parse_request("track", raw(message(messageId="m" * 101)))
    assert "messageId" in parsed.rejected[0].reason


def test_batch_drops_bad_items_and_keeps_the_rest():
    items = [message(), message(drop=("userId",)), "not an object", {"type": "nope", "userId": "u"}]
    parsed = parse_request("batch", raw({"batch": items}))
    assert len(parsed.messages) == 1
    assert [r.index for r in parsed.rejected] == [1, 2, 3]


def test_batch_level_context_merges_into_items_without_overriding_them():
    items = [message(context={"ip": "198.51.100.1"}), message(drop=("context",))]
    body = {"batch": items, "context": {"ip": "10.0.0.1", "locale": "en-GB"}, "integrations": {"All": False}}
    parsed = parse_request("batch", raw(body))
    assert parsed.messages[0]["context"] == {"ip": "198.51.100.1", "locale": "en-GB"}
    assert parsed.messages[1]["context"] == {"ip": "10.0.0.1", "locale": "en-GB"}
    assert parsed.messages[1]["integrations"] == {"All": False}


def test_batch_with_too_many_messages_is_rejected_whole():
    with pytest.raises(PayloadTooLarge):
        parse_request("batch", raw({"batch": [{}] * (MAX_BATCH_MESSAGES + 1)}))


def test_oversized_single_message_is_rejected():
    big = message(properties={"blob": "x" * MAX_MESSAGE_BYTES})
    with pytest.raises(PayloadTooLarge):
        parse_request("track", raw(big))


def test_oversized_message_inside_a_batch_is_dropped_alone():
    big = message(properties={"blob": "x" * MAX_MESSAGE_BYTES})
    parsed = parse_request("batch", raw({"batch": [big, message()]}))
    assert len(parsed.messages) == 1
    assert "exceeds" in parsed.rejected[0].reason


@pytest.mark.parametrize("body", [b"{not json", b"\xff\xfe", b"", b"[1, 2]", b'"text"'])
def test_unusable_bodies_raise_invalid_request(body):
    with pytest.raises(InvalidRequest):
        parse_request("track", body)


def test_deep_nesting_is_an_invalid_request_not_a_crash():
    with pytest.raises(InvalidRequest):
        parse_request("track", b"[" * 100_000 + b"]" * 100_000)


def test_batch_must_be_an_array():
    with pytest.raises(InvalidRequest, match="batch must be"):
        parse_request("batch", raw({"batch": {"type": "track"}}))


def test_section_of_the_wrong_type_drops_the_message():
    parsed = parse_request("track", raw(message(properties=["a"])))
    assert parsed.rejected[0].reason == "properties must be a JSON object"


def test_errors_never_echo_values():
    secret = "jane.doe@example.com"
    parsed = parse_request("batch", raw({"batch": [message(messageId=secret * 10)]}))
    assert all(secret not in r.reason for r in parsed.rejected)


def test_gzip_bodies_are_inflated():
    payload = raw(message())
    assert decode_body(gzip.compress(payload), "gzip") == payload


def test_gzip_bomb_stops_at_the_batch_limit():
    bomb = gzip.compress(b"{" + b" " * (50 * MAX_BATCH_BYTES))
    with pytest.raises(PayloadTooLarge):
        decode_body(bomb, "gzip")


@pytest.mark.parametrize("body", [b"not gzip at all", gzip.compress(b"{}")[:-6]])
def test_broken_gzip_is_an_invalid_request(body):
    with pytest.raises(InvalidRequest):
        decode_body(body, "gzip")


def test_unknown_content_encoding_is_refused():
    with pytest.raises(InvalidRequest, match="Content-Encoding"):
        decode_body(b"{}", "br")


def test_plain_body_over_the_batch_limit_is_too_large():
    with pytest.raises(PayloadTooLarge):
        decode_body(b" " * (MAX_BATCH_BYTES + 1), None)


def test_flatten_yields_dotted_paths_with_array_markers():
    paths = dict(flatten(message()))
    assert paths["properties.email"] == "jane.doe@example.com"
    assert "properties.products[].sku" in paths
    assert "context.library.name" in paths
    assert not any(p.startswith("userId") for p in paths)


def test_flatten_visits_every_array_element():
    leaves = [v for p, v in flatten(message()) if p == "properties.products[].sku"]
    assert leaves == ["45790-32", "46493-32"]


def test_observe_leaves_gives_what_is_known_or_else_observes():
    known = {"45790-32": "a cached sku"}
    seen: list[tuple[str, object]] = []

    def observe(path: str, value: object) -> str:
        seen.append((path, value))
        return f"observed {value}"

    leaves = observe_leaves(message(), observe, known.get)
    assert [p for p, _ in leaves] == [p for p, _ in flatten(message())]
    assert dict(leaves)["properties.email"] == "observed jane.doe@example.com"
    skus = [o for p, o in leaves if p == "properties.products[].sku"]
    assert skus == ["a cached sku", "observed 46493-32"]
    assert ("properties.products[].sku", "45790-32") not in seen


def test_event_names():
    assert event_name(message()) == "Order Completed"
    assert event_name({"type": "page", "name": "Home"}) == "page:Home"
    assert event_name({"type": "identify"}) == "identify"
