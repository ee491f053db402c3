from datetime import UTC, datetime

from portal.alerts import ALERT_EVENT, NewField, slack_digest, track_batch


def field(path: str, recommended: str = "yellow") -> NewField:
    return NewField(
        path=path,
        recommended=recommended,
        matcher="email",
        matched_on="value",
        reason="values look like e-mail addresses",
        sources=["src_web"],
        events=["Order Completed"],
        first_seen="2026-11-29T01:00:00Z",
        count=3,
    )


def test_single_field_message_names_it():
    payload = slack_digest([field("properties.email")], "#privacy", "https://portal.example")
    assert "properties.email" in payload["text"]
    assert payload["channel"] == "#privacy"
    body = payload["blocks"][1]["text"]["text"]
    assert "https://portal.example/admin/fields/properties.email" in body
    assert "*yellow*" in body


def test_several_fields_make_one_digest():
    payload = slack_digest([field(f"properties.f{i}") for i in range(12)], None, "")
    assert payload["text"] == "12 new fields in the Privacy Portal inbox"
    assert "channel" not in payload
    assert "2 more" in payload["blocks"][1]["text"]["text"]


def test_track_batch_has_one_segment_track_event_per_field_with_stable_ids():
    now = datetime(2026, 11, 29, tzinfo=UTC)
    first = track_batch([field("traits.email"), field("traits.phone", "red")], "", now)
    again = track_batch([field("traits.email")], "", now)
    events = first["batch"]
    assert [e["type"] for e in events] == ["track", "track"]
    assert {e["event"] for e in events} == {ALERT_EVENT}
    assert events[1]["properties"]["recommended_classification"] == "red"
    assert events[0]["messageId"] == again["batch"][0]["messageId"]
    assert len(events[0]["messageId"]) <= 100
    assert all(e.get("anonymousId") for e in events)


def test_new_field_from_a_stream_image():
    image = {
        "pk": "F#p.a",
        "sk": "META",
        "path": "p.a",
        "status": "inbox",
        "recommended": "red",
        "matcher": "password",
        "matched_on": "key",
        "reason": "r",
        "sources": {"b", "a"},
        "events": {"E"},
        "first_seen": "t",
        "count": 2,
    }
    item = NewField.from_image(image)
    assert item.sources == ["a", "b"]
    assert item.count == 2
