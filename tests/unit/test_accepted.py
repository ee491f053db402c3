import json

from portal.accepted import MAX_BYTES, decode, observe_messages
from portal.detection import Engine, Observation, default_matchers
from tests.builders import message

ENGINE = Engine(default_matchers())
NOW = "2026-11-29T01:00:00.000Z"


def test_round_trip_keeps_every_observation_and_no_values():
    original = message()
    [body] = observe_messages([original], ENGINE, "src_1", NOW)
    assert "jane.doe@example.com" not in body
    accepted = decode(body)
    assert accepted.source_id == "src_1"
    assert accepted.received_at == NOW
    [m] = accepted.messages
    assert m.message_id == original["messageId"]
    assert m.event == "Order Completed"
    paths = [p for p, _ in m.observations]
    assert paths.count("properties.products[].sku") == 2
    assert all(isinstance(o, Observation) for _, o in m.observations)


def test_new_paths_get_a_masked_example_known_paths_do_not():
    [body] = observe_messages([message()], ENGINE, "s", NOW, known_paths={"properties.total"})
    examples = decode(body).examples
    assert "properties.total" not in examples
    assert json.loads(examples["properties.email"])["highlight"] == "properties.email"


def test_each_masked_message_is_shipped_once():
    [body] = observe_messages([message(), message()], ENGINE, "s", NOW)
    assert len(json.loads(body)["masked"]) == 1


def test_large_requests_are_split_below_the_sns_limit():
    wide = message(properties={f"field_{i}": f"value {i}" for i in range(300)})
    bodies = list(observe_messages([wide] * 200, ENGINE, "s", NOW))
    assert len(bodies) > 1
    assert all(len(b.encode()) < 256 * 1024 for b in bodies)
    assert sum(len(decode(b).messages) for b in bodies) == 200
    assert max(len(b) for b in bodies) < MAX_BYTES * 1.2


def test_split_holds_for_non_ascii_paths():
    wide = message(properties={f"champ_é_{i}_日本": "x" for i in range(300)})
    bodies = list(observe_messages([wide] * 200, ENGINE, "s", NOW))
    assert all(len(b.encode()) < 256 * 1024 for b in bodies)


def test_a_phone_numbers_spread_travels_and_the_number_does_not():
    original = message(properties={"From": "+14155550123"})
    [body] = observe_messages([original], ENGINE, "s", NOW)
    assert "4155550123" not in body
    [m] = decode(body).messages
    sent = dict(ENGINE.observe_message(original))
    received = dict(m.observations)
    assert received["properties.From"].spread
    assert received["properties.From"] == sent["properties.From"]
