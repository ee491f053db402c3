"""The owners' admin API (API Gateway HTTP API, payload v2, route `ANY /admin/{proxy+}`).

Wiring only: authentication and roles in one middleware, domain exceptions mapped to HTTP once,
request bodies validated by Powertools (422 naming the field, never echoing the value), the
OpenAPI spec generated from these routes. Decisions live in portal.admin.
"""

import json
import threading
import time
from http import HTTPStatus
from typing import Annotated, Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response, content_types
from aws_lambda_powertools.event_handler.exceptions import NotFoundError
from aws_lambda_powertools.event_handler.middlewares import NextMiddleware
from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError
from aws_lambda_powertools.event_handler.openapi.models import HTTPBearer
from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from aws_lambda_powertools.utilities.typing import LambdaContext

from admin_fn import responses
from admin_fn.models import (
    AlertSettingsChange,
    Classification,
    FieldChange,
    InventoryAddition,
    InventoryRemoval,
    MatcherChange,
    MatcherDefinition,
    MatcherTest,
    SourceChange,
    SourceCreation,
    TokenCreation,
)
from admin_fn.settings import Settings
from portal import credentials
from portal.admin import alerts, auth, export, field_urls, inventory, matchers, sources, tokens
from portal.admin import audit as audit_log
from portal.admin.auth import Principal
from portal.errors import Conflict, Forbidden, InvalidRequest, NotFound, PortalError, Retryable, Unauthorized
from portal.storage import audit as audit_store
from portal.storage.fields import INBOX, INVENTORY
from portal.storage.secrets import read_secret

settings = Settings.from_environment()
logger = Logger()
app = APIGatewayHttpResolver(enable_validation=True)

TITLE = "Privacy Portal admin API"
VERSION = "1.0.0"
SWAGGER_PATH = "/admin/swagger"
SECURITY = {"bearer": HTTPBearer(description="an owner or member token (portal tokens)")}
# What a member token may call; every other route, known or not, is for owners only.
MEMBER_ROUTES = frozenset(
    {
        ("GET", "/admin/me"),
        ("GET", "/admin/openapi.json"),
        ("GET", "/admin/sources"),
    }
)


class _FirstOwnerDigest:
    """The bootstrap owner token's SHA-256, read from Secrets Manager once per container and
    re-read after a few minutes, so changing the secret locks the old value out without a deploy."""

    TTL_SECONDS = 300.0

    def __init__(self, secret_id: str):
        self._secret_id = secret_id
        self._digest: str | None = None
        self._read_at = 0.0
        self._lock = threading.Lock()

    def __call__(self) -> str:
        if self._digest is None or time.monotonic() - self._read_at > self.TTL_SECONDS:
            with self._lock:
                if self._digest is None or time.monotonic() - self._read_at > self.TTL_SECONDS:
                    self._digest = credentials.digest(read_secret(self._secret_id))
                    self._read_at = time.monotonic()
        return self._digest


first_owner_digest = _FirstOwnerDigest(settings.first_owner_token_secret)


def _authorize() -> None:
    """Authenticate the caller and check the route's role; the principal goes into the context."""
    route = app.context.get("_route")
    method, rule = (route.method, route.path) if route else ("", "")
    if settings.swagger_ui and rule == SWAGGER_PATH:
        return
    principal = auth.authenticate(app.current_event.headers.get("authorization"), first_owner_digest)
    if (method, rule) not in MEMBER_ROUTES:
        auth.require_owner(principal)
    app.append_context(principal=principal)
    logger.append_keys(principal=principal.id)


def authenticate(app: APIGatewayHttpResolver, next_middleware: NextMiddleware) -> Response:
    _authorize()
    response = next_middleware(app)
    route = app.context.get("_route")
    matched = route is not None and getattr(route.func, "__name__", "") != "not_found_handler"
    # Route templates and status only: never concrete paths (field names), queries or bodies.
    logger.info(
        "answered",
        extra={
            "route": f"{route.method} {route.path}" if matched else "unmatched",
            "status": response.status_code,
        },
    )
    return response


app.use(middlewares=[authenticate])

if settings.swagger_ui:
    app.enable_swagger(
        path=SWAGGER_PATH,
        title=TITLE,
        version=VERSION,
        security_schemes=SECURITY,
        security=[{"bearer": []}],
        persist_authorization=True,
    )


def _principal() -> Principal:
    return app.context["principal"]


def _field_path(segment: str) -> str:
    return field_urls.decode_segment(segment)


# ---------------------------------------------------------------- errors (mapped once)


