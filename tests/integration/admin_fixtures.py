"""The admin tests' helpers: an API Gateway v2 event builder, seeding of fields and tokens, and the
`aws` fixture (conftest's `stack` plus a known first owner token)."""

import base64
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlencode

import pytest

from local.provision import Stack

FIRST_OWNER_TOKEN = "ppo_first-owner-token-for-tests-0123456789abcdef"


@pytest.fixture
def aws(stack: Stack) -> Iterator[Stack]:
    """conftest's fresh moto world from template.yaml, with a known first owner token."""
    stack.client("secretsmanager").put_secret_value(
        SecretId=os.environ["FIRST_OWNER_TOKEN_SECRET"], SecretString=FIRST_OWNER_TOKEN
    )
    yield stack


# ---------------------------------------------------------------- events


def admin_event(
    method: str,
    path: str,
    token: str | None = None,
    body: Any = None,
    query: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
    raw_body: str | None = None,
) -> dict[str, Any]:
    """An API Gateway HTTP API (payload v2) event for `ANY /admin/{proxy+}`.

    Like API Gateway, the path arrives URL-decoded in rawPath (`path` is what the client sent).
    """
    path = unquote(path)
    all_headers = {"host": "portal.test", "user-agent": "tests"}
    if token is not None:
        all_headers["authorization"] = f"Bearer {token}"
    if body is not None or raw_body is not None:
        all_headers["content-type"] = "application/json"
    all_headers.update(headers or {})
    text = raw_body if raw_body is not None else (json.dumps(body) if body is not None else None)
    query = {k: str(v) for k, v in (query or {}).items() if v is not None}
    return {
        "version": "2.0",
        "routeKey": "ANY /admin/{proxy+}",
        "rawPath": path,
        "rawQueryString": urlencode(query),
        "headers": all_headers,
        "queryStringParameters": query or None,
        "pathParameters": {"proxy": path.removeprefix("/admin/")},
        "requestContext": {
            "accountId": "123456789012",
            "apiId": "api",
            "domainName": "portal.test",
            "http": {
                "method": method,
                "path": path,
                "protocol": "HTTP/1.1",
                "sourceIp": "127.0.0.1",
                "userAgent": "tests",
            },
            "requestId": "req",
            "routeKey": "ANY /admin/{proxy+}",
            "stage": "$default",
            "time": "29/Nov/2026:00:00:00 +0000",
            "timeEpoch": 0,
        },
        "body": text,
        "isBase64Encoded": False,
    }


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    text: str

    @property
    def json(self) -> Any:
        return json.loads(self.text)


class LambdaContext:
    function_name = "admin"
    memory_limit_in_mb = 512
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:admin"
    aws_request_id = "req"


def call(
    method: str, path: str, token: str | None = FIRST_OWNER_TOKEN, body: Any = None, **kwargs: Any
) -> Answer:
    from admin_fn import app

    result = app.lambda_handler(admin_event(method, path, token, body, **kwargs), LambdaContext())
    text = result.get("body") or ""
    if result.get("isBase64Encoded"):
        text = base64.b64decode(text).decode()
    return Answer(
        result["statusCode"], {k.lower(): v for k, v in (result.get("headers") or {}).items()}, text
    )


def field_url(path: str) -> str:
    from portal.admin.field_urls import encode_segment

    return "/admin/fields/" + encode_segment(path)


# ---------------------------------------------------------------- seeding


def seed_field(
    path: str,
    *,
    status: str = "inbox",
    recommended: str = "yellow",
    classification: str | None = None,
    sources: dict[str, int] | None = None,
    events: dict[str, dict[str, int]] | None = None,
    days: dict[str, dict[str, int]] | None = None,
    last_seen: str | None = None,
    matcher: str | None = None,
    matched_on: str | None = None,
    evidence: dict[str, int] | None = None,
    example: str = "",
) -> None:
    """A field as classify writes it: the META item plus its day and event counter items."""
    from datetime import UTC, datetime

    from portal.storage.fields import META, FieldCounter, FieldRecord, day_key, event_key, field_key

    now = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    sources = sources or {"web": 1}
    events = events or {"Order Completed": dict(sources)}
    FieldRecord(
        field_key(path),
        META,
        path=path,
        status=status,
        recommended=recommended,
        classification=classification,
        matcher=matcher,
        matched_on=matched_on,
        share=1.0,
        reason="seeded",
        example=example,
        first_seen=last_seen or now,
        last_seen=last_seen or now,
        count=sum(sources.values()),
        sources=set(sources),
        events=set(events),
        evidence=evidence or {"n": sum(sources.values()), "kind:string": sum(sources.values())},
        source_counts=dict(sources),
    ).save()
    for event, per_source in events.items():
        for source, count in per_source.items():
            FieldCounter(
                field_key(path),
                event_key(event, source),
                count=count,
                event=event,
                source=source,
                last_seen=now,
            ).save()
    for source, per_day in (days or {}).items():
        for day, count in per_day.items():
            FieldCounter(field_key(path), day_key(day, source), count=count, day=day, source=source).save()


def create_token(role: str = "owner", sources: list[str] | None = None, name: str = "t") -> dict[str, Any]:
    answer = call("POST", "/admin/tokens", body={"name": name, "role": role, "sources": sources})
    assert answer.status == 201, answer.text
    return answer.json


def create_source(name: str = "web", environment: str = "production") -> dict[str, Any]:
    answer = call("POST", "/admin/sources", body={"name": name, "environment": environment})
    assert answer.status == 201, answer.text
    return answer.json
