"""`portal scan`: what a file of Segment messages holds, field by field.

    portal scan EVENTS [--matchers custom.json] [--format table|csv|jsonl]

EVENTS is JSON lines (one message or one `{"batch": [...]}` per line), a JSON array of messages,
a single batch object, or `-` for stdin. The file is streamed: memory grows with the number of
distinct field paths, not with the number of messages. One row per path: path, classification,
matcher, matched_on, share, count, events, reason. Progress and a summary go to stderr.
"""

import argparse
import csv
import json
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from portal.detection import Engine, Evidence, Recommendation, default_matchers
from portal.detection.matchers import Matcher, validate_custom_matchers
from portal.errors import InvalidRequest
from portal.events import event_name

COLUMNS = ("path", "classification", "matcher", "matched_on", "share", "count", "events", "reason")
# A path's event list is for reading, not accounting: past this many names only the count grows.
MAX_EVENT_NAMES = 25
PROGRESS_EVERY_SECONDS = 1.0
LARGE_INPUT_BYTES = 5 * 1024 * 1024
CHUNK_CHARS = 1 << 16
_SEVERITY = {"red": 0, "yellow": 1, "green": 2}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "scan",
        help="detect personal data in a file of Segment messages",
        description="Detect personal data field by field in a file of Segment messages.",
    )
    parser.add_argument("events", help="JSON lines, a JSON array or batch of messages, or - for stdin")
    parser.add_argument("--matchers", help="JSON file with custom matchers (a list, or {'matchers': [...]})")
    parser.add_argument("--format", choices=("table", "csv", "jsonl"), default="table", dest="output_format")
    parser.set_defaults(run=run)


@dataclass
class PathStats:
    evidence: Evidence = field(default_factory=Evidence)
    count: int = 0
    events: dict[str, None] = field(default_factory=dict)
    more_events: bool = False


@dataclass
class ScanResult:
    paths: dict[str, PathStats] = field(default_factory=dict)
    messages: int = 0
    skipped: int = 0


@dataclass(frozen=True)
class Row:
    path: str
    recommendation: Recommendation
    count: int
    events: list[str]


def run(args: argparse.Namespace) -> int:
    try:
        custom = load_custom_matchers(args.matchers) if args.matchers else []
    except (OSError, InvalidRequest) as exc:
        print(f"portal scan: --matchers: {exc}", file=sys.stderr)
        return 2
    engine = Engine(default_matchers() + custom)
    started = time.monotonic()
    try:
        source, size = _open(args.events)
    except OSError as exc:
        print(f"portal scan: cannot read {args.events}: {exc.strerror}", file=sys.stderr)
        return 2
    progress = Progress(enabled=args.events == "-" or size > LARGE_INPUT_BYTES)
    with source:
        result = scan(read_messages(source), engine, progress)
    progress.done()
    rows = rows_of(result, engine)
    write_rows(rows, args.output_format, sys.stdout)
    print(summary(result, rows, time.monotonic() - started), file=sys.stderr)
    return 0 if result.messages or not result.skipped else 1


def load_custom_matchers(path: str) -> list[Matcher]:
    with open(path, encoding="utf-8") as handle:
        try:
            data = json.load(handle)
        except ValueError:
            raise InvalidRequest("file is not valid JSON") from None
    if isinstance(data, dict):
        data = data.get("matchers")
    return validate_custom_matchers(data)


def _open(name: str) -> tuple[IO[str], int]:
    if name == "-":
        return sys.stdin, 0
    return open(name, encoding="utf-8", errors="replace"), os.path.getsize(name)


def scan(messages: Iterator[Any], engine: Engine, progress: "Progress | None" = None) -> ScanResult:
    result = ScanResult()
    for message in messages:
        if not isinstance(message, dict):
            result.skipped += 1
            continue
        result.messages += 1
        name = event_name(message) if message.get("type") else str(message.get("event") or "unknown")
        for path, obs in engine.observe_message(message):
            stats = result.paths.get(path)
            if stats is None:
                stats = result.paths[path] = PathStats()
            stats.evidence.add(obs)
            stats.count += 1
            if name not in stats.events:
                if len(stats.events) < MAX_EVENT_NAMES:
                    stats.events[name] = None
                else:
                    stats.more_events = True
        if progress is not None:
            progress.tick(result.messages, len(result.paths))
    result.skipped += getattr(messages, "skipped", 0)
    return result


