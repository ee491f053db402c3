"""What a fresh local stack needs before anyone can use it: an owner token and a default source.

Both go in the way a deployment gets them: the token is the value of the template's first-owner
secret (the admin function reads the secret FIRST_OWNER_TOKEN_SECRET names), and the source is
written through the storage models, then the config snapshot version is bumped so ingest sees it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from local.stack import Deployment, StartupError

DEFAULT_SOURCE_ID = "default"
DEFAULT_SOURCE_NAME = "Local default source"
OWNER_TOKEN_SECRET_VARIABLE = "FIRST_OWNER_TOKEN_SECRET"  # noqa: S105 - a variable name, not a secret


@dataclass(frozen=True)
class Credentials:
    write_key: str
    owner_token: str
    source_id: str = DEFAULT_SOURCE_ID


def bootstrap(deployment: Deployment, write_key: str, owner_token: str) -> Credentials:
    secret_id = deployment.environment.get(OWNER_TOKEN_SECRET_VARIABLE)
    if not secret_id:
        raise StartupError(
            f"no function in template.yaml sets {OWNER_TOKEN_SECRET_VARIABLE}; cannot seed the owner"
        )
    deployment.stack.client("secretsmanager").put_secret_value(SecretId=secret_id, SecretString=owner_token)
    create_source(DEFAULT_SOURCE_ID, DEFAULT_SOURCE_NAME, write_key)
    return Credentials(write_key=write_key, owner_token=owner_token)


def create_source(source_id: str, name: str, write_key: str, environment: str = "development") -> None:
    # Imported here: the storage models read their table names from the environment at import,
    # which deploy() has only just set.
    from portal.credentials import digest
    from portal.storage.config import SourceRecord, bump_snapshot_version

    SourceRecord(
        SourceRecord.key(source_id),
        id=source_id,
        name=name,
        environment=environment,
        write_key_hash=digest(write_key),
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
    ).save(condition=SourceRecord.pk.does_not_exist())
    bump_snapshot_version()
