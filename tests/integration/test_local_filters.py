"""Lambda event filtering as the local pollers apply it (FilterCriteria in template.yaml)."""

from local import template as local_template
from local.filters import matches, matches_any, sqs_filter_view


def stream_record(event_name: str, **image: str) -> dict:
    return {
        "eventName": event_name,
        "dynamodb": {"NewImage": {k: {"S": v} for k, v in image.items()}, "SequenceNumber": "1"},
    }


def test_the_alerts_filter_passes_only_inserts_of_inbox_fields():
    (mapping,) = local_template.load().functions["AlertsFunction"].streams
    assert matches_any(mapping.filters, stream_record("INSERT", pk="F#a", sk="META", status="inbox"))
    assert not matches_any(mapping.filters, stream_record("MODIFY", pk="F#a", sk="META", status="inbox"))
    assert not matches_any(mapping.filters, stream_record("INSERT", pk="F#a", sk="D#2026", status="inbox"))
    assert not matches_any(mapping.filters, stream_record("INSERT", pk="F#a", sk="META", status="inventory"))
    assert not matches_any(mapping.filters, stream_record("INSERT", pk="F#a", sk="META"))
    assert not matches_any(mapping.filters, {"eventName": "REMOVE", "dynamodb": {"Keys": {}}})


def test_no_filters_pass_everything():
    assert matches_any((), {"anything": 1})


def test_operators():
    record = {"a": "hello", "n": 5, "tags": ["x", "y"], "flag": False, "none": None}
    assert matches({"a": [{"prefix": "he"}]}, record)
    assert matches({"a": [{"suffix": "lo"}]}, record)
    assert matches({"a": [{"equals-ignore-case": "HELLO"}]}, record)
    assert matches({"a": [{"anything-but": ["bye"]}]}, record)
    assert not matches({"a": [{"anything-but": "hello"}]}, record)
    assert matches({"a": [{"anything-but": {"prefix": "x"}}]}, record)
    assert matches({"n": [{"numeric": [">", 1, "<=", 5]}]}, record)
    assert not matches({"n": [{"numeric": ["<", 5]}]}, record)
    assert matches({"n": [5.0]}, record)
    assert not matches({"n": ["5"]}, record)
    assert matches({"tags": ["y"]}, record)  # any element of an array
    assert matches({"flag": [False]}, record) and not matches({"flag": [0]}, record)
    assert matches({"none": [None]}, record)
    assert matches({"missing": [{"exists": False}]}, record)
    assert not matches({"a": [{"exists": False}]}, record)
    assert not matches({"missing": ["x"]}, record)
    assert matches({"$or": [{"a": ["nope"]}, {"n": [5]}]}, record)
    assert not matches({"a": {"nested": ["x"]}}, record)


def test_sqs_bodies_match_as_json_when_they_parse():
    record = {"body": '{"type": "track", "n": 3}', "messageId": "m"}
    assert matches({"body": {"type": ["track"]}}, sqs_filter_view(record))
    plain = {"body": "not json"}
    assert matches({"body": ["not json"]}, sqs_filter_view(plain))
