"""Response shapes of the admin API, for the OpenAPI spec (the handlers return plain dicts built
in portal.admin; these models document them and the tests check the two agree)."""

from typing import Any, Literal

from pydantic import BaseModel as _PydanticModel
from pydantic import ConfigDict

Classification = Literal["red", "yellow", "green"]


class BaseModel(_PydanticModel):
    # Forbidding extras lets the tests catch an answer that grew a key the spec does not show.
    model_config = ConfigDict(extra="forbid")


class SourceRef(BaseModel):
    id: str
    name: str


class FieldSummary(BaseModel):
    path: str
    status: Literal["inbox", "inventory"]
    classification: Classification | None
    recommended: Classification
    effective: Classification
    matcher: str | None
    matched_on: Literal["key", "value"] | None
    share: float
    reason: str
    count: int
    sources: list[SourceRef]
    events: list[str]
    first_seen: str
    last_seen: str


class Counts(BaseModel):
    red: int
    yellow: int
    green: int


class FieldListing(BaseModel):
    items: list[FieldSummary]
    next_cursor: str | None
    sort: str
    counts: Counts | None = None
    days: int | None = None


class DailyCount(BaseModel):
    day: str
    count: int


class SourceCount(BaseModel):
    id: str
    name: str
    environment: str | None
    count: int
    daily: list[DailyCount]


class EventSource(BaseModel):
    id: str
    name: str
    environment: str | None
    count: int


class EventDetail(BaseModel):
    event: str
    count: int
    sources: list[EventSource]


class Access(BaseModel):
    id: str
    name: str
    role: Literal["owner", "member"]
    via: list[str] | None


class Example(BaseModel):
    highlight: str | None
    message: dict[str, Any] | None


class FieldDetail(FieldSummary):
    counts_by_source: list[SourceCount]
    events_detail: list[EventDetail]
    destinations: list[dict[str, Any]]
    access: list[Access]
    example: Example | None
    evidence: dict[str, int]


class InventoryChangeResult(BaseModel):
    changed: list[str]
    unchanged: list[str]
    not_found: list[str]


class SlackView(BaseModel):
    enabled: bool
    webhook_url: str | None
    webhook_url_set: bool
    channel: str | None


class HttpSourceView(BaseModel):
    enabled: bool
    url: str | None
    url_set: bool
    write_key: str | None
    write_key_set: bool


class AlertSettingsView(BaseModel):
    slack: SlackView
    http: HttpSourceView
    updated_at: str | None


class SourceView(BaseModel):
    id: str
    name: str
    environment: str
    enabled: bool
    created_at: str


class SourceWithKey(SourceView):
    write_key: str


class SourceList(BaseModel):
    items: list[SourceView]


class TokenView(BaseModel):
    id: str
    name: str
    role: Literal["owner", "member"]
    sources: list[str] | None
    created_at: str
    revoked_at: str | None


class TokenWithSecret(TokenView):
    token: str


class TokenList(BaseModel):
    items: list[TokenView]


class MatcherView(BaseModel):
    id: str | None = None
    name: str
    classification: Classification
    match_on: Literal["key", "value"]
    precision: Literal["exact", "similar"]
    synonyms: list[str]
    pattern: str | None
    read_only: bool | None = None
    custom: bool | None = None
    created_at: str | None = None
    updated_at: str | None = None
    reevaluated: int | None = None


class MatcherListing(BaseModel):
    defaults: list[MatcherView]
    custom: list[MatcherView]
    limit: int


class MatcherDeleted(BaseModel):
    deleted: str
    reevaluated: int


class Flagged(BaseModel):
    path: str
    matched_on: Literal["key", "value"] | None
    classification: Classification
    reason: str


class MatcherTestResult(BaseModel):
    matcher: str
    scanned_paths: int
    flagged: list[Flagged]


class AuditEntry(BaseModel):
    id: str
    at: str
    actor: str
    actor_role: str
    action: str
    target: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class AuditPage(BaseModel):
    items: list[AuditEntry]
    next_cursor: str | None


class Me(BaseModel):
    id: str
    name: str
    role: Literal["owner", "member"]
    sources: list[str] | None


class Problem(BaseModel):
    code: str
    message: str


def documented(model: type[_PydanticModel], description: str, status: int = 200) -> dict[int, Any]:
    return {status: {"description": description, "content": {"application/json": {"model": model}}}}
