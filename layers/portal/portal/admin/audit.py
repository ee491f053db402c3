"""Every change is recorded: who, what, before, after, when. Entries hold states, never secrets."""

import secrets
from datetime import UTC, datetime
from typing import Any

from portal.admin.auth import Principal
from portal.storage import audit as audit_store
from portal.storage.audit import AuditRecord


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def record(
    principal: Principal,
    action: str,
    target: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    moment = datetime.now(UTC)
    at = moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    entry_id = secrets.token_hex(8)
    # Microseconds in the sort key keep changes made within one millisecond in order.
    audit_store.append(
        AuditRecord(
            sk=f"{moment.strftime('%Y-%m-%dT%H:%M:%S.%fZ')}#{entry_id}",
            id=entry_id,
            at=at,
            actor=principal.id,
            actor_role=principal.role,
            action=action,
            target=target,
            before=before,
            after=after,
        )
    )


def as_dict(entry: AuditRecord) -> dict[str, Any]:
    return {
        "id": entry.id,
        "at": entry.at,
        "actor": entry.actor,
        "actor_role": entry.actor_role,
        "action": entry.action,
        "target": entry.target,
        "before": entry.before,
        "after": entry.after,
    }