def _error(
    status: HTTPStatus, code: str, message: str, headers: dict[str, str] | None = None, **extra: Any
) -> Response:
    return Response(
        status_code=status.value,
        content_type=content_types.APPLICATION_JSON,
        body=json.dumps({"code": code, "message": message, **extra}),
        headers=headers,
    )


_STATUS: dict[type[PortalError], HTTPStatus] = {
    Unauthorized: HTTPStatus.UNAUTHORIZED,
    Forbidden: HTTPStatus.FORBIDDEN,
    NotFound: HTTPStatus.NOT_FOUND,
    Conflict: HTTPStatus.CONFLICT,
    Retryable: HTTPStatus.SERVICE_UNAVAILABLE,
    InvalidRequest: HTTPStatus.BAD_REQUEST,
}


@app.exception_handler(PortalError)
def portal_error(exc: PortalError) -> Response:
    status = next((s for kind, s in _STATUS.items() if isinstance(exc, kind)), HTTPStatus.BAD_REQUEST)
    headers = {"WWW-Authenticate": 'Bearer realm="admin"'} if status == HTTPStatus.UNAUTHORIZED else None
    if status == HTTPStatus.SERVICE_UNAVAILABLE:
        headers = {"Retry-After": "2"}
    logger.info("request refused", extra={"status": status.value, "code": exc.code})
    return _error(status, exc.code, str(exc), headers)


@app.exception_handler(RequestValidationError)
def validation_error(exc: RequestValidationError) -> Response:
    # Powertools validates the request before any middleware runs: authenticate here first, so a
    # caller without a valid token learns nothing about a route's schema (401/403, not 422).
    try:
        _authorize()
    except PortalError as refused:
        return portal_error(refused)
    # Name the field and the kind of problem; Pydantic's `input` (the submitted value) is dropped.
    problems = [
        {"field": ".".join(str(part) for part in error["loc"]), "problem": error["type"]}
        for error in exc.errors()
    ]
    named = ", ".join(p["field"] for p in problems) or "the request"
    return _error(HTTPStatus.UNPROCESSABLE_ENTITY, "validation_error", f"invalid {named}", errors=problems)


@app.exception_handler(Exception)
def unexpected_error(exc: Exception) -> Response:
    # The trace goes to the log (ids and types only: nothing here formats request values).
    logger.exception("unhandled error", extra={"error": type(exc).__name__})
    return _error(
        HTTPStatus.INTERNAL_SERVER_ERROR, "internal", "internal error; the request id is in the logs"
    )


@app.not_found
def not_found(_exc: NotFoundError) -> Response:
    return _error(HTTPStatus.NOT_FOUND, "not_found", "no such route")


# ---------------------------------------------------------------- who am I, the spec


@app.get(
    "/admin/me",
    summary="The calling token's identity and role",
    responses=responses.documented(responses.Me, "the caller"),
)
def me() -> dict[str, Any]:
    principal = _principal()
    return {
        "id": principal.id,
        "name": principal.name,
        "role": principal.role,
        "sources": sorted(principal.source_scope) if principal.source_scope else None,
    }


@app.get("/admin/openapi.json", summary="This API's OpenAPI spec, generated from the code")
def openapi():
    return Response(status_code=200, content_type=content_types.APPLICATION_JSON, body=openapi_spec())


def openapi_spec() -> str:
    return app.get_openapi_json_schema(
        title=TITLE, version=VERSION, security_schemes=SECURITY, security=[{"bearer": []}]
    )


# ---------------------------------------------------------------- inbox and inventory

Limit = Annotated[int, Query(ge=1, le=200, description="items per page")]
Text = Annotated[str | None, Query(max_length=200)]


def _listing(
    status: str,
    classification: Classification | None,
    source: str | None,
    environment: str | None,
    matcher: str | None,
    event: str | None,
    search: str | None,
    path_prefix: str | None,
    sort: str,
    limit: int,
    cursor: str | None,
    days: int,
) -> dict[str, Any]:
    return inventory.list_fields(
        status,
        inventory.ListingQuery(
            classification=classification,
            source=source,
            environment=environment,
            matcher=matcher,
            event=event,
            search=search,
            path_prefix=path_prefix,
            sort=sort,  # type: ignore[arg-type]
            limit=limit,
            cursor=cursor,
            days=days,
        ),
    )


