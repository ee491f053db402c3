"""Aggregating accepted messages into per-field updates: storage writes grow with distinct
fields, not with traffic."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from portal.accepted import Accepted
from portal.detection import Evidence


@dataclass
class FieldAggregate:
    path: str
    evidence: Evidence = field(default_factory=Evidence)
    count: int = 0
    per_day_source: Counter = field(default_factory=Counter)
    per_event_source: Counter = field(default_factory=Counter)
    first_seen: str = ""
    last_seen: str = ""
    example: str | None = None

    @property
    def sources(self) -> set[str]:
        return {source for _, source in self.per_day_source}

    @property
    def per_source(self) -> Counter:
        totals: Counter = Counter()
        for (_, source), count in self.per_day_source.items():
            totals[source] += count
        return totals

    @property
    def events(self) -> set[str]:
        return {event for event, _ in self.per_event_source}


def message_key(source_id: str, message_id: str) -> str:
    return f"msg#{source_id}#{message_id}"


def aggregate(
    batches: Iterable[Accepted], duplicates: frozenset[str] = frozenset()
) -> dict[str, FieldAggregate]:
    """Per path: evidence over every value, and message counts per day/source and event/source.

    Messages whose key (message_key) is in `duplicates` were seen before and are skipped, and so
    is a second message with the same key within these batches.
    """
    fields: dict[str, FieldAggregate] = {}
    seen: set[str] = set()
    for accepted in batches:
        day = accepted.received_at[:10]
        for message in accepted.messages:
            if message.message_id:
                key = message_key(accepted.source_id, message.message_id)
                if key in duplicates or key in seen:
                    continue
                seen.add(key)
            carried: set[str] = set()
            for path, observation in message.observations:
                agg = fields.get(path)
                if agg is None:
                    agg = fields[path] = FieldAggregate(
                        path, first_seen=accepted.received_at, last_seen=accepted.received_at
                    )
                agg.evidence.add(observation)
                carried.add(path)
            for path in carried:
                agg = fields[path]
                agg.count += 1
                agg.per_day_source[(day, accepted.source_id)] += 1
                agg.per_event_source[(message.event, accepted.source_id)] += 1
                agg.first_seen = min(agg.first_seen, accepted.received_at)
                agg.last_seen = max(agg.last_seen, accepted.received_at)
        for path, example in accepted.examples.items():
            if path in fields and fields[path].example is None:
                fields[path].example = example
    return fields
