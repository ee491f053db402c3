"""The `portal` command. Each sub-command module exposes `register(subparsers)`."""

import argparse
import sys

from portal.cli import admin, scan


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="portal", description="Privacy Portal command line")
    subparsers = parser.add_subparsers(dest="command", required=True)
    scan.register(subparsers)
    admin.register(subparsers)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