@app.get(
    "/admin/inbox",
    summary="Fields seen recently, with their recommended classification",
    responses=responses.documented(responses.FieldListing, "a page of the inbox"),
)
def list_inbox(
    classification: Annotated[Classification | None, Query()] = None,
    source: Text = None,
    environment: Text = None,
    matcher: Text = None,
    event: Text = None,
    search: Annotated[str | None, Query(max_length=200, description="substring of the path")] = None,
    path_prefix: Annotated[str | None, Query(max_length=200)] = None,
    sort: Annotated[str, Query(pattern="^-?path$")] = "path",
    limit: Limit = 50,
    cursor: Annotated[str | None, Query(max_length=2048)] = None,
    days: Annotated[int, Query(ge=1, le=3650, description="how far back last_seen may be")] = 7,
) -> dict[str, Any]:
    return _listing(
        INBOX,
        classification,
        source,
        environment,
        matcher,
        event,
        search,
        path_prefix,
        sort,
        limit,
        cursor,
        days,
    )


@app.get(
    "/admin/inventory",
    summary="Fields an owner classified and added to the inventory",
    responses=responses.documented(responses.FieldListing, "a page of the inventory"),
)
def list_inventory(
    classification: Annotated[Classification | None, Query()] = None,
    source: Text = None,
    environment: Text = None,
    matcher: Text = None,
    event: Text = None,
    search: Annotated[str | None, Query(max_length=200, description="substring of the path")] = None,
    path_prefix: Annotated[str | None, Query(max_length=200)] = None,
    sort: Annotated[str, Query(pattern="^-?path$")] = "path",
    limit: Limit = 50,
    cursor: Annotated[str | None, Query(max_length=2048)] = None,
) -> dict[str, Any]:
    return _listing(
        INVENTORY,
        classification,
        source,
        environment,
        matcher,
        event,
        search,
        path_prefix,
        sort,
        limit,
        cursor,
        inventory.INBOX_DAYS,
    )


@app.get(
    "/admin/inventory.csv",
    summary="The whole inventory as CSV (RFC 4180), filters ignored",
    responses={200: {"description": "CSV", "content": {"text/csv": {"schema": {"type": "string"}}}}},
)
def inventory_csv():
    return Response(
        status_code=200,
        content_type="text/csv; charset=utf-8",
        body=export.inventory_csv(),
        headers={"Content-Disposition": 'attachment; filename="inventory.csv"'},
    )


@app.post(
    "/admin/inventory",
    summary="Add one or many fields to the inventory",
    responses=responses.documented(responses.InventoryChangeResult, "what changed"),
)
def add_to_inventory(change: InventoryAddition) -> dict[str, Any]:
    return inventory.change_many(_principal(), change.paths, change.classification, in_inventory=True)


@app.post(
    "/admin/inventory/remove",
    summary="Remove one or many fields from the inventory",
    responses=responses.documented(responses.InventoryChangeResult, "what changed"),
)
def remove_from_inventory(change: InventoryRemoval) -> dict[str, Any]:
    return inventory.change_many(_principal(), change.paths, None, in_inventory=False)


FieldPathParam = Annotated[
    str,
    Path(
        description="the field path percent-encoded as one segment, or ~ + base64url of it when it "
        "contains / ? # or % (API Gateway decodes paths; see docs/admin-api.md)"
    ),
]


@app.get(
    "/admin/fields/<path>",
    summary="A field: counts per source and day, events, access, example",
    responses=responses.documented(responses.FieldDetail, "the field"),
)
def get_field(
    path: FieldPathParam,
    days: Annotated[int, Query(ge=1, le=365, description="daily history length")] = 30,
) -> dict[str, Any]:
    return inventory.field_detail(_field_path(path), days)


@app.patch(
    "/admin/fields/<path>",
    summary="Classify a field; optionally add to or remove from the inventory",
    responses=responses.documented(responses.FieldDetail, "the field after the change"),
)
def patch_field(path: FieldPathParam, change: FieldChange) -> dict[str, Any]:
    return inventory.classify(_principal(), _field_path(path), change.classification, change.in_inventory)


# ---------------------------------------------------------------- alerts


@app.get(
    "/admin/alerts",
    summary="Alert settings (secrets masked)",
    responses=responses.documented(responses.AlertSettingsView, "the settings, secrets masked"),
)
def get_alerts() -> dict[str, Any]:
    return alerts.get()


@app.put(
    "/admin/alerts",
    summary="Change alert settings; omitted secrets are kept",
    responses=responses.documented(responses.AlertSettingsView, "the settings, secrets masked"),
)
def put_alerts(change: AlertSettingsChange) -> dict[str, Any]:
    slack = alerts.SlackChange(**change.slack.model_dump()) if change.slack else None
    http = alerts.HttpChange(**change.http.model_dump()) if change.http else None
    return alerts.update(_principal(), slack, http)


# ---------------------------------------------------------------- sources