class MessageReader:
    """Yields messages from JSON lines, a JSON array or a batch object; counts what it skips."""

    def __init__(self, source: IO[str]):
        self.source = source
        self.skipped = 0

    def __iter__(self) -> Iterator[Any]:
        head = ""
        while not head.strip():
            chunk = self.source.read(CHUNK_CHARS)
            if not chunk:
                return
            head += chunk
        stripped = head.lstrip()
        if stripped.startswith("["):
            yield from self._array(stripped[1:])
        else:
            yield from self._lines(head)

    def _lines(self, head: str) -> Iterator[Any]:
        buffer = head
        decoder = json.JSONDecoder()
        first = True
        while True:
            while "\n" not in buffer:
                chunk = self.source.read(CHUNK_CHARS)
                if not chunk:
                    break
                buffer += chunk
            if "\n" not in buffer:
                # The rest is one document: a last line, or one pretty-printed batch.
                yield from self._document(buffer, decoder)
                return
            line, buffer = buffer.split("\n", 1)
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except ValueError:
                if first:
                    # A pretty-printed document spans lines: read it whole (batches are ≤ 500 KB).
                    yield from self._document(line + "\n" + buffer + self.source.read(), decoder)
                    return
                self.skipped += 1
                continue
            first = False
            yield from _expand(value)

    def _document(self, text: str, decoder: json.JSONDecoder) -> Iterator[Any]:
        position = 0
        while True:
            while position < len(text) and text[position].isspace():
                position += 1
            if position >= len(text):
                return
            try:
                value, position = decoder.raw_decode(text, position)
            except ValueError:
                # Skip to the next line and carry on: one bad line must not lose the file.
                self.skipped += 1
                newline = text.find("\n", position)
                if newline < 0:
                    return
                position = newline + 1
                continue
            yield from _expand(value)

    def _array(self, buffer: str) -> Iterator[Any]:
        decoder = json.JSONDecoder()
        eof = False
        while True:
            buffer = buffer.lstrip().lstrip(",").lstrip()
            if buffer.startswith("]"):
                return
            try:
                value, end = decoder.raw_decode(buffer)
            except ValueError:
                if eof:
                    self.skipped += 1 if buffer.strip() else 0
                    return
                chunk = self.source.read(CHUNK_CHARS)
                eof = not chunk
                buffer += chunk
                continue
            if end == len(buffer) and not eof:
                # A number or literal cut at the chunk edge would decode short; read on first.
                chunk = self.source.read(CHUNK_CHARS)
                eof = not chunk
                if chunk:
                    buffer += chunk
                    continue
            yield from _expand(value)
            buffer = buffer[end:]


def read_messages(source: IO[str]) -> MessageReader:
    return MessageReader(source)


def _expand(value: Any) -> Iterator[Any]:
    """A message, or each message of a batch with the batch's context merged in."""
    if isinstance(value, dict) and isinstance(value.get("batch"), list):
        shared = value.get("context") if isinstance(value.get("context"), dict) else None
        for item in value["batch"]:
            if shared is not None and isinstance(item, dict):
                own = item.get("context") if isinstance(item.get("context"), dict) else {}
                item = {**item, "context": {**shared, **own}}
            yield item
    elif isinstance(value, list):
        yield from (item for item in value)
    else:
        yield value


def rows_of(result: ScanResult, engine: Engine) -> list[Row]:
    rows = []
    for path, stats in result.paths.items():
        events = list(stats.events) + (["…"] if stats.more_events else [])
        rows.append(Row(path, engine.recommend(path, stats.evidence), stats.count, events))
    rows.sort(key=lambda row: (_SEVERITY[row.recommendation.classification], row.path))
    return rows


def row_dict(row: Row) -> dict[str, Any]:
    rec = row.recommendation
    return {
        "path": row.path,
        "classification": rec.classification,
        "matcher": rec.matcher,
        "matched_on": rec.matched_on,
        "share": rec.share,
        "count": row.count,
        "events": row.events,
        "reason": rec.reason,
    }


def write_rows(rows: list[Row], output_format: str, out: IO[str]) -> None:
    if output_format == "jsonl":
        for row in rows:
            out.write(json.dumps(row_dict(row), ensure_ascii=False) + "\n")
        return
    if output_format == "csv":
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for row in rows:
            d = row_dict(row)
            d["events"] = ";".join(row.events)
            d["share"] = f"{row.recommendation.share:.4f}"
            writer.writerow(["" if d[c] is None else d[c] for c in COLUMNS])
        return
    table = [
        (
            row.path,
            row.recommendation.classification,
            row.recommendation.matcher or "-",
            row.recommendation.matched_on or "-",
            f"{row.recommendation.share:.2f}",
            str(row.count),
            _clip(", ".join(row.events), 40),
            row.recommendation.reason,
        )
        for row in rows
    ]
    widths = [max([len(c)] + [len(r[i]) for r in table]) for i, c in enumerate(COLUMNS[:-1])]
    out.write("  ".join(c.upper().ljust(w) for c, w in zip(COLUMNS, widths, strict=False)) + "  REASON\n")
    for r in table:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=False)) + "  " + r[-1] + "\n")


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def summary(result: ScanResult, rows: list[Row], seconds: float) -> str:
    colours = {"red": 0, "yellow": 0, "green": 0}
    for row in rows:
        colours[row.recommendation.classification] += 1
    skipped = f", {result.skipped} unreadable entries skipped" if result.skipped else ""
    return (
        f"scanned {result.messages} messages, {len(rows)} fields: {colours['red']} red, "
        f"{colours['yellow']} yellow, {colours['green']} green{skipped} in {seconds:.2f}s"
    )


class Progress:
    def __init__(self, enabled: bool):
        self.enabled = enabled
        self._next = time.monotonic() + PROGRESS_EVERY_SECONDS
        self._shown = False

    def tick(self, messages: int, paths: int) -> None:
        if not self.enabled or messages % 256:
            return
        now = time.monotonic()
        if now >= self._next:
            self._next = now + PROGRESS_EVERY_SECONDS
            self._shown = True
            print(f"\rscanned {messages} messages, {paths} fields…", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self._shown:
            print(file=sys.stderr)
