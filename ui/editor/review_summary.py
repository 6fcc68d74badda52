"""The "what will be sent" summary of the review page, as escaped HTML (content is never markup)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from app.attachments import PreparedAttachment
from app.image_metadata import MetadataVerdict
from app.report import CHOICES, FIELD_ORDER, ConcernForm
from ui.editor.labels import choice_label, field_name, removed_metadata_text
from ui.widgets.basics import human_size

MAX_SHOWN_CHARS = 4000
translate = QCoreApplication.translate


def _value_html(key: str, value: str) -> str:
    shown = choice_label(key, value) if key in CHOICES else value
    extra = ""
    if len(shown) > MAX_SHOWN_CHARS:
        more = str(len(shown) - MAX_SHOWN_CHARS)
        extra = translate("ReviewSummary", " … (%1 more characters)").replace("%1", more)
        shown = shown[:MAX_SHOWN_CHARS]
    return html.escape(shown).replace("\n", "<br>") + html.escape(extra)


def _verdict(item: PreparedAttachment) -> str:
    if item.verdict is MetadataVerdict.CLEANED:
        removed = removed_metadata_text(item.removed)
        return translate("ReviewSummary", "metadata removed: %1").replace("%1", removed)
    if item.verdict is MetadataVerdict.NOTHING_FOUND:
        return translate("ReviewSummary", "no metadata found")
    if item.verdict is MetadataVerdict.KEPT_BY_CHOICE:
        return translate("ReviewSummary", "⚠ original kept as evidence, with its metadata")
    return translate("ReviewSummary", "⚠ metadata cannot be removed from this type")


def _isolated(text: str) -> str:
    """Escaped, and isolated for the bidi algorithm (a Latin name inside Arabic text)."""
    return f"\u2068{html.escape(text)}\u2069"


def _heading(text: str) -> str:
    return f"<h3>{html.escape(text)}</h3>"


def summary_html(form: ConcernForm, attachments: list[PreparedAttachment]) -> str:
    """Fields in form order, then attachments with their metadata verdicts."""
    fields = form.manifest_fields()
    rows = "".join(
        f"<tr><td style='padding:3px 12px 3px 0; color:#444; vertical-align:top'>"
        f"<b>{html.escape(field_name(key))}</b></td>"
        f"<td style='padding:3px 0'>{_value_html(key, fields[key])}</td></tr>"
        for key in FIELD_ORDER if key in fields)
    parts = [_heading(translate("ReviewSummary", "What will be sent")), f"<table>{rows}</table>",
             _heading(translate("ReviewSummary", "Attachments"))]
    if not attachments:
        none = translate("ReviewSummary", "No attachments.")
        parts.append(f"<p>{html.escape(none)}</p>")
    else:
        direction = "rtl" if QGuiApplication.isRightToLeft() else "ltr"
        items = "".join(f"<li dir='{direction}'>{_isolated(item.name)} — "
                        f"{_isolated(human_size(item.size))} — {html.escape(_verdict(item))}</li>"
                        for item in attachments)
        parts.append(f"<ul>{items}</ul>")
    return "".join(parts)