@app.get(
    "/admin/sources",
    summary="Sources (members see the ones in their scope)",
    responses=responses.documented(responses.SourceList, "the sources"),
)
def list_sources() -> dict[str, Any]:
    return {"items": sources.list_sources(_principal())}


@app.post(
    "/admin/sources",
    summary="Create a source; its write key is shown once",
    responses=responses.documented(responses.SourceWithKey, "the source and its write key (shown once)", 201),
)
def create_source(creation: SourceCreation) -> tuple[dict[str, Any], int]:
    return sources.create(_principal(), creation.name, creation.environment), 201


@app.patch(
    "/admin/sources/<source_id>",
    summary="Rename, set environment, enable or disable",
    responses=responses.documented(responses.SourceView, "the source"),
)
def change_source(source_id: str, change: SourceChange) -> dict[str, Any]:
    return sources.update(_principal(), source_id, change.name, change.environment, change.enabled)


@app.post(
    "/admin/sources/<source_id>/rotate-key",
    summary="Replace the write key; the new one is shown once",
    responses=responses.documented(responses.SourceWithKey, "the source and its new write key (shown once)"),
)
def rotate_source_key(source_id: str) -> dict[str, Any]:
    return sources.rotate_key(_principal(), source_id)


# ---------------------------------------------------------------- tokens


@app.get(
    "/admin/tokens",
    summary="Admin tokens (never their secrets)",
    responses=responses.documented(responses.TokenList, "the tokens, without secrets"),
)
def list_tokens() -> dict[str, Any]:
    return {"items": tokens.list_tokens()}


@app.post(
    "/admin/tokens",
    summary="Create an owner or member token; it is shown once",
    responses=responses.documented(responses.TokenWithSecret, "the token (shown once)", 201),
)
def create_token(creation: TokenCreation) -> tuple[dict[str, Any], int]:
    return tokens.create(_principal(), creation.name, creation.role, creation.sources), 201


@app.delete(
    "/admin/tokens/<token_id>",
    summary="Revoke a token",
    responses=responses.documented(responses.TokenView, "the revoked token"),
)
def revoke_token(token_id: str) -> dict[str, Any]:
    return tokens.revoke(_principal(), token_id)


# ---------------------------------------------------------------- matchers


@app.get(
    "/admin/matchers",
    summary="Default (read-only) and custom matchers",
    responses=responses.documented(responses.MatcherListing, "default and custom matchers"),
)
def list_matchers() -> dict[str, Any]:
    return matchers.list_all()


@app.post(
    "/admin/matchers",
    summary="Create a custom matcher (at most 100)",
    responses=responses.documented(
        responses.MatcherView, "the matcher; reevaluated = inbox fields whose recommendation moved", 201
    ),
)
def create_matcher(definition: MatcherDefinition) -> tuple[dict[str, Any], int]:
    return matchers.create(_principal(), definition.model_dump()), 201


@app.post(
    "/admin/matchers/test",
    summary="Run a matcher against a sample message (Test JSON)",
    responses=responses.documented(responses.MatcherTestResult, "the paths the matcher would flag"),
)
def test_matcher(request: MatcherTest) -> dict[str, Any]:
    definition = request.matcher.model_dump() if request.matcher else None
    return matchers.test(definition, request.matcher_id, request.payload)


@app.patch(
    "/admin/matchers/<matcher_id>",
    summary="Change a custom matcher",
    responses=responses.documented(responses.MatcherView, "the matcher"),
)
def change_matcher(matcher_id: str, change: MatcherChange) -> dict[str, Any]:
    return matchers.update(_principal(), matcher_id, change.model_dump())


@app.delete(
    "/admin/matchers/<matcher_id>",
    summary="Delete a custom matcher",
    responses=responses.documented(responses.MatcherDeleted, "what was deleted"),
)
def delete_matcher(matcher_id: str) -> dict[str, Any]:
    return matchers.delete(_principal(), matcher_id)


# ---------------------------------------------------------------- audit


@app.get(
    "/admin/audit",
    summary="Every change: who, what, before, after, when (newest first)",
    responses=responses.documented(responses.AuditPage, "a page of the audit trail"),
)
def list_audit(
    limit: Limit = 50,
    cursor: Annotated[str | None, Query(max_length=2048)] = None,
    action: Annotated[str | None, Query(max_length=64, description="e.g. field.classify")] = None,
) -> dict[str, Any]:
    page = audit_store.page(limit, cursor, action)
    return {"items": [audit_log.as_dict(e) for e in page.items], "next_cursor": page.next_cursor}


@logger.inject_lambda_context(log_event=False, clear_state=True)
def lambda_handler(event: dict, context: LambdaContext) -> dict:
    return app.resolve(event, context)
