"""Triage: status, notes and tags update the encrypted index and append to the log."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from app.errors import AppError
from app.importing import import_items, item_from_text
from app.moderator_store import ModeratorStore, ensure_store_key
from app.paths import AppPaths
from app.team import create_team
from app.triage import (
    InboxQuery,
    add_note,
    add_tag,
    remove_tag,
    report_history,
    search_inbox,
    set_status,
    triage_log,
    verify_log,
)
from crypto.armor import armor
from crypto.card import TeamCard
from crypto.inner import Manifest
from crypto.padding import PaddingProfile
from crypto.seal import seal_report

NOTE = "Spoke with partner org — Ünïcode note 42"


def seal(card: TeamCard, title: str, category: str, urgency: str, sealed_on: str) -> bytes:
    manifest = Manifest(fields={"title": title, "category": category, "urgency": urgency},
                        sealed_on=sealed_on)
    sink = io.BytesIO()
    seal_report(sink, list(card.moderators), manifest, [], profile=PaddingProfile.COMPACT)
    return sink.getvalue()


@pytest.fixture()
def store(tmp_path: Path) -> ModeratorStore:
    secrets, card = create_team("Triage Team", dt.date(2026, 1, 1))
    secrets, _ = ensure_store_key(secrets)
    store = ModeratorStore.open(AppPaths.under(tmp_path), secrets)
    reports = [("Detained editor", "arrest", "critical", "2026-03-01"),
               ("Doxxed on forum", "doxxing", "high", "2026-03-05"),
               ("Page blocked", "censorship", "low", "2026-02-10")]
    import_items(store, [item_from_text(armor(seal(card, *r))) for r in reports])
    return store


def rid(store: ModeratorStore, title: str) -> str:
    return next(e.report_id for e in store.entries() if e.title == title)


def test_new_reports_start_as_new(store: ModeratorStore) -> None:
    assert {e.status for e in store.entries()} == {"new"}
    assert verify_log(store).ok and verify_log(store).entries == 0


def test_actions_update_index_and_log(store: ModeratorStore) -> None:
    report = rid(store, "Detained editor")
    set_status(store, report, "in_review", now="2026-03-02T10:00:00Z")
    add_note(store, report, NOTE, now="2026-03-02T10:01:00Z")
    add_tag(store, report, " Legal ", now="2026-03-02T10:02:00Z")
    add_tag(store, report, "legal")  # already there: no entry
    add_tag(store, report, "partner")
    remove_tag(store, report, "LEGAL")
    entry = store.get(report)
    assert entry.status == "in_review" and entry.tags == ("partner",)
    assert [(n.time, n.text) for n in entry.notes] == [("2026-03-02T10:01:00Z", NOTE)]
    history = report_history(store, report)
    assert [e.action for e in history] == ["status", "note", "tag_add", "tag_add", "tag_remove"]
    assert [e.seq for e in history] == [1, 2, 3, 4, 5]
    assert history[0].time == "2026-03-02T10:00:00Z"
    log = triage_log(store)
    assert history[1].value_hash == log.value_hash("note", NOTE)
    assert history[0].value_hash != log.value_hash("status", "closed")
    verdict = verify_log(store)
    assert verdict.ok and verdict.entries == 5 and verdict.unanchored == 0
    assert store.log_head()[0] == 5


def test_log_file_is_encrypted(store: ModeratorStore) -> None:
    report = rid(store, "Doxxed on forum")
    add_note(store, report, NOTE)
    set_status(store, report, "waiting")
    data = store.log_path.read_bytes()
    for needle in (NOTE, "Ünïcode", "waiting", "status", report, "prev_hash"):
        assert needle.encode("utf-8") not in data and needle.encode("utf-16-le") not in data


def test_invalid_triage_values_are_refused(store: ModeratorStore) -> None:
    report = rid(store, "Page blocked")
    cases = [(lambda: set_status(store, report, "done"), "triage.invalid_status"),
             (lambda: add_note(store, report, "   "), "triage.invalid_note"),
             (lambda: add_note(store, report, "x" * 20_001), "triage.invalid_note"),
             (lambda: add_tag(store, report, "a\nb"), "triage.invalid_tag"),
             (lambda: add_tag(store, report, "t" * 41), "triage.invalid_tag"),
             (lambda: set_status(store, "ab" * 16, "closed"), "store.unknown_report")]
    for action, code in cases:
        with pytest.raises(AppError) as info:
            action()
        assert info.value.code == code
    assert verify_log(store).entries == 0
    assert store.get(report).status == "new"


def test_search_and_filter_the_inbox(store: ModeratorStore) -> None:
    set_status(store, rid(store, "Doxxed on forum"), "closed")
    add_tag(store, rid(store, "Page blocked"), "partner")
    add_note(store, rid(store, "Detained editor"), "Lawyer contacted")
    entries = store.entries()

    def titles(**filters: object) -> list[str]:
        return sorted(e.title for e in search_inbox(entries, InboxQuery(**filters)))  # type: ignore[arg-type]

    assert titles() == ["Detained editor", "Doxxed on forum", "Page blocked"]
    assert titles(category="arrest") == ["Detained editor"]
    assert titles(urgency="low") == ["Page blocked"]
    assert titles(status="closed") == ["Doxxed on forum"]
    assert titles(status="new") == ["Detained editor", "Page blocked"]
    assert titles(tag="Partner") == ["Page blocked"]
    assert titles(text="lawyer") == ["Detained editor"]
    assert titles(text="FORUM") == ["Doxxed on forum"]
    assert titles(sealed_from="2026-03-01") == ["Detained editor", "Doxxed on forum"]
    assert titles(sealed_to="2026-03-01") == ["Detained editor", "Page blocked"]
    assert titles(demo=True) == []


def test_verify_log_through_the_store_finds_tampering(store: ModeratorStore) -> None:
    from app.triage_log import FILE_HEADER, split_records
    report = rid(store, "Page blocked")
    for status in ("in_review", "waiting", "closed"):
        set_status(store, report, status)
    original = store.log_path.read_bytes()
    records, _ = split_records(original)
    without_second = FILE_HEADER + b"".join(len(r).to_bytes(4, "big") + r
                                            for i, r in enumerate(records) if i != 1)
    store.log_path.write_bytes(without_second)
    verdict = verify_log(store)
    assert not verdict.ok and verdict.first_broken == 2 and verdict.reason == "sequence"
    store.log_path.unlink()
    verdict = verify_log(store)
    assert not verdict.ok and verdict.first_broken == 1 and verdict.reason == "missing"
    store.log_path.write_bytes(original)
    assert verify_log(store).ok
