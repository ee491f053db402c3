"""`portal inbox | inventory | field | classify | matchers`: the owners' admin API from a terminal.

The API URL and token come from --url/--token or PORTAL_URL/PORTAL_TOKEN. Output is a readable
table, or the API's JSON with --json. Standard library only: the CLI needs no extra packages.
"""

import argparse
import json
import os
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from portal.admin.field_urls import encode_segment

TIMEOUT_SECONDS = 30
CLASSIFICATIONS = ("red", "yellow", "green")


class CommandError(Exception):
    """Printed to stderr; the command exits with status 1."""


class AdminClient:
    def __init__(self, base_url: str, token: str):
        self.base_url = base_url.rstrip("/")
        self.token = token

    def request(
        self, method: str, path: str, body: Any = None, query: dict[str, Any] | None = None, raw: bool = False
    ) -> Any:
        url = self.base_url + path
        query = {k: v for k, v in (query or {}).items() if v is not None}
        if query:
            url += "?" + urlencode(query)
        if not url.startswith(("http://", "https://")):
            raise CommandError("the API URL must start with http:// or https://")
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(url, data=data, method=method)  # noqa: S310 - scheme checked above
        request.add_header("Authorization", f"Bearer {self.token}")
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
                text = response.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            raise CommandError(_http_problem(exc)) from None
        except urllib.error.URLError as exc:
            raise CommandError(f"cannot reach {self.base_url}: {exc.reason}") from None
        return text if raw else json.loads(text)

    def pages(self, path: str, query: dict[str, Any], every: bool) -> Iterator[dict[str, Any]]:
        cursor = None
        while True:
            page = self.request("GET", path, query={**query, "cursor": cursor})
            yield page
            cursor = page.get("next_cursor")
            if not cursor or not every:
                return


def _http_problem(exc: urllib.error.HTTPError) -> str:
    try:
        body = json.loads(exc.read().decode("utf-8"))
        message = body.get("message") or body.get("code") or ""
        fields = ", ".join(e.get("field", "") for e in body.get("errors", []))
        detail = f"{message} ({fields})" if fields and fields not in message else message
    except (ValueError, AttributeError):
        detail = exc.reason
    hint = " — check PORTAL_TOKEN / --token" if exc.code == 401 else ""
    return f"HTTP {exc.code}: {detail}{hint}"


# ---------------------------------------------------------------- output


MAX_CELL = 60


