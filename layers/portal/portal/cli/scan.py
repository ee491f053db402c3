"""`portal scan`: what a file of Segment messages holds, field by field (detection issue)."""

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("scan", help="detect personal data in a file of Segment messages")
    parser.add_argument("events", help="JSON lines, a JSON batch, or - for stdin")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    raise SystemExit("portal scan is not built yet")
