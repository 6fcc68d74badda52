"""Triage of one report: status, tags, private notes (encrypted in the store), the log check.

Each action is appended to the tamper-evident log and saved (app.triage), in a worker.
"Check the triage log" walks the whole hash chain and names the first broken entry.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import triage
from app.moderator_store import IndexEntry, ModeratorStore
from app.triage_log import LogVerdict
from ui.messages import message_for
from ui.moderator.controls import field_label, push
from ui.moderator.labels import STATUSES, iso_time_text, status_labels
from ui.moderator.session import JobError, ModeratorSession, errors_as_results
from ui.widgets.basics import MessageBar, named
from ui.workers import TaskRunner

translate = QCoreApplication.translate
StoreAction = Callable[[ModeratorStore], IndexEntry]


def _reason(reason: str | None) -> str:
    return {
        "unreadable": translate("TriagePanel", "it cannot be read: it was altered or damaged"),
        "edited": translate("TriagePanel", "it was rewritten"),
        "sequence": translate("TriagePanel", "an entry is missing or out of order"),
        "link": translate("TriagePanel", "it does not follow the entry before it"),
        "missing": translate("TriagePanel", "entries were cut off the end"),
        "anchor": translate("TriagePanel", "it does not match what the inbox recorded"),
    }.get(reason or "", reason or "")


class TriagePanel(QWidget):
    """Emits ``entryChanged(IndexEntry)`` after every saved change."""

    entryChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("triagePanel")
        self._session: ModeratorSession | None = None
        self._entry: IndexEntry | None = None
        self._runner = TaskRunner(self)
        layout = QVBoxLayout(self)
        self.status = named(QComboBox(), "triageStatus", self.tr("Status"))
        for status in STATUSES:
            self.status.addItem(status_labels()[status], status)
        self.status.activated.connect(lambda _i: self.set_status(self.status.currentData()))
        layout.addWidget(field_label(self.tr("&Status"), self.status))
        layout.addWidget(self.status)
        layout.addWidget(self._tags_box())
        layout.addWidget(self._notes_box(), 1)
        self._check = push(self.tr("Check the triage lo&g"), "checkLogButton",
                           self.tr("Check the triage log"), self.check_log)
        layout.addWidget(self._check)
        self.message = MessageBar("triageMessage")
        layout.addWidget(self.message)

    def _tags_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tags"))
        self.tags = named(QListWidget(), "triageTags", self.tr("Tags of this report"))
        self.tags.setMaximumHeight(90)
        self.new_tag = named(QLineEdit(), "triageNewTag", self.tr("New tag"))
        self.new_tag.setPlaceholderText(self.tr("New tag"))
        self.new_tag.returnPressed.connect(lambda: self.add_tag(self.new_tag.text()))
        add = push(self.tr("&Add tag"), "addTagButton", self.tr("Add tag"),
                   lambda: self.add_tag(self.new_tag.text()))
        remove = push(self.tr("Remo&ve tag"), "removeTagButton", self.tr("Remove selected tag"),
                      self.remove_selected_tag)
        row = QHBoxLayout()
        row.addWidget(self.new_tag, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout = QVBoxLayout(box)
        layout.addWidget(self.tags)
        layout.addLayout(row)
        return box

    def _notes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Private notes (encrypted, only in your store)"))
        self.notes = named(QPlainTextEdit(), "triageNotes", self.tr("Notes so far"))
        self.notes.setReadOnly(True)
        self.notes.setTabChangesFocus(True)
        self.new_note = named(QPlainTextEdit(), "triageNewNote", self.tr("New note"))
        self.new_note.setTabChangesFocus(True)
        self.new_note.setMaximumHeight(70)
        add = push(self.tr("Add &note"), "addNoteButton", self.tr("Add note"),
                   lambda: self.add_note(self.new_note.toPlainText()))
        layout = QVBoxLayout(box)
        layout.addWidget(self.notes, 1)
        layout.addWidget(field_label(self.tr("Ne&w note"), self.new_note))
        layout.addWidget(self.new_note)
        layout.addWidget(add)
        return box

    # ------------------------------------------------------------------ show

    def set_session(self, session: ModeratorSession | None) -> None:
        """The store the actions go to."""
        self._session = session
        self.show_entry(None)

    def show_entry(self, entry: IndexEntry | None) -> None:
        """Show one report's triage state (None: empty)."""
        self._entry = entry
        self.message.clear()
        self.tags.clear()
        self.notes.clear()
        self.setEnabled(entry is not None)
        if entry is None:
            return
        self.status.setCurrentIndex(max(0, self.status.findData(entry.status)))
        self.tags.addItems(list(entry.tags))
        self.notes.setPlainText("\n\n".join(f"{iso_time_text(n.time)}\n{n.text}"
                                            for n in entry.notes))

    def entry(self) -> IndexEntry | None:
        """The report shown."""
        return self._entry

    # --------------------------------------------------------------- actions

    def _run(self, action: StoreAction, on_done: Callable[[], None]) -> None:
        session = self._session
        if session is None or self._runner.busy():
            return

        def job(_p: object, _c: object) -> IndexEntry | JobError:
            with session.locked() as store:
                return errors_as_results(lambda: action(store))

        self._runner.start(job, on_finished=lambda result: self._saved(result, on_done),
                           on_failed=lambda code: self._saved(JobError(code), on_done))

    def _saved(self, result: object, on_done: Callable[[], None]) -> None:
        if isinstance(result, JobError):
            self.message.show_message("error", message_for(result.code, **result.params))
            if self._entry is not None:
                self.status.setCurrentIndex(max(0, self.status.findData(self._entry.status)))
            return
        assert isinstance(result, IndexEntry)
        self.show_entry(result)
        on_done()
        self.entryChanged.emit(result)

    def _store_action(self, name: str, value: str) -> StoreAction:
        assert self._entry is not None
        report_id = self._entry.report_id
        function = {"status": triage.set_status, "tag_add": triage.add_tag,
                    "tag_remove": triage.remove_tag, "note": triage.add_note}[name]
        return lambda store: function(store, report_id, value)

    def set_status(self, status: str) -> None:
        """Change the status (logged)."""
        if self._entry is not None and status != self._entry.status:
            self._run(self._store_action("status", status), lambda: None)

    def add_tag(self, tag: str) -> None:
        """Add a tag (logged)."""
        if self._entry is not None and tag.strip():
            self._run(self._store_action("tag_add", tag), self.new_tag.clear)

    def remove_selected_tag(self) -> None:
        """Remove the selected tag (logged)."""
        item = self.tags.currentItem()
        if self._entry is not None and item is not None:
            self._run(self._store_action("tag_remove", item.text()), lambda: None)

    def add_note(self, text: str) -> None:
        """Add a private note (only a keyed hash of it goes into the log)."""
        if self._entry is not None:
            self._run(self._store_action("note", text), self.new_note.clear)

    def check_log(self) -> None:
        """Verify the whole triage log; show OK or the first broken entry."""
        session = self._session
        if session is None or self._runner.busy():
            return

        def job(_p: object, _c: object) -> LogVerdict | JobError:
            with session.locked() as store:
                return errors_as_results(lambda: triage.verify_log(store))

        self._runner.start(job, on_finished=self.show_verdict,
                           on_failed=lambda code: self.show_verdict(JobError(code)))

    def show_verdict(self, verdict: object) -> None:
        """OK, or where the chain first breaks."""
        if isinstance(verdict, JobError):
            self.message.show_message("error", message_for(verdict.code, **verdict.params))
            return
        assert isinstance(verdict, LogVerdict)
        if verdict.ok:
            text = self.tr("The triage log is intact: %1 entries, none altered, removed or "
                           "reordered.").replace("%1", str(verdict.entries))
            if verdict.unanchored:
                text += " " + self.tr("The last %1 entries were written but not yet recorded "
                                      "in the inbox (an interrupted save).").replace(
                    "%1", str(verdict.unanchored))
            self.message.show_message("success", text)
            return
        self.message.show_message("error", self.tr(
            "The triage log is broken at entry %1: %2. The %3 entries before it are intact; "
            "from this one on, the log cannot be trusted.")
            .replace("%1", str(verdict.first_broken)).replace("%2", _reason(verdict.reason))
            .replace("%3", str(verdict.entries)))

    def busy(self) -> bool:
        """True while a change is being saved or the log checked."""
        return self._runner.busy()

    def shut_down(self) -> None:
        """Wait for a running save (window closing)."""
        self._runner.shut_down()
