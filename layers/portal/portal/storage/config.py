"""The configuration table: sources, tokens, matchers, alert settings, audit and the snapshot version.

Keys: pk = "<KIND>#<id>", sk = "META" for entities; every entity carries `kind` so the sparse
GSI `by_kind` (kind, pk) lists one kind without a scan. Alert settings and the snapshot version
are singletons under pk = "SETTINGS".
"""

import uuid

from pynamodb.attributes import (
    BooleanAttribute,
    UnicodeAttribute,
    UnicodeSetAttribute,
)
from pynamodb.exceptions import DoesNotExist
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model

from portal.detection.matchers import Matcher
from portal.storage.tables import region, table_name

META = "META"
SETTINGS = "SETTINGS"


class ByKind(GlobalSecondaryIndex):
    class Meta:
        index_name = "by_kind"
        projection = AllProjection()

    kind = UnicodeAttribute(hash_key=True)
    pk = UnicodeAttribute(range_key=True)


class _ConfigModel(Model):
    class Meta:
        table_name = table_name("CONFIG_TABLE")
        region = region()

    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default=META)


class SourceRecord(_ConfigModel):
    kind = UnicodeAttribute(default="source")
    id = UnicodeAttribute()
    name = UnicodeAttribute()
    environment = UnicodeAttribute(default="production")
    write_key_hash = UnicodeAttribute()
    enabled = BooleanAttribute(default=True)
    created_at = UnicodeAttribute()
    by_kind = ByKind()

    @staticmethod
    def key(source_id: str) -> str:
        return f"SOURCE#{source_id}"


class TokenRecord(_ConfigModel):
    """An admin API token; pk holds its SHA-256 so authentication is one GetItem."""

    kind = UnicodeAttribute(default="token")
    id = UnicodeAttribute()
    name = UnicodeAttribute()
    role = UnicodeAttribute()
    source_scope = UnicodeSetAttribute(null=True)
    created_at = UnicodeAttribute()
    revoked_at = UnicodeAttribute(null=True)
    by_kind = ByKind()

    @staticmethod
    def key(token_hash: str) -> str:
        return f"TOKEN#{token_hash}"


class AlertSettingsRecord(_ConfigModel):
    sk = UnicodeAttribute(range_key=True, default="ALERTS")
    slack_enabled = BooleanAttribute(default=False)
    slack_webhook_url = UnicodeAttribute(null=True)
    slack_channel = UnicodeAttribute(null=True)
    http_enabled = BooleanAttribute(default=False)
    http_url = UnicodeAttribute(null=True)
    http_write_key = UnicodeAttribute(null=True)
    updated_at = UnicodeAttribute(null=True)


class SnapshotVersion(_ConfigModel):
    """Replaced on every change ingest must see (sources, matchers, classifications).

    A fresh random value rather than a counter: readers only compare for equality, and a counter
    could return to a value a reader already holds (a table restored from a backup, a test's new
    world), leaving that reader on a stale snapshot.
    """

    sk = UnicodeAttribute(range_key=True, default="VERSION")
    version = UnicodeAttribute(default="")


def alert_settings() -> AlertSettingsRecord:
    try:
        return AlertSettingsRecord.get(SETTINGS, "ALERTS")
    except DoesNotExist:
        return AlertSettingsRecord(SETTINGS)


def snapshot_version() -> str:
    try:
        return SnapshotVersion.get(SETTINGS, "VERSION", consistent_read=True).version
    except DoesNotExist:
        return ""


def bump_snapshot_version() -> None:
    SnapshotVersion(SETTINGS, version=uuid.uuid4().hex).save()


def custom_matchers() -> list[Matcher]:
    """The workspace's custom matchers as detection Matchers (stored by the admin API, at most 100:
    one Query of the `by_kind` index)."""
    # Imported here: the matcher item's model lives in a storage module that imports this one.
    from portal.storage.workspace import list_matchers

    return [Matcher.custom_from_dict(record.definition()) for record in list_matchers()]
