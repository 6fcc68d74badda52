"""Translated words of the moderator window: statuses, metadata verdicts, import outcomes, dates.

Field and choice labels (title, category, urgency…) are the editor's (ui.editor.labels), so a
report reads with the same words on both sides.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt

from app.image_metadata import MetadataVerdict
from app.importing import Outcome
from crypto.reply import STATUSES
from ui.editor.labels import choice_label, field_name

translate = QCoreApplication.translate
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067"
                                       "\u2068\u2069\u061c"))

__all__ = ["STATUSES", "choice_label", "field_name", "status_labels", "status_label",
           "verdict_text", "outcome_text", "urgency_short_labels", "iso_date_text",
           "iso_time_text", "plain_line"]


def status_labels() -> dict[str, str]:
    """Status code → label, in workflow order."""
    return {"new": translate("Status", "New"),
            "in_review": translate("Status", "In review"),
            "waiting": translate("Status", "Waiting"),
            "closed": translate("Status", "Closed")}


def status_label(status: str) -> str:
    """The label of one status (the code itself if unknown)."""
    return status_labels().get(status, status)


def verdict_text(verdict: str) -> str:
    """What happened to an attachment's metadata, as the editor was told before sealing."""
    texts = {
        MetadataVerdict.CLEANED.value: translate("Verdict", "metadata removed by the editor's app"),
        MetadataVerdict.NOTHING_FOUND.value: translate("Verdict", "no metadata found"),
        MetadataVerdict.KEPT_BY_CHOICE.value: translate(
            "Verdict", "⚠ original kept as evidence, with its metadata"),
        MetadataVerdict.NOT_CLEANABLE.value: translate(
            "Verdict", "⚠ metadata could not be removed from this type"),
    }
    return texts.get(verdict, translate("Verdict", "unknown"))


def outcome_text(outcome: Outcome) -> str:
    """One import result in words."""
    return {Outcome.IMPORTED: translate("Outcome", "Imported"),
            Outcome.DUPLICATE: translate("Outcome", "Already imported"),
            Outcome.ID_REUSED: translate("Outcome", "Flagged: report id reused"),
            Outcome.FAILED: translate("Outcome", "Failed"),
            Outcome.CANCELLED: translate("Outcome", "Cancelled")}[outcome]


def urgency_short_labels() -> dict[str, str]:
    """Urgency code → one word, for the inbox's narrow column."""
    return {"low": translate("Urgency", "Low"), "medium": translate("Urgency", "Medium"),
            "high": translate("Urgency", "High"), "critical": translate("Urgency", "Critical")}


def iso_date_text(value: str, long: bool = False) -> str:
    """"2026-03-14" in the person's digits ("14 March 2026" with ``long``); else unchanged."""
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              "d MMMM yyyy" if long else "yyyy-MM-dd")


def iso_time_text(value: str, long: bool = False) -> str:
    """"2026-03-14T09:30:00Z" as a local date and time ("2026-03-14 10:30")."""
    stamp = QDateTime.fromString(value, Qt.DateFormat.ISODate)
    if not stamp.isValid():
        return value
    return QLocale().toString(stamp.toLocalTime(),
                              "d MMMM yyyy, HH:mm" if long else "yyyy-MM-dd HH:mm")


def plain_line(text: str, limit: int = 200) -> str:
    """Untrusted text for one table cell: no direction overrides, one line, cut."""
    line = " ".join(text.translate(BIDI_CONTROLS).split())
    return line if len(line) <= limit else line[:limit - 1] + "…"
