"""Export selected reports for case work as JSON or CSV: PLAINTEXT, behind an explicit flag.

The exported file holds report content in the clear, outside the encrypted store: the caller must
pass ``acknowledge_plaintext=True`` after showing ``PLAINTEXT_WARNING``. Private notes are left out
unless asked for. CSV cells that a spreadsheet would run as a formula (starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return, even after leading spaces) get a leading ``'``.
Report fields are decrypted from the originals in memory; the file is written atomically.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import AppError
from app.fs import atomic_write
from app.moderator_store import ModeratorStore, utc_now
from app.report import FIELD_ORDER

FORMATS = ("json", "csv")
PLAINTEXT_WARNING = (
    "The exported file is NOT encrypted: anyone who gets it can read these reports. Save it only "
    "on an encrypted disk, share it only with people who need it, and delete it when done.")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_BASE_COLUMNS = ("report_id", "sealed_on", "imported_at", "demo", "kind", "status", "tags",
                 "attachments")


@dataclass(frozen=True)
class ExportOutcome:
    """What was written."""

    path: Path
    reports: int


def neutralize_cell(value: str) -> str:
    """Prefix a quote to a cell a spreadsheet would read as a formula."""
    if value.lstrip(" ")[:1] in _FORMULA_STARTS:
        return "'" + value
    return value


def _record(store: ModeratorStore, report_id: str, include_notes: bool) -> dict[str, Any]:
    view = store.read_report(report_id)
    entry = view.entry
    record: dict[str, Any] = {
        "report_id": entry.report_id, "sealed_on": entry.sealed_on,
        "imported_at": entry.imported_at, "demo": entry.demo, "kind": entry.kind,
        "status": entry.status, "tags": list(entry.tags),
        "attachments": [{"name": a.name, "size": a.size, "type": a.media_type,
                         "metadata": a.metadata} for a in entry.attachments],
        "fields": view.fields}
    if include_notes:
        record["notes"] = [{"time": n.time, "text": n.text} for n in entry.notes]
    return record


def _to_json(records: list[dict[str, Any]]) -> bytes:
    document = {"warning": PLAINTEXT_WARNING, "exported_at": utc_now(), "reports": records}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def _field_columns(records: list[dict[str, Any]]) -> list[str]:
    present = {key for r in records for key in r["fields"]}
    return [k for k in FIELD_ORDER if k in present] + sorted(present - set(FIELD_ORDER))


def _to_csv(records: list[dict[str, Any]], include_notes: bool) -> bytes:
    fields = _field_columns(records)
    header = [*_BASE_COLUMNS, *fields, *(["notes"] if include_notes else [])]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for r in records:
        row = [r["report_id"], r["sealed_on"], r["imported_at"], "yes" if r["demo"] else "no",
               r["kind"], r["status"], "; ".join(r["tags"]),
               "; ".join(f"{a['name']} ({a['size']} bytes)" for a in r["attachments"])]
        row += [r["fields"].get(key, "") for key in fields]
        if include_notes:
            row.append("\n".join(f"{n['time']}: {n['text']}" for n in r["notes"]))
        writer.writerow([neutralize_cell(str(cell)) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")  # the BOM lets spreadsheets read UTF-8


def export_cases(store: ModeratorStore, report_ids: Sequence[str], destination: Path, *,
                 fmt: str = "json", acknowledge_plaintext: bool = False,
                 include_notes: bool = False) -> ExportOutcome:
    """Write the selected reports (fields, status, tags; notes only if asked) to ``destination``.

    Raises AppError: export.needs_ack (the flag was not given), export.invalid_format,
    export.nothing_selected, store.* (a report cannot be read), io.write_failed.
    """
    if not acknowledge_plaintext:
        raise AppError("export.needs_ack")
    if fmt not in FORMATS:
        raise AppError("export.invalid_format")
    if not report_ids:
        raise AppError("export.nothing_selected")
    records = [_record(store, report_id, include_notes) for report_id in report_ids]
    data = _to_json(records) if fmt == "json" else _to_csv(records, include_notes)
    try:
        atomic_write(destination, data)
    except OSError as exc:
        raise AppError("io.write_failed") from exc
    return ExportOutcome(destination, len(records))
