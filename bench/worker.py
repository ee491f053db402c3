"""One benchmark run of one system, in its own process so peak memory is its own.

    python bench/worker.py SYSTEM TIMING_EVENTS LABELLED_EVENTS OUT_JSON [--limit N]

Pins itself to one core, loads the events (untimed), warms up, times one pass over the timing
events, then runs over the labelled events and records each field path's verdict for scoring.
Systems: engine, engine-observe, naive, datafog, presidio.
"""

import json
import os
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from portal.events import flatten

WARMUP_EVENTS = 200
ROUNDS = 5


def load(path: str, limit: int | None = None) -> list[dict]:
    with open(path) as lines:
        events = [json.loads(line) for line in lines if line.strip()]
    return events[:limit] if limit else events


# Each system is a factory returning (process_event, verdicts) where process_event(event) does
# the system's full per-event work and verdicts(events) -> {path: [classification, type]}.
System = tuple[Callable[[dict], Any], Callable[[list[dict]], dict[str, list]]]


def engine_system(aggregate: bool) -> System:
    from portal.detection import Engine, Evidence, default_matchers

    engine = Engine(default_matchers())
    observe_message = engine.observe_message
    evidence: dict[str, Evidence] = defaultdict(Evidence)

    def process(event: dict) -> None:
        if aggregate:
            for path, obs in observe_message(event):
                evidence[path].add(obs)
        else:
            observe_message(event)

    def verdicts(events: list[dict]) -> dict[str, list]:
        # Scored exactly as the corpus test scores the engine, on a fresh engine.
        from tests.corpus.evaluate import engine_predictions

        return {path: [p.classification, p.type] for path, p in engine_predictions(events).items()}

    return process, verdicts


def naive_system() -> System:
    """What one writes first: every value pattern, Python `re`, flag a path on any hit."""
    import re

    from portal.detection import default_matchers

    patterns = [
        (m.name, m.classification, re.compile(m.pattern))
        for m in default_matchers()
        if m.match_on == "value" and m.pattern
    ]

    def scan_value(value: Any) -> tuple[str, str] | None:
        if isinstance(value, str):
            for name, colour, pattern in patterns:
                if pattern.search(value):
                    return name, colour
        return None

    def process(event: dict) -> None:
        for _path, value in flatten(event):
            scan_value(value)

    def verdicts(events: list[dict]) -> dict[str, list]:
        out: dict[str, list] = {}
        for event in events:
            for path, value in flatten(event):
                hit = scan_value(value)
                if hit and path not in out:
                    out[path] = [hit[1], hit[0]]
        return out

    return process, verdicts


# Entity types of the peers, mapped to our matcher names and colours for scoring.
PEER_TYPES = {
    "EMAIL": "email",
    "EMAIL_ADDRESS": "email",
    "PHONE": "phone",
    "PHONE_NUMBER": "phone",
    "CREDIT_CARD": "credit card",
    "SSN": "social security number",
    "US_SSN": "social security number",
    "IP_ADDRESS": "ip",
    "PERSON": "name",
    "DATE": "birthdate",
    "DATE_TIME": "birthdate",
    "ZIP_CODE": "zipcode",
    "API_KEY": "secret",
    "PRIVATE_KEY": "secret",
    "CREDENTIAL_URI": "secret",
    "BEARER_TOKEN": "token",
    "JWT": "token",
    "US_ROUTING_NUMBER": "bank account",
    "US_BANK_NUMBER": "bank account",
    "IBAN_CODE": "bank account",
    "DE_IBAN": "bank account",
    "NPI": "health id",
    "MAC_ADDRESS": "mac",
    "US_PASSPORT": "passport",
    "US_DRIVER_LICENSE": "license",
    "US_ITIN": "national id",
    "UK_NHS": "health id",
    "MEDICAL_LICENSE": "license",
    "CRYPTO": "bank account",
    "UUID": "uuid",
    "URL": "url",
}
RED = {"credit card", "social security number", "secret", "token", "bank account", "passport", "national id"}


def colour(type_: str) -> str:
    return "red" if type_ in RED else "yellow"


