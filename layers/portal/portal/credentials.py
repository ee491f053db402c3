"""Write keys and tokens: generated with enough entropy, stored only as hashes, compared in constant time."""

import hashlib
import hmac
import secrets as _secrets

WRITE_KEY_BYTES = 24
TOKEN_PREFIX = "ppo_"  # noqa: S105 (a public prefix that makes leaked tokens greppable)


def new_write_key() -> str:
    return _secrets.token_urlsafe(WRITE_KEY_BYTES)


def new_token() -> str:
    return TOKEN_PREFIX + _secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    """SHA-256 hex digest; secrets are random and long, so a slow KDF buys nothing here."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def matches(secret: str, stored_digest: str) -> bool:
    return hmac.compare_digest(digest(secret), stored_digest)
