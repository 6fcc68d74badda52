"""A report's fields as escaped HTML for a read-only viewer: content is shown, never interpreted.

Links stay plain text (the app opens nothing and talks to no network); long fields are shown in
full; choice values get the editor's labels; the sender is never named (sealed reports are
anonymous: anyone holding the team card can seal one).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from app.moderator_store import ReportView
from app.report import CHOICES, FIELD_ORDER
from ui.editor.labels import choice_label, field_name
from ui.moderator.labels import iso_date_text, iso_time_text, status_label

translate = QCoreApplication.translate
_LABEL_CELL = "padding:4px 14px 4px 0; color:#444; vertical-align:top; white-space:nowrap"


def _value(key: str, value: str) -> str:
    shown = choice_label(key, value) if key in CHOICES else value
    # Each line isolated: a direction override typed into a field cannot spill out of it.
    return "<br>".join(f"\u2068{html.escape(line)}\u2069" for line in shown.split("\n"))


def _row(name: str, value_html: str) -> str:
    return (f"<tr><td style='{_LABEL_CELL}'><b>{html.escape(name)}</b></td>"
            f"<td style='padding:4px 0'>{value_html}</td></tr>")


def _facts(view: ReportView, flagged: bool) -> list[str]:
    entry = view.entry
    status = (_row(translate("ReportFields", "Status"), html.escape(status_label(entry.status)))
              if not flagged else
              _row(translate("ReportFields", "Flagged"), html.escape(translate(
                  "ReportFields", "kept apart: a report in the inbox carries the same id"))))
    return [
        _row(translate("ReportFields", "Sender"), html.escape(translate(
            "ReportFields", "unknown — sealed reports are anonymous"))),
        _row(translate("ReportFields", "Sealed on"),
             html.escape(iso_date_text(entry.sealed_on, long=True))),
        _row(translate("ReportFields", "Imported"),
             html.escape(iso_time_text(entry.imported_at, long=True))),
        status,
        _row(translate("ReportFields", "Report id"),
             f"<span style='font-family:monospace'>{html.escape(entry.report_id)}</span>"),
        _row(translate("ReportFields", "Reply"), html.escape(
            translate("ReportFields", "the editor asked for a sealed reply") if view.reply_key
            else translate("ReportFields", "the editor did not ask for a reply"))),
    ]


def report_html(view: ReportView, *, flagged: bool = False) -> str:
    """Facts, then every field with its label (known fields in form order, then any others).

    ``flagged``: a file kept apart because it reuses an inbox report's id (no triage status).
    """
    fields = view.fields
    keys = [k for k in FIELD_ORDER if k in fields] + sorted(set(fields) - set(FIELD_ORDER))
    rows = [_row(field_name(key), _value(key, fields[key])) for key in keys]
    rule = "<tr><td colspan='2'><hr></td></tr>"
    parts = []
    if view.demo:
        demo = translate("ReportFields", "DEMO REPORT — sealed with the public demo team key; "
                                         "not a real concern")
        parts.append(f"<p style='background:#b3261e; color:white; font-weight:700; "
                     f"padding:6px'>{html.escape(demo)}</p>")
    parts.append(f"<table width='100%'>{''.join([*_facts(view, flagged), rule, *rows])}</table>")
    return "".join(parts)
