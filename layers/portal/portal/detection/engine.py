"""Minimal engine behind the stable interface; the detection issue replaces the internals."""

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from portal.detection.matchers import Classification, Matcher
from portal.detection.similarity import dice

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SEPARATORS = re.compile(r"[\s_\-.\[\]]+")


def normalise_key(key: str) -> str:
    return _SEPARATORS.sub(" ", _CAMEL.sub(" ", key)).strip().lower()


def value_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    return "string"


@dataclass(frozen=True)
class Observation:
    kind: str
    value_matcher: str | None


@dataclass
class Evidence:
    """Counts per path; mergeable and storable as flat integer counters."""

    counts: Counter = field(default_factory=Counter)

    def add(self, obs: Observation) -> None:
        self.counts["n"] += 1
        self.counts[f"kind:{obs.kind}"] += 1
        if obs.value_matcher:
            self.counts[f"value:{obs.value_matcher}"] += 1

    def merge(self, other: "Evidence") -> None:
        self.counts.update(other.counts)

    def to_dict(self) -> dict[str, int]:
        return dict(self.counts)

    @classmethod
    def from_dict(cls, data: dict[str, int]) -> "Evidence":
        return cls(Counter({k: int(v) for k, v in data.items()}))


@dataclass(frozen=True)
class Recommendation:
    classification: Classification
    matcher: str | None
    matched_on: str | None
    share: float
    reason: str


class Engine:
    def __init__(self, matchers: list[Matcher]):
        self.matchers = list(matchers)
        self._key_matchers = [m for m in matchers if m.match_on == "key"]
        self._value_matchers = [(m, re.compile(m.pattern)) for m in matchers
                                if m.match_on == "value" and m.pattern]
        self._key_cache: dict[str, Matcher | None] = {}

    def key_match(self, path: str) -> Matcher | None:
        if path not in self._key_cache:
            leaf = normalise_key(path.rsplit(".", 1)[-1])
            best, best_score = None, 0.7
            for matcher in self._key_matchers:
                for name in (matcher.name, *matcher.synonyms):
                    score = 1.0 if leaf == name else dice(leaf, name)
                    if score > best_score or (score == 1.0 and best_score < 1.0):
                        best, best_score = matcher, score
            self._key_cache[path] = best
        return self._key_cache[path]

    def observe(self, path: str, value: Any) -> Observation:
        kind = value_kind(value)
        hit = None
        if kind == "string":
            for matcher, pattern in self._value_matchers:
                if pattern.fullmatch(value):
                    hit = matcher.name
                    break
        return Observation(kind, hit)

    def recommend(self, path: str, evidence: Evidence) -> Recommendation:
        n = max(evidence.counts["n"], 1)
        key = self.key_match(path)
        if key is not None:
            return Recommendation(key.classification, key.name, "key", 1.0,
                                  f"key matches '{key.name}'")
        hits = [(c, k.split(":", 1)[1]) for k, c in evidence.counts.items() if k.startswith("value:")]
        if hits:
            count, name = max(hits)
            if count / n >= 0.8:
                matcher = next(m for m in self.matchers if m.name == name)
                return Recommendation(matcher.classification, name, "value", count / n,
                                      f"{count} of {n} values look like {name}")
        return Recommendation("green", None, None, 0.0, "no matcher fired")
