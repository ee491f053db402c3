"""The inventory as CSV: RFC 4180, the whole inventory whatever the listing's filters.

Served by paging the `by_status` GSI's inventory partition once: each field's META item carries
its counts per source, so the export costs what the index pages cost and nothing per field.
"""

import csv
import io
from collections import defaultdict

from portal.storage import inventory as store
from portal.storage import workspace
from portal.storage.fields import INVENTORY, FieldRecord

# A cell a spreadsheet would read as a formula is prefixed with a quote (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = (
    "path",
    "classification",
    "recommended",
    "matcher",
    "matched_on",
    "count",
    "sources",
    "events",
    "first_seen",
    "last_seen",
)


def spreadsheet_safe(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def inventory_csv() -> str:
    records: list[FieldRecord] = store.all_fields(INVENTORY)
    sources = workspace.list_sources()
    names = {s.id: s.name for s in sources}
    per_source = [{s: int(n) for s, n in r.source_counts.as_dict().items()} for r in records]
    source_ids = sorted(
        {s for counts in per_source for s in counts} | set(names), key=lambda s: (names.get(s, s), s)
    )
    label_counts: dict[str, int] = defaultdict(int)
    for s in source_ids:
        label_counts[names.get(s, s)] += 1

    def label(source_id: str) -> str:
        name = names.get(source_id, source_id)
        return f"count {name}" if label_counts[name] == 1 else f"count {name} ({source_id})"

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([spreadsheet_safe(h) for h in (*COLUMNS, *(label(s) for s in source_ids))])
    for record, counts in zip(records, per_source, strict=True):
        row = [
            record.path,
            record.classification or "",
            record.recommended,
            record.matcher or "",
            record.matched_on or "",
            str(int(record.count or 0)),
            "; ".join(sorted(names.get(s, s) for s in record.sources or ())),
            "; ".join(sorted(record.events or ())),
            record.first_seen,
            record.last_seen,
        ]
        writer.writerow(
            [spreadsheet_safe(cell) for cell in row] + [str(counts.get(s, 0)) for s in source_ids]
        )
    return out.getvalue()
