"""Recording aggregated observations in the fields table.

Per distinct field and batch: a conditional insert creates a new inbox field whole (its
stream INSERT is what raises the alert, so it must carry the recommendation); an existing
field gets one update of its counters and evidence, and a second only if its recommendation
moved. Counter items take one atomic ADD per (field, day, source) and (field, event, source).
"""

from collections.abc import Callable

from pynamodb.exceptions import PutError

from portal.detection import Evidence, Recommendation
from portal.inbox import FieldAggregate
from portal.storage.fields import (
    INBOX,
    META,
    FieldCounter,
    FieldRecord,
    day_key,
    event_key,
    field_key,
)

Recommend = Callable[[str, Evidence], Recommendation]


def record_field(agg: FieldAggregate, recommend: Recommend) -> bool:
    """Write one field's aggregate; True when the field is new (inserted into the inbox)."""
    created = _insert_new(agg, recommend(agg.path, agg.evidence))
    if not created:
        _update_existing(agg, recommend)
    _add_counters(agg)
    return created


def _insert_new(agg: FieldAggregate, rec: Recommendation) -> bool:
    record = FieldRecord(
        field_key(agg.path),
        META,
        path=agg.path,
        status=INBOX,
        recommended=rec.classification,
        matcher=rec.matcher,
        matched_on=rec.matched_on,
        share=round(rec.share, 4),
        reason=rec.reason,
        example=agg.example or "",
        first_seen=agg.first_seen,
        last_seen=agg.last_seen,
        count=agg.count,
        sources=agg.sources or None,
        events=agg.events or None,
        evidence=agg.evidence.to_dict(),
        source_counts=dict(agg.per_source),
    )
    try:
        record.save(condition=FieldRecord.pk.does_not_exist())
    except PutError as exc:
        if exc.cause_response_code == "ConditionalCheckFailedException":
            return False
        raise
    return True


def _update_existing(agg: FieldAggregate, recommend: Recommend) -> None:
    record = FieldRecord(field_key(agg.path), META)
    actions = [
        FieldRecord.count.add(agg.count),
        FieldRecord.last_seen.set(agg.last_seen),
        FieldRecord.sources.add(agg.sources),
        FieldRecord.events.add(agg.events),
    ]
    actions += [FieldRecord.evidence[name].add(value) for name, value in agg.evidence.to_dict().items()]
    actions += [FieldRecord.source_counts[source].add(count) for source, count in agg.per_source.items()]
    record.update(actions=actions)
    rec = recommend(agg.path, Evidence.from_dict(record.evidence.as_dict()))
    moved = (rec.classification, rec.matcher, rec.matched_on) != (
        record.recommended,
        record.matcher,
        record.matched_on,
    )
    if moved:
        record.update(
            actions=[
                FieldRecord.recommended.set(rec.classification),
                FieldRecord.matcher.set(rec.matcher),
                FieldRecord.matched_on.set(rec.matched_on),
                FieldRecord.share.set(round(rec.share, 4)),
                FieldRecord.reason.set(rec.reason),
            ]
        )


def _add_counters(agg: FieldAggregate) -> None:
    pk = field_key(agg.path)
    for (day, source), count in agg.per_day_source.items():
        FieldCounter(pk, day_key(day, source)).update(
            actions=[
                FieldCounter.count.add(count),
                FieldCounter.day.set(day),
                FieldCounter.source.set(source),
            ]
        )
    for (event, source), count in agg.per_event_source.items():
        FieldCounter(pk, event_key(event, source)).update(
            actions=[
                FieldCounter.count.add(count),
                FieldCounter.event.set(event),
                FieldCounter.source.set(source),
                FieldCounter.last_seen.set(agg.last_seen),
            ]
        )
