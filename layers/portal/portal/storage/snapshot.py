"""Loading the config snapshot (and the detection engine) from the tables."""

from portal.detection import Engine, default_matchers
from portal.snapshot import Snapshot, Source
from portal.storage import config, fields


def load_snapshot(version: str) -> Snapshot:
    sources = {
        record.write_key_hash: Source(record.id, record.name, record.environment, record.enabled)
        for record in config.SourceRecord.by_kind.query("source")
    }
    known = frozenset(
        record.path
        for status in (fields.INVENTORY, fields.INBOX)
        for record in fields.FieldRecord.by_status.query(
            status, attributes_to_get=[fields.FieldRecord.path.attr_name]
        )
    )
    return Snapshot(version, sources, known, load_engine(version))


def load_engine(_version: str) -> Engine:
    return Engine(default_matchers() + config.custom_matchers())
