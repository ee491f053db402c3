"""The configuration ingest needs on every request, cached per container.

Ingest must know write keys, matchers and the fields already seen without a database read per
request. It keeps a snapshot and re-reads it only when the snapshot version (bumped by every
admin change that matters) moves; the version itself is checked every few seconds.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass

from portal.detection import Engine


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    environment: str
    enabled: bool


@dataclass(frozen=True)
class Snapshot:
    version: str
    sources_by_key_hash: dict[str, Source]
    known_paths: frozenset[str]
    engine: Engine


class VersionedCache[T]:
    """A value rebuilt only when the config snapshot version moves, checked at most every few seconds."""

    def __init__(
        self,
        check_seconds: float,
        load: Callable[[str], T],
        read_version: Callable[[], str],
        clock: Callable[[], float] = time.monotonic,
    ):
        self._check_seconds = check_seconds
        self._read_version = read_version
        self._load = load
        self._clock = clock
        self._value: T | None = None
        self._version: str | None = None
        self._checked_at = float("-inf")

    def get(self, max_age: float | None = None) -> T:
        """The value, re-checked if older than `max_age` (default: the configured interval)."""
        now = self._clock()
        limit = self._check_seconds if max_age is None else max_age
        if self._value is None or now - self._checked_at >= limit:
            version = self._read_version()
            if self._value is None or version != self._version:
                self._value = self._load(version)
                self._version = version
            self._checked_at = now
        return self._value