def pointer_to_path(pointer: str) -> str:
    """datafog's JSON pointer (/properties/products/0/name) as our field path."""
    out = ""
    for raw in pointer.lstrip("/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if part.isdigit():
            out += "[]"
        else:
            out += ("." if out else "") + part
    return out


def datafog_system() -> System:
    import datafog_core

    def process(event: dict) -> None:
        datafog_core.scan_structured(event)

    def verdicts(events: list[dict]) -> dict[str, list]:
        out: dict[str, list] = {}
        for event in events:
            result = datafog_core.scan_structured(event)
            for finding in result.findings:
                path = pointer_to_path(finding.path)
                type_ = PEER_TYPES.get(finding.finding.entity_type, finding.finding.entity_type.lower())
                out.setdefault(path, [colour(type_), type_])
        return out

    return process, verdicts


PRESIDIO_THRESHOLD = 0.5


def presidio_system() -> System:
    # No network here: tldextract (used by the e-mail and URL recognizers) must use its bundled
    # public-suffix snapshot instead of fetching one.
    import spacy
    import tldextract
    import tldextract.tldextract as tld_module
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    tld_module.TLD_EXTRACTOR = offline
    tldextract.extract = offline

    class BlankNlpEngine(SpacyNlpEngine):
        """A tokenizer only (spacy.blank): no model is downloaded or loaded."""

        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    nlp = BlankNlpEngine(models=[{"lang_code": "en", "model_name": "blank"}])
    nlp.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"])
    registry.recognizers = [r for r in registry.recognizers if type(r).__name__ != "SpacyRecognizer"]
    analyzer = AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["en"])

    def analyze(path: str, value: Any) -> list:
        if not isinstance(value, str) or not value:
            return []
        # Like its dict analyzer: the key names are the context words.
        context = [part.strip("[]") for part in path.split(".")[1:]]
        results = analyzer.analyze(value, language="en", context=context)
        return [r for r in results if r.score >= PRESIDIO_THRESHOLD]

    def process(event: dict) -> None:
        for path, value in flatten(event):
            analyze(path, value)

    def verdicts(events: list[dict]) -> dict[str, list]:
        out: dict[str, list] = {}
        for event in events:
            for path, value in flatten(event):
                for result in analyze(path, value):
                    type_ = PEER_TYPES.get(result.entity_type, result.entity_type.lower())
                    out.setdefault(path, [colour(type_), type_])
        return out

    return process, verdicts


SYSTEMS: dict[str, Callable[[], System]] = {
    "engine": lambda: engine_system(aggregate=True),
    "engine-observe": lambda: engine_system(aggregate=False),
    "naive": naive_system,
    "datafog": datafog_system,
    "presidio": presidio_system,
}


def versions(system: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    package = {"datafog": "datafog-core", "presidio": "presidio-analyzer"}.get(system)
    if package is None:
        return "this repo"
    try:
        return f"{package} {version(package)}"
    except PackageNotFoundError:
        return package


def main(argv: list[str]) -> int:
    system, timing_path, labelled_path, out_path = argv[:4]
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    timing = load(timing_path, limit)
    labelled = load(labelled_path)
    try:
        process, verdicts = SYSTEMS[system]()
    except ImportError as exc:
        with open(out_path, "w") as out:
            json.dump({"system": system, "error": f"not installed: {exc}"}, out)
        return 0
    leaves = sum(1 for event in timing for _ in flatten(event))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # CPU time of this process, best of a few rounds, each with a fresh system warmed up on the
    # labelled corpus (so the timed values are unseen): a shared machine's load must not decide.
    rounds = 1 if system == "presidio" else ROUNDS
    seconds = float("inf")
    for round_ in range(rounds):
        if round_:
            process, verdicts = SYSTEMS[system]()
        for event in labelled[:WARMUP_EVENTS]:
            process(event)
        started = time.process_time()
        for event in timing:
            process(event)
        seconds = min(seconds, time.process_time() - started)
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {
        "system": system,
        "version": versions(system),
        "events": len(timing),
        "leaves": leaves,
        "seconds": seconds,
        "us_per_event": seconds / len(timing) * 1e6,
        "events_per_second": len(timing) / seconds,
        "peak_rss_mb": rss_peak / 1024,
        "rss_growth_mb": (rss_peak - rss_before) / 1024,
        "verdicts": verdicts(labelled) if "--no-verdicts" not in argv else {},
    }
    with open(out_path, "w") as out:
        json.dump(result, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
