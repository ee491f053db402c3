"""Sources: each app that sends events, with its environment and a write key stored as a hash.

Every change here changes what ingest accepts, so each one bumps the config snapshot version.
"""

import re
import secrets
from typing import Any

from portal import credentials
from portal.admin import audit
from portal.admin.auth import Principal
from portal.errors import InvalidRequest
from portal.storage import workspace
from portal.storage.config import SourceRecord, bump_snapshot_version

ENVIRONMENT = re.compile(r"[a-z0-9][a-z0-9-]{0,31}")


def view(record: SourceRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "name": record.name,
        "environment": record.environment,
        "enabled": bool(record.enabled),
        "created_at": record.created_at,
    }


def _check_environment(environment: str) -> str:
    if not ENVIRONMENT.fullmatch(environment):
        raise InvalidRequest("environment must be 1-32 lowercase letters, digits or dashes")
    return environment


def list_sources(principal: Principal) -> list[dict[str, Any]]:
    return [
        view(r)
        for r in sorted(workspace.list_sources(), key=lambda r: (r.name, r.id))
        if principal.may_see_source(r.id)
    ]


def create(principal: Principal, name: str, environment: str) -> dict[str, Any]:
    write_key = credentials.new_write_key()
    record = SourceRecord(
        SourceRecord.key(secrets.token_hex(6)),
        id="",
        name=name,
        environment=_check_environment(environment),
        write_key_hash=credentials.digest(write_key),
        enabled=True,
        created_at=audit.now(),
    )
    record.id = record.pk.split("#", 1)[1]
    workspace.create_source(record)
    bump_snapshot_version()
    audit.record(principal, "source.create", record.id, None, view(record))
    return {**view(record), "write_key": write_key}


def update(
    principal: Principal, source_id: str, name: str | None, environment: str | None, enabled: bool | None
) -> dict[str, Any]:
    record = workspace.get_source(source_id)
    before = view(record)
    if name is not None:
        record.name = name
    if environment is not None:
        record.environment = _check_environment(environment)
    if enabled is not None:
        record.enabled = enabled
    after = view(record)
    if after != before:
        workspace.save_source(record)
        bump_snapshot_version()
        audit.record(principal, "source.update", source_id, before, after)
    return after


def rotate_key(principal: Principal, source_id: str) -> dict[str, Any]:
    record = workspace.get_source(source_id)
    write_key = credentials.new_write_key()
    record.write_key_hash = credentials.digest(write_key)
    workspace.save_source(record)
    bump_snapshot_version()
    # The audit says that the key changed, never the key or its hash.
    audit.record(principal, "source.rotate_key", source_id, {"write_key": "previous"}, {"write_key": "new"})
    return {**view(record), "write_key": write_key}
