"""API Gateway HTTP API in front of the handlers: routes, payload v2 events and responses.

Follows what HTTP APIs deliver: rawPath and pathParameters URL-decoded, headers lower-cased with
repeated headers joined by commas, the Cookie header moved to `cookies`, and the body base64-encoded
unless it is uncompressed text (so gzip bodies arrive with isBase64Encoded: true).
"""

from __future__ import annotations

import base64
import json
import re
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from email.utils import formatdate
from typing import Any
from urllib.parse import parse_qsl, unquote

from local.template import HttpRoute

# HTTP APIs refuse larger payloads before the function sees them.
MAX_PAYLOAD_BYTES = 10 * 1024 * 1024
API_ID = "local"

_TEXT_TYPES = re.compile(
    r"^(text/.*|application/(json|javascript|xml|.*\+json|.*\+xml))$",
)


@dataclass(frozen=True)
class RouteMatch:
    route: HttpRoute
    path_parameters: dict[str, str]


class Router:
    """HTTP API route selection: the most specific path wins, then a method over ANY."""

    def __init__(self, routes: Iterable[HttpRoute]) -> None:
        self._routes: list[tuple[tuple[int, int, int], re.Pattern[str] | None, HttpRoute]] = []
        for route in routes:
            if route.path == "$default":
                self._routes.append(((2, 0, 0), None, route))
                continue
            pattern, greedy, literal = _compile(route.path)
            # Lower sorts first: non-greedy paths, longer literal text, explicit methods.
            rank = (1 if greedy else 0, -literal, 1 if route.method == "ANY" else 0)
            self._routes.append((rank, pattern, route))
        self._routes.sort(key=lambda entry: entry[0])

    def match(self, method: str, path: str) -> RouteMatch | None:
        for _, pattern, route in self._routes:
            if route.method not in ("ANY", method.upper()):
                continue
            if pattern is None:
                return RouteMatch(route, {})
            found = pattern.fullmatch(path)
            if found:
                return RouteMatch(route, {k: v for k, v in found.groupdict().items() if v is not None})
        return None


def _compile(path: str) -> tuple[re.Pattern[str], bool, int]:
    regex = ""
    greedy = False
    literal = 0
    for piece in re.split(r"(\{[^}]+\})", path):
        if piece.startswith("{") and piece.endswith("}"):
            name = piece[1:-1]
            if name.endswith("+"):
                greedy = True
                regex += f"(?P<{_group(name[:-1])}>.+)"
            else:
                regex += f"(?P<{_group(name)}>[^/]+)"
        else:
            literal += len(piece)
            regex += re.escape(piece)
    return re.compile(regex), greedy, literal


def _group(name: str) -> str:
    if not name.isidentifier():
        raise ValueError(f"path parameter {name!r} is not supported locally")
    return name


def is_text(headers: Mapping[str, str]) -> bool:
    """Whether an HTTP API would pass the body as text rather than base64."""
    encoding = headers.get("content-encoding", "").strip().lower()
    if encoding and encoding != "identity":
        return False
    content_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return bool(_TEXT_TYPES.match(content_type))


def http_event(
    method: str,
    target: str,
    *,
    headers: Iterable[tuple[str, str]] | Mapping[str, str] = (),
    body: bytes | str | None = None,
    match: RouteMatch | None = None,
    source_ip: str = "127.0.0.1",
    request_id: str | None = None,
) -> dict[str, Any]:
    """A payload-v2 event for a request line target ("/path?query") as API Gateway builds it.

    Tests call this directly to build handler events; the HTTP front calls it per request.
    """
    raw_path, _, raw_query = target.partition("?")
    path = unquote(raw_path)
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    merged: dict[str, str] = {}
    cookies: list[str] = []
    for name, value in pairs:
        key = name.lower()
        if key == "cookie":
            cookies.extend(c.strip() for c in value.split(";") if c.strip())
            continue
        merged[key] = f"{merged[key]},{value}" if key in merged else value
    data = body.encode("utf-8") if isinstance(body, str) else (body or b"")
    now = time.time()
    request_id = request_id or _request_id()
    route_key = match.route.route_key if match else "$default"
    event: dict[str, Any] = {
        "version": "2.0",
        "routeKey": route_key,
        "rawPath": path,
        "rawQueryString": raw_query,
        "headers": merged,
        "requestContext": {
            "accountId": "anonymous",
            "apiId": API_ID,
            "domainName": merged.get("host", "localhost"),
            "domainPrefix": merged.get("host", "localhost").split(".", 1)[0],
            "http": {
                "method": method.upper(),
                "path": path,
                "protocol": "HTTP/1.1",
                "sourceIp": source_ip,
                "userAgent": merged.get("user-agent", ""),
            },
            "requestId": request_id,
            "routeKey": route_key,
            "stage": "$default",
            "time": formatdate(now, usegmt=True),
            "timeEpoch": int(now * 1000),
        },
        "isBase64Encoded": False,
    }
    if cookies:
        event["cookies"] = cookies
    if raw_query:
        query: dict[str, str] = {}
        for key, value in parse_qsl(raw_query, keep_blank_values=True):
            query[key] = f"{query[key]},{value}" if key in query else value
        event["queryStringParameters"] = query
    if match and match.path_parameters:
        # Matched against the decoded path already, so no second unquote.
        event["pathParameters"] = dict(match.path_parameters)
    if data:
        if is_text(merged):
            try:
                event["body"] = data.decode("utf-8")
            except UnicodeDecodeError:
                event["body"] = base64.b64encode(data).decode("ascii")
                event["isBase64Encoded"] = True
        else:
            event["body"] = base64.b64encode(data).decode("ascii")
            event["isBase64Encoded"] = True
    return event


def _request_id() -> str:
    return uuid.uuid4().hex[:16] + "="


@dataclass(frozen=True)
class HttpResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


def http_response(result: Any) -> HttpResponse:
    """Maps a handler's return value to HTTP the way payload v2 does, including its inference."""
    if isinstance(result, Mapping) and "statusCode" in result:
        headers = [(str(k), str(v)) for k, v in (result.get("headers") or {}).items()]
        headers += [("set-cookie", str(c)) for c in result.get("cookies") or []]
        raw = result.get("body")
        if raw is None:
            body = b""
        elif result.get("isBase64Encoded"):
            body = base64.b64decode(raw)
        else:
            body = str(raw).encode("utf-8")
        return HttpResponse(int(result["statusCode"]), headers, body)
    # Without a statusCode, an HTTP API treats the return value as a JSON 200 body.
    text = result if isinstance(result, str) else json.dumps(result)
    return HttpResponse(200, [("content-type", "application/json")], text.encode("utf-8"))


def error_response(status: int, message: str) -> HttpResponse:
    body = json.dumps({"message": message}).encode("utf-8")
    return HttpResponse(status, [("content-type", "application/json")], body)
