"""Every holdout's predictions in one file, their pooled scores, and what changed between two.

    python -m tests.corpus.dumps dump OUT [--sealed LO-HI]   # all holdouts, on two processes
    python -m tests.corpus.dumps score DUMP LO HI            # per holdout and pooled, LO..HI
    python -m tests.corpus.dumps diff A B [-q]               # paths fixed and broken, A -> B

How a session measures a change: a dump before it and one after, then `diff` (the counts go into
the commit message). A sealed wave is left out of dumps (`--sealed 283-289`) until its unseen
score has been taken, with `score` on a dump made with `--sealed` off, once, before any change.
Personal or not is what counts as fixed or broken; a type changed on a personal path is counted
apart. Scores are evaluate.py's, pooled over the holdouts' labelled paths.
"""

import argparse
import json
import re
import sys
from multiprocessing import Pool
from pathlib import Path

from tests.corpus.evaluate import (
    CORPORA,
    Prediction,
    Report,
    Scores,
    engine_predictions,
    evaluate,
    load_events,
)

Dump = dict[str, dict[str, list]]  # holdout -> path -> [classification, type, reason]


def holdouts(sealed: range = range(0)) -> list[str]:
    """The numbered holdouts whose files exist, in order, less the sealed ones."""
    numbered = (re.fullmatch(r"holdout(\d+)", name) for name in CORPORA)
    return [
        f"holdout{n}"
        for n in sorted(int(m.group(1)) for m in numbered if m)
        if n not in sealed and CORPORA[f"holdout{n}"][0].exists()
    ]


def predict(name: str) -> dict[str, list]:
    predictions = engine_predictions(load_events(CORPORA[name][0]))
    return {path: [p.classification, p.type, p.reason] for path, p in predictions.items()}


def dump(names: list[str], processes: int = 2) -> Dump:
    with Pool(processes) as pool:
        return dict(zip(names, pool.map(predict, names, chunksize=4), strict=True))


def labels(name: str) -> dict[str, dict]:
    return json.loads(CORPORA[name][1].read_text())


def report(name: str, predictions: dict[str, list]) -> Report:
    return evaluate(labels(name), {path: Prediction(*p) for path, p in predictions.items()})


def pooled(reports: list[Report]) -> tuple[Scores, Scores]:
    """Overall and value-only scores over every report's paths together."""
    overall, value_only = Scores(), Scores()
    for r in reports:
        for total, part in ((overall, r.overall), (value_only, r.value_only)):
            total.tp += part.tp
            total.fp += part.fp
            total.fn += part.fn
    return overall, value_only


def line(name: str, overall: Scores, value_only: Scores) -> str:
    found = value_only.tp + value_only.fn
    return (
        f"{name}: P {overall.precision:.3f} R {overall.recall:.3f} F1 {overall.f1:.3f} value-only "
        f"{value_only.recall:.3f} ({value_only.tp}/{found}); tp {overall.tp} fp {overall.fp} fn {overall.fn}"
    )


def changes(before: Dump, after: Dump, labels_of=labels) -> list[tuple[str, str, str, dict, list, list]]:
    """(kind, holdout, path, label, before, after) for each labelled path whose personal-or-not
    reading changed (`fixed` or `broken`), or whose type changed on a path read personal in both
    (`type fixed`, `type broken`), in the holdouts both dumps hold."""
    out = []
    unseen = ["green", None, "not seen"]
    for name in [n for n in before if n in after]:
        for path, label in labels_of(name).items():
            truth = label["classification"] != "green"
            a, b = before[name].get(path, unseen), after[name].get(path, unseen)
            said_a, said_b = a[0] != "green", b[0] != "green"
            if said_a != said_b:
                out.append(("fixed" if said_b == truth else "broken", name, path, label, a, b))
            elif truth and said_a and a[1] != b[1]:
                types = label["type"].split("|") if label["type"] else []
                if (a[1] in types) != (b[1] in types):
                    out.append(("type fixed" if b[1] in types else "type broken", name, path, label, a, b))
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.corpus.dumps", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("dump", help="write every holdout's predictions to OUT")
    make.add_argument("out", type=Path)
    make.add_argument("--sealed", default="", help="LO-HI: holdouts left out (a sealed wave)")
    score = commands.add_parser("score", help="per-holdout and pooled scores of holdouts LO..HI in DUMP")
    score.add_argument("dump", type=Path)
    score.add_argument("lo", type=int)
    score.add_argument("hi", type=int)
    diff = commands.add_parser("diff", help="labelled paths whose reading changed from A to B")
    diff.add_argument("a", type=Path)
    diff.add_argument("b", type=Path)
    diff.add_argument("-q", action="store_true", help="counts and broken paths only")
    args = parser.parse_args(argv)

    if args.command == "dump":
        lo, _, hi = args.sealed.partition("-")
        sealed = range(int(lo), int(hi) + 1) if lo else range(0)
        names = holdouts(sealed)
        args.out.write_text(json.dumps(dump(names)))
        print(f"{len(names)} holdouts dumped to {args.out}")
    elif args.command == "score":
        predictions: Dump = json.loads(args.dump.read_text())
        names = [f"holdout{n}" for n in range(args.lo, args.hi + 1) if f"holdout{n}" in predictions]
        reports = [report(name, predictions[name]) for name in names]
        for name, r in zip(names, reports, strict=True):
            print(line(name, r.overall, r.value_only))
        print(line(f"pooled {args.lo}-{args.hi}", *pooled(reports)))
    else:
        found = changes(json.loads(args.a.read_text()), json.loads(args.b.read_text()))
        for kind, name, path, label, a, b in found:
            if not args.q or kind.endswith("broken"):
                print(f"{kind.upper()} {name} {path}: {label['classification']}/{label['type']} {a} -> {b}")
        counts = {kind: sum(1 for c in found if c[0] == kind) for kind in ("fixed", "broken")}
        types = {kind: sum(1 for c in found if c[0] == kind) for kind in ("type fixed", "type broken")}
        print(
            f"fixed {counts['fixed']} broken {counts['broken']}; "
            f"type fixed {types['type fixed']} type broken {types['type broken']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
