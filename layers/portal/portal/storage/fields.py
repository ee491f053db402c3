"""The fields table: one META item per field path, plus counter items per day/source/event.

Keys (pk = "F#<path>"):
  sk = "META"                        the field: status (inbox|inventory), classifications, evidence
  sk = "D#<yyyy-mm-dd>#S#<source>"   messages carrying the field that day from that source
  sk = "E#<event>#S#<source>"        messages of that event name from that source carrying it
The sparse GSI `by_status` (status, path) lists the inbox and the inventory.
"""

from pynamodb.attributes import (
    MapAttribute,
    NumberAttribute,
    UnicodeAttribute,
    UnicodeSetAttribute,
)
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model

from portal.storage.tables import region, table_name

META = "META"
INBOX = "inbox"
INVENTORY = "inventory"


def field_key(path: str) -> str:
    return f"F#{path}"


def day_key(day: str, source_id: str) -> str:
    return f"D#{day}#S#{source_id}"


def event_key(event: str, source_id: str) -> str:
    return f"E#{event}#S#{source_id}"


class ByStatus(GlobalSecondaryIndex):
    class Meta:
        index_name = "by_status"
        projection = AllProjection()

    status = UnicodeAttribute(hash_key=True)
    path = UnicodeAttribute(range_key=True)


class FieldRecord(Model):
    """A field path's META item."""

    class Meta:
        table_name = table_name("FIELDS_TABLE")
        region = region()

    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default=META)
    path = UnicodeAttribute()
    status = UnicodeAttribute()
    recommended = UnicodeAttribute()
    classification = UnicodeAttribute(null=True)
    matcher = UnicodeAttribute(null=True)
    matched_on = UnicodeAttribute(null=True)
    share = NumberAttribute(default=0)
    reason = UnicodeAttribute(default="")
    example = UnicodeAttribute(default="")
    first_seen = UnicodeAttribute()
    last_seen = UnicodeAttribute()
    count = NumberAttribute(default=0)
    sources = UnicodeSetAttribute(null=True)
    events = UnicodeSetAttribute(null=True)
    evidence = MapAttribute(default=dict)
    # Messages per source id, kept on the META item so a listing or the CSV export reads counts
    # per source from the index page it already has, not from each field's counter items.
    source_counts = MapAttribute(default=dict)
    by_status = ByStatus()

    @property
    def effective(self) -> str:
        return self.classification or self.recommended


class FieldCounter(Model):
    """A per-day or per-event counter item of one field."""

    class Meta:
        table_name = table_name("FIELDS_TABLE")
        region = region()

    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    count = NumberAttribute(default=0)
    source = UnicodeAttribute(null=True)
    event = UnicodeAttribute(null=True)
    day = UnicodeAttribute(null=True)
    last_seen = UnicodeAttribute(null=True)
