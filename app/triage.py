"""Triage: status, private notes and tags (kept in the encrypted index), each action logged.

Every action first appends an entry to the tamper-evident log (app.triage_log), then saves the
index with the new state and the log's new head as its anchor. A crash between the two leaves a
log entry the index does not know yet (``LogVerdict.unanchored``), never an index change that is
missing from the log.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from app.errors import AppError
from app.moderator_store import (
    IndexEntry,
    ModeratorStore,
    Note,
    subkey,
    utc_now,
)
from app.triage_log import LogEntry, LogVerdict, TriageLog
from crypto.reply import STATUSES

MAX_NOTE_CHARS = 20_000
MAX_TAG_CHARS = 40
MAX_TAGS = 32


def triage_log(store: ModeratorStore) -> TriageLog:
    """The triage log of ``store``."""
    return TriageLog(store.log_path, subkey(store.store_key, "log"),
                     subkey(store.store_key, "value"))


def _record(store: ModeratorStore, updated: IndexEntry, action: str, value: str,
            now: str | None) -> IndexEntry:
    head = triage_log(store).append(updated.report_id, action, value, now or utc_now())
    store.replace(updated, head)
    store.commit()
    return updated


def _clean_text(text: str, limit: int, code: str) -> str:
    text = unicodedata.normalize("NFC", text).strip()
    if not text or len(text) > limit or any(unicodedata.category(c) == "Cc" and c not in "\n\t"
                                            for c in text):
        raise AppError(code)
    return text


def set_status(store: ModeratorStore, report_id: str, status: str, *,
               now: str | None = None) -> IndexEntry:
    """Change a report's status (new, in_review, waiting, closed).

    Raises AppError (triage.invalid_status, store.unknown_report, triage.log_*, io.write_failed).
    """
    if status not in STATUSES:
        raise AppError("triage.invalid_status")
    entry = store.get(report_id)
    return _record(store, dataclasses.replace(entry, status=status), "status", status, now)


def add_note(store: ModeratorStore, report_id: str, text: str, *,
             now: str | None = None) -> IndexEntry:
    """Add a private note (only its keyed hash goes into the log).

    Raises AppError (triage.invalid_note, store.unknown_report, triage.log_*, io.write_failed).
    """
    text = _clean_text(text, MAX_NOTE_CHARS, "triage.invalid_note")
    entry = store.get(report_id)
    stamp = now or utc_now()
    updated = dataclasses.replace(entry, notes=(*entry.notes, Note(stamp, text)))
    return _record(store, updated, "note", text, stamp)


def normalize_tag(tag: str) -> str:
    """NFC, trimmed, lower-case; raises AppError (triage.invalid_tag)."""
    cleaned = _clean_text(tag, MAX_TAG_CHARS, "triage.invalid_tag").lower()
    if "\n" in cleaned or "\t" in cleaned:
        raise AppError("triage.invalid_tag")
    return cleaned


def add_tag(store: ModeratorStore, report_id: str, tag: str, *,
            now: str | None = None) -> IndexEntry:
    """Tag a report (no-op without a log entry if it already has the tag).

    Raises AppError (triage.invalid_tag, triage.too_many_tags, store.unknown_report, …).
    """
    tag = normalize_tag(tag)
    entry = store.get(report_id)
    if tag in entry.tags:
        return entry
    if len(entry.tags) >= MAX_TAGS:
        raise AppError("triage.too_many_tags")
    updated = dataclasses.replace(entry, tags=(*entry.tags, tag))
    return _record(store, updated, "tag_add", tag, now)


def remove_tag(store: ModeratorStore, report_id: str, tag: str, *,
               now: str | None = None) -> IndexEntry:
    """Remove a tag (no-op without a log entry if the report does not have it).

    Raises AppError (triage.invalid_tag, store.unknown_report, triage.log_*, io.write_failed).
    """
    tag = normalize_tag(tag)
    entry = store.get(report_id)
    if tag not in entry.tags:
        return entry
    updated = dataclasses.replace(entry, tags=tuple(t for t in entry.tags if t != tag))
    return _record(store, updated, "tag_remove", tag, now)


def verify_log(store: ModeratorStore) -> LogVerdict:
    """Check the whole log against the index's anchor; the verdict names the first broken seq.

    Raises AppError (triage.log_unreadable) only when the file is not a triage log at all.
    """
    return triage_log(store).verify(store.log_head())


def report_history(store: ModeratorStore, report_id: str) -> list[LogEntry]:
    """The log entries of one report (actions and times; values are only keyed hashes).

    Raises AppError (triage.log_damaged).
    """
    return [e for e in triage_log(store).entries() if e.report_id == report_id]


@dataclass(frozen=True)
class InboxQuery:
    """Filters of the inbox; None means "any". Dates are ISO strings compared as text."""

    text: str = ""
    category: str | None = None
    urgency: str | None = None
    status: str | None = None
    tag: str | None = None
    sealed_from: str | None = None
    sealed_to: str | None = None
    demo: bool | None = None

    def matches(self, entry: IndexEntry) -> bool:
        """True if ``entry`` passes every filter (text: title, tags and notes, any case)."""
        checks = ((self.category, entry.category), (self.urgency, entry.urgency),
                  (self.status, entry.status), (self.demo, entry.demo))
        if any(wanted is not None and wanted != value for wanted, value in checks):
            return False
        if self.tag is not None and self.tag.lower() not in entry.tags:
            return False
        if self.sealed_from is not None and entry.sealed_on < self.sealed_from:
            return False
        if self.sealed_to is not None and entry.sealed_on > self.sealed_to:
            return False
        needle = unicodedata.normalize("NFC", self.text).casefold().strip()
        if not needle:
            return True
        haystack = " ".join([entry.title, *entry.tags, *(n.text for n in entry.notes)])
        return needle in haystack.casefold()


def sort_newest_first(entries: Iterable[IndexEntry]) -> list[IndexEntry]:
    """Inbox order: newest import first, then by id for a stable order."""
    return sorted(entries, key=lambda e: (e.imported_at, e.report_id), reverse=True)


def search_inbox(entries: Iterable[IndexEntry], query: InboxQuery | None = None
                 ) -> list[IndexEntry]:
    """The entries passing ``query``, newest import first. Never raises."""
    query = query or InboxQuery()
    return sort_newest_first(e for e in entries if query.matches(e))