def _clip(cell: object) -> str:
    text = str(cell).replace("\n", " ")
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def table(rows: list[list[str]], headers: list[str]) -> str:
    """Aligned columns; long cells are clipped (--json has everything)."""
    rows = [[_clip(c) for c in row] for row in rows]
    widths = [max(len(str(c)) for c in column) for column in zip(headers, *rows, strict=False)]
    lines = ["  ".join(h.upper().ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    return "\n".join(lines)


def _field_rows(items: list[dict[str, Any]]) -> list[list[str]]:
    return [
        [
            item["path"],
            item.get("classification") or f"({item['recommended']})",
            item.get("matcher") or "-",
            item.get("matched_on") or "-",
            str(item["count"]),
            ", ".join(s["name"] for s in item["sources"]),
            item["last_seen"][:19].replace("T", " "),
        ]
        for item in items
    ]


_FIELD_HEADERS = ["path", "class", "matcher", "on", "count", "sources", "last seen"]


def _counts(counts: dict[str, int] | None) -> str:
    if not counts:
        return ""
    return "  ".join(f"{name}: {counts.get(name, 0)}" for name in CLASSIFICATIONS)


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


# ---------------------------------------------------------------- commands


def _client(args: argparse.Namespace) -> AdminClient:
    if not args.url:
        raise CommandError("set PORTAL_URL or pass --url (e.g. http://127.0.0.1:3000)")
    if not args.token:
        raise CommandError("set PORTAL_TOKEN or pass --token")
    return AdminClient(args.url, args.token)


def _filters(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "classification": args.classification,
        "source": args.source,
        "environment": args.environment,
        "matcher": args.matcher,
        "event": args.event,
        "search": args.search,
        "sort": "-path" if args.reverse else None,
        "limit": args.limit,
    }


def _listing(args: argparse.Namespace, path: str, query: dict[str, Any]) -> int:
    client = _client(args)
    pages = list(client.pages(path, query, every=args.all))
    items = [item for page in pages for item in page["items"]]
    if args.json:
        _out(
            json.dumps(
                {
                    "items": items,
                    "counts": pages[0].get("counts"),
                    "next_cursor": pages[-1].get("next_cursor"),
                },
                indent=2,
            )
        )
        return 0
    _out(table(_field_rows(items), _FIELD_HEADERS) if items else "no fields")
    footer = _counts(pages[0].get("counts"))
    if pages[-1].get("next_cursor"):
        footer += "  (more: --all)"
    if footer:
        _out(footer.strip())
    return 0


def run_inbox(args: argparse.Namespace) -> int:
    return _listing(args, "/admin/inbox", {**_filters(args), "days": args.days})


def run_inventory(args: argparse.Namespace) -> int:
    if args.csv:
        sys.stdout.write(_client(args).request("GET", "/admin/inventory.csv", raw=True))
        return 0
    return _listing(args, "/admin/inventory", _filters(args))


def run_field(args: argparse.Namespace) -> int:
    detail = _client(args).request("GET", "/admin/fields/" + encode_segment(args.path))
    if args.json:
        _out(json.dumps(detail, indent=2))
        return 0
    _out(
        f"{detail['path']}  [{detail['status']}]  classification: {detail.get('classification') or '-'}"
        f"  recommended: {detail['recommended']}"
    )
    _out(f"matcher: {detail.get('matcher') or '-'} on {detail.get('matched_on') or '-'} — {detail['reason']}")
    rows = [[s["name"], s.get("environment") or "-", str(s["count"])] for s in detail["counts_by_source"]]
    _out(table(rows, ["source", "environment", "count"]))
    events = [
        [e["event"], str(e["count"]), ", ".join(s["name"] for s in e["sources"])]
        for e in detail["events_detail"]
    ]
    if events:
        _out(table(events, ["event", "count", "sources"]))
    _out("access: " + ", ".join(f"{p['name']} ({p['role']})" for p in detail["access"]))
    if detail.get("example"):
        _out("example (masked): " + json.dumps(detail["example"]["message"], sort_keys=True))
    return 0


def run_classify(args: argparse.Namespace) -> int:
    body: dict[str, Any] = {"classification": args.classification}
    if args.add:
        body["in_inventory"] = True
    detail = _client(args).request("PATCH", "/admin/fields/" + encode_segment(args.path), body=body)
    if args.json:
        _out(json.dumps(detail, indent=2))
    else:
        where = "in the inventory" if detail["status"] == "inventory" else "in the inbox"
        _out(f"{detail['path']}: {detail['classification']} ({where})")
    return 0


def _matcher_body(args: argparse.Namespace) -> dict[str, Any]:
    body = {
        "name": args.name,
        "classification": args.classification,
        "match_on": args.on,
        "precision": args.precision,
        "synonyms": args.synonym or [],
        "pattern": args.pattern,
    }
    return {k: v for k, v in body.items() if v is not None}


def run_matchers(args: argparse.Namespace) -> int:
    client = _client(args)
    action = args.matchers_action
    if action == "list":
        listing = client.request("GET", "/admin/matchers")
        if args.json:
            _out(json.dumps(listing, indent=2))
            return 0
        rows = [
            [
                m.get("id", "(default)"),
                m["name"],
                m["classification"],
                m["match_on"],
                m["precision"],
                ", ".join(m["synonyms"]),
                m.get("pattern") or "",
            ]
            for m in listing["custom"] + (listing["defaults"] if args.defaults else [])
        ]
        _out(
            table(rows, ["id", "name", "class", "on", "precision", "synonyms", "pattern"])
            if rows
            else "no custom matchers (--defaults lists the built-in ones)"
        )
        _out(f"{len(listing['custom'])} of {listing['limit']} custom matchers")
        return 0
    if action == "add":
        result = client.request("POST", "/admin/matchers", body=_matcher_body(args))
    elif action == "update":
        result = client.request("PATCH", f"/admin/matchers/{args.id}", body=_matcher_body(args))
    elif action == "rm":
        result = client.request("DELETE", f"/admin/matchers/{args.id}")
    else:
        payload = _read_json(args.payload)
        body: dict[str, Any] = {"payload": payload}
        if args.id:
            body["matcher_id"] = args.id
        else:
            body["matcher"] = {"match_on": "key", "precision": "similar", **_matcher_body(args)}
        result = client.request("POST", "/admin/matchers/test", body=body)
        if not args.json:
            flagged = [
                [f["path"], f["matched_on"], f["classification"], f["reason"]] for f in result["flagged"]
            ]
            _out(table(flagged, ["path", "on", "class", "reason"]) if flagged else "nothing flagged")
            return 0
    _out(json.dumps(result, indent=2) if args.json else _matcher_summary(action, result))
    return 0


def _matcher_summary(action: str, result: dict[str, Any]) -> str:
    if action == "rm":
        return f"deleted {result['deleted']}; {result['reevaluated']} inbox field(s) re-evaluated"
    return (
        f"{result['id']} {result['name']} ({result['classification']}, {result['match_on']}); "
        f"{result['reevaluated']} inbox field(s) re-evaluated"
    )


def _read_json(path: str) -> Any:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        return json.loads(text)
    except (OSError, ValueError) as exc:
        raise CommandError(f"--payload must be a readable JSON file: {exc}") from None


# ---------------------------------------------------------------- wiring


def _guarded(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def guarded(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except CommandError as exc:
            sys.stderr.write(f"portal: {exc}\n")
            return 1

    return guarded


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--url", default=os.environ.get("PORTAL_URL"), help="API base URL (env PORTAL_URL)")
    parser.add_argument(
        "--token", default=os.environ.get("PORTAL_TOKEN"), help="owner token (env PORTAL_TOKEN)"
    )
    parser.add_argument("--json", action="store_true", help="print the API's JSON")


def _listing_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--classification", choices=CLASSIFICATIONS)
    parser.add_argument("--source", help="source id")
    parser.add_argument("--environment", help="e.g. production")
    parser.add_argument("--matcher", help="matcher name")
    parser.add_argument("--event", help="event name")
    parser.add_argument("--search", help="substring of the field path")
    parser.add_argument("--reverse", action="store_true", help="Z to A")
    parser.add_argument("--limit", type=int, default=50, help="items per page (1-200)")
    parser.add_argument("--all", action="store_true", help="follow the cursor through every page")


def _matcher_options(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--name", required=required)
    parser.add_argument("--classification", choices=("red", "yellow"), required=required)
    parser.add_argument("--on", choices=("key", "value"), default="key" if required else None)
    parser.add_argument("--precision", choices=("exact", "similar"), default="similar" if required else None)
    parser.add_argument("--synonym", action="append", help="repeat for several")
    parser.add_argument("--pattern", help="RE2 (Go regexp) syntax")


def register(subparsers: argparse._SubParsersAction) -> None:
    inbox = subparsers.add_parser("inbox", help="fields seen recently, with recommended classifications")
    _common(inbox)
    _listing_options(inbox)
    inbox.add_argument("--days", type=int, default=7, help="how far back (default 7)")
    inbox.set_defaults(run=_guarded(run_inbox))

    inventory = subparsers.add_parser("inventory", help="classified fields; --csv exports all of them")
    _common(inventory)
    _listing_options(inventory)
    inventory.add_argument("--csv", action="store_true", help="the whole inventory as CSV (filters ignored)")
    inventory.set_defaults(run=_guarded(run_inventory))

    field = subparsers.add_parser("field", help="one field: counts per source, events, access, example")
    _common(field)
    field.add_argument("path")
    field.set_defaults(run=_guarded(run_field))

    classify = subparsers.add_parser("classify", help="set a field's classification")
    _common(classify)
    classify.add_argument("path")
    classify.add_argument("classification", choices=CLASSIFICATIONS)
    classify.add_argument("--add", action="store_true", help="also add it to the inventory")
    classify.set_defaults(run=_guarded(run_classify))

    matchers = subparsers.add_parser("matchers", help="list, add, update, remove and test custom matchers")
    actions = matchers.add_subparsers(dest="matchers_action", required=True)
    listing = actions.add_parser("list", help="custom matchers (--defaults adds the built-in ones)")
    listing.add_argument("--defaults", action="store_true")
    add = actions.add_parser("add", help="create a custom matcher")
    _matcher_options(add, required=True)
    update = actions.add_parser("update", help="change a custom matcher")
    update.add_argument("id")
    _matcher_options(update, required=False)
    remove = actions.add_parser("rm", help="delete a custom matcher")
    remove.add_argument("id")
    test = actions.add_parser("test", help="what a matcher would flag in a sample message")
    test.add_argument("--id", help="a stored custom matcher (else describe one with --name ...)")
    test.add_argument("--payload", required=True, help="JSON file with a Segment message, or -")
    _matcher_options(test, required=False)
    for parser in (listing, add, update, remove, test):
        _common(parser)
    matchers.set_defaults(run=_guarded(run_matchers))
