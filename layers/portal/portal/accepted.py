"""The "accepted" message: what ingest publishes about one request and classify consumes.

It carries observations, never values: for each message, its id, event name and, per leaf value,
the field path, the value's kind and the value matcher that fired (and for a phone number, a
bank account or an e-mail address its spread, two 4-bit buckets, or `named` for an address that
names a person; for a name typed alone, its 4-bit bucket; for a date before 2010, its decade:
Observation.spread). New paths also get one masked example. Path and
event names are dictionary-encoded so a 2,500-message batch stays small; past MAX_BYTES the
request is split into several accepted messages (SNS takes 256 KB).
"""

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from portal.detection import Engine, Observation
from portal.events import event_name
from portal.masking import mask_message, masked_example

VERSION = 1
MAX_BYTES = 200 * 1024


@dataclass
class MessageObservations:
    message_id: str | None
    event: str
    observations: list[tuple[str, Observation]]


@dataclass
class Accepted:
    source_id: str
    received_at: str
    messages: list[MessageObservations] = field(default_factory=list)
    examples: dict[str, str] = field(default_factory=dict)


class _Chunk:
    def __init__(self, source_id: str, received_at: str):
        self.source_id = source_id
        self.received_at = received_at
        self.paths: dict[str, int] = {}
        self.events: dict[str, int] = {}
        self.messages: list[dict[str, Any]] = []
        self.masked: list[dict[str, Any]] = []
        self.examples: dict[str, int] = {}
        self.size = 200

    def add(
        self,
        message_id: str | None,
        event: str,
        observations: list[tuple[str, Observation]],
        masked: dict[str, Any] | None,
        new_paths: list[str],
    ) -> None:
        encoded = []
        for path, obs in observations:
            if path not in self.paths:
                self.paths[path] = len(self.paths)
                self.size += len(json.dumps(path)) + 1
            index = self.paths[path]
            item: list[Any] = [index, obs.kind, obs.value_matcher]
            # The exact length of `[index,"kind",null],` (or `"matcher"` for null) once serialised,
            # and of `,"spread"` where there is one.
            matcher_len = len(obs.value_matcher) + 2 if obs.value_matcher else 4
            self.size += len(str(index)) + len(obs.kind) + matcher_len + 7
            if obs.spread:
                item.append(obs.spread)
                self.size += len(obs.spread) + 3
            encoded.append(item)
        if event not in self.events:
            self.events[event] = len(self.events)
            self.size += len(json.dumps(event)) + 1
        if masked is not None and new_paths:
            self.masked.append(masked)
            self.size += len(json.dumps(masked, separators=(",", ":")))
            for path in new_paths:
                self.examples[str(self.paths[path])] = len(self.masked) - 1
                self.size += 10
        self.messages.append({"id": message_id, "e": self.events[event], "o": encoded})
        self.size += 24 + len(json.dumps(message_id))

    def to_json(self) -> str:
        return json.dumps(
            {
                "v": VERSION,
                "source": self.source_id,
                "received_at": self.received_at,
                "paths": list(self.paths),
                "events": list(self.events),
                "messages": self.messages,
                "masked": self.masked,
                "examples": self.examples,
            },
            separators=(",", ":"),
        )


def observe_messages(
    messages: Iterable[dict[str, Any]],
    engine: Engine,
    source_id: str,
    received_at: str,
    known_paths: frozenset[str] | set[str] = frozenset(),
) -> Iterator[str]:
    """Detect every leaf of every message and yield accepted messages (JSON, each < MAX_BYTES)."""
    chunk = _Chunk(source_id, received_at)
    # Paths given an example in this request; the known set is only read (it can hold the whole
    # inventory: copying it per request would cost more than the request).
    exampled: set[str] = set()
    for message in messages:
        observations = engine.observe_message(message)
        new_paths = list(
            dict.fromkeys(
                path for path, _ in observations if path not in known_paths and path not in exampled
            )
        )
        exampled.update(new_paths)
        if chunk.messages and chunk.size > MAX_BYTES:
            yield chunk.to_json()
            chunk = _Chunk(source_id, received_at)
        masked = mask_message(message) if new_paths else None
        chunk.add(message.get("messageId"), event_name(message), observations, masked, new_paths)
    if chunk.messages:
        yield chunk.to_json()


def decode(body: str) -> Accepted:
    """Parse an accepted message; raises ValueError (or KeyError/TypeError/IndexError) if corrupt."""
    data = json.loads(body)
    if data.get("v") != VERSION:
        raise ValueError("unsupported accepted-message version")
    paths: list[str] = data["paths"]
    events: list[str] = data["events"]
    accepted = Accepted(source_id=data["source"], received_at=data["received_at"])
    for item in data["messages"]:
        accepted.messages.append(
            MessageObservations(
                message_id=item["id"],
                event=events[item["e"]],
                observations=[
                    (paths[p], Observation(kind, matcher, *spread)) for p, kind, matcher, *spread in item["o"]
                ],
            )
        )
    masked: list[dict[str, Any]] = data["masked"]
    accepted.examples = {
        paths[int(index)]: masked_example(masked[position], paths[int(index)])
        for index, position in data["examples"].items()
    }
    return accepted
