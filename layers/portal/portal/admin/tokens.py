"""Admin API tokens: owners and members (members optionally scoped to sources); the token is
shown once at creation and stored only as its SHA-256."""

import secrets
from typing import Any

from portal import credentials
from portal.admin import audit
from portal.admin.auth import Principal, Role
from portal.errors import InvalidRequest, NotFound
from portal.storage import workspace
from portal.storage.config import TokenRecord


def view(record: TokenRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "name": record.name,
        "role": record.role,
        "sources": sorted(record.source_scope) if record.source_scope else None,
        "created_at": record.created_at,
        "revoked_at": record.revoked_at,
    }


def list_tokens() -> list[dict[str, Any]]:
    return [view(r) for r in sorted(workspace.list_tokens(), key=lambda r: (r.created_at, r.name, r.id))]


def create(principal: Principal, name: str, role: Role, sources: list[str] | None) -> dict[str, Any]:
    if role == "owner" and sources:
        raise InvalidRequest("sources applies to member tokens only")
    if sources:
        known = {s.id for s in workspace.list_sources()}
        if not set(sources) <= known:
            raise InvalidRequest("sources lists a source id that does not exist")
    token = credentials.new_token()
    record = TokenRecord(
        TokenRecord.key(credentials.digest(token)),
        id="tok_" + secrets.token_hex(6),
        name=name,
        role=role,
        source_scope=set(sources) if sources else None,
        created_at=audit.now(),
    )
    workspace.create_token(record)
    audit.record(principal, "token.create", record.id, None, view(record))
    return {**view(record), "token": token}


def revoke(principal: Principal, token_id: str) -> dict[str, Any]:
    record = next((r for r in workspace.list_tokens() if r.id == token_id), None)
    if record is None:
        raise NotFound("no token with that id")
    before = view(record)
    workspace.revoke_token(record, audit.now())
    record.revoked_at = record.revoked_at or audit.now()
    after = view(record)
    audit.record(principal, "token.revoke", token_id, before, after)
    return after
