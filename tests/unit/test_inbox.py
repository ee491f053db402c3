from portal.accepted import Accepted, MessageObservations
from portal.detection import Observation
from portal.inbox import aggregate, message_key

EMAIL = Observation("string", "email")
TEXT = Observation("string", None)


def accepted(source: str, at: str, *messages: MessageObservations) -> Accepted:
    return Accepted(source_id=source, received_at=at, messages=list(messages))


def msg(mid: str | None, event: str, *obs: tuple[str, Observation]) -> MessageObservations:
    return MessageObservations(mid, event, list(obs))


def test_counts_messages_per_day_source_and_event_but_evidence_per_value():
    batch = [
        accepted(
            "web",
            "2026-11-28T23:59:00Z",
            msg("m1", "Order", ("p.tags[]", TEXT), ("p.tags[]", TEXT), ("p.email", EMAIL)),
        ),
        accepted("ios", "2026-11-29T00:01:00Z", msg("m2", "Signup", ("p.email", EMAIL))),
    ]
    fields = aggregate(batch)
    email = fields["p.email"]
    assert email.count == 2
    assert email.per_day_source == {("2026-11-28", "web"): 1, ("2026-11-29", "ios"): 1}
    assert email.per_event_source == {("Order", "web"): 1, ("Signup", "ios"): 1}
    assert email.sources == {"web", "ios"}
    assert email.first_seen == "2026-11-28T23:59:00Z"
    assert email.last_seen == "2026-11-29T00:01:00Z"
    assert fields["p.tags[]"].count == 1
    assert fields["p.tags[]"].evidence.to_dict()["n"] == 2


def test_duplicates_and_repeats_within_the_batch_are_counted_once():
    batch = [
        accepted(
            "web",
            "2026-11-29T00:00:00Z",
            msg("m1", "E", ("p.a", TEXT)),
            msg("m1", "E", ("p.a", TEXT)),
            msg("m2", "E", ("p.a", TEXT)),
            msg(None, "E", ("p.a", TEXT)),
        )
    ]
    fields = aggregate(batch, duplicates=frozenset({message_key("web", "m2")}))
    assert fields["p.a"].count == 2


def test_same_message_id_from_two_sources_is_two_messages():
    batch = [
        accepted("web", "2026-11-29T00:00:00Z", msg("m1", "E", ("p.a", TEXT))),
        accepted("ios", "2026-11-29T00:00:00Z", msg("m1", "E", ("p.a", TEXT))),
    ]
    assert aggregate(batch)["p.a"].count == 2


def test_first_example_wins():
    first = accepted("web", "2026-11-29T00:00:00Z", msg("m1", "E", ("p.a", TEXT)))
    first.examples = {"p.a": "first"}
    second = accepted("web", "2026-11-29T00:00:01Z", msg("m2", "E", ("p.a", TEXT)))
    second.examples = {"p.a": "second"}
    assert aggregate([first, second])["p.a"].example == "first"
