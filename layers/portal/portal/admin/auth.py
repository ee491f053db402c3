"""Who is calling: bearer tokens with a role, hashed at rest, compared in constant time.

The bootstrap owner token lives in Secrets Manager (template.yaml: FirstOwnerToken); every other
token is a TokenRecord keyed by its SHA-256, so authentication is one consistent GetItem.
"""

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from portal import credentials
from portal.errors import Forbidden, Unauthorized
from portal.storage import workspace

Role = Literal["owner", "member"]
FIRST_OWNER_ID = "first-owner"
_SCHEME = "bearer"
_MAX_HEADER = 512


@dataclass(frozen=True)
class Principal:
    id: str
    name: str
    role: Role
    source_scope: frozenset[str] | None = None  # None: every source

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"

    def may_see_source(self, source_id: str) -> bool:
        return self.is_owner or self.source_scope is None or source_id in self.source_scope


def bearer_token(header: str | None) -> str:
    """The token from an Authorization header; anything but `Bearer <token>` is 401."""
    if not header or len(header) > _MAX_HEADER:
        raise Unauthorized("a bearer token is required")
    scheme, _, token = header.strip().partition(" ")
    token = token.strip()
    if scheme.lower() != _SCHEME or not token or " " in token:
        raise Unauthorized("a bearer token is required")
    return token


def authenticate(header: str | None, first_owner_digest: Callable[[], str]) -> Principal:
    token = bearer_token(header)
    token_hash = credentials.digest(token)
    if hmac.compare_digest(token_hash, first_owner_digest()):
        return Principal(FIRST_OWNER_ID, "first owner (bootstrap)", "owner")
    # The lookup is by hash: the table never sees the token and timing says nothing about it.
    record = workspace.find_token(token_hash)
    if record is None or record.revoked_at or record.role not in ("owner", "member"):
        raise Unauthorized("the token is unknown or revoked")
    scope = frozenset(record.source_scope) if record.source_scope else None
    return Principal(record.id, record.name, record.role, scope)


def require_owner(principal: Principal) -> None:
    if not principal.is_owner:
        raise Forbidden("only workspace owners may use this endpoint")
