"""One report: every field with its label, the attachments, and the triage and reply panels.

The report is decrypted in memory from its sealed original (never written out). A flagged file
(a different file reusing an inbox report's id, ui.moderator.flagged) opens here read-only: no
triage or reply, a comparison with the inbox report beside it instead. Attachments are
only ever saved on an explicit "Save as…", after a warning about untrusted files, into the place
the person chose under a sanitised name; the app never opens them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.moderator_store import IndexEntry, ModeratorStore, ReportView, SavedAttachment
from app.names import safe_attachment_name
from ui.messages import message_for
from ui.moderator import controls
from ui.moderator.controls import ProgressRow, push
from ui.moderator.flagged import ComparisonPanel, FlaggedPair
from ui.moderator.labels import plain_line, verdict_text
from ui.moderator.reply_panel import ReplyPanel
from ui.moderator.report_fields import report_html
from ui.moderator.session import JobError, ModeratorSession, errors_as_results
from ui.moderator.triage_panel import TriagePanel
from ui.widgets.basics import MessageBar, exact_bytes, human_size, label, named
from ui.widgets.file_dialogs import save_file
from ui.widgets.secret_clipboard import SecretClipboard
from ui.widgets.table_rows import select_row
from ui.workers import TaskRunner


@dataclass(frozen=True, repr=False)
class _Opened:
    """What a worker hands back: the report, and the flagged files around it."""

    view: ReportView
    flagged: FlaggedPair | None = None  # set when the report shown is itself a flagged file
    same_id: tuple[IndexEntry, ...] = ()  # flagged files carrying the id of this inbox report


class ReportPage(QWidget):
    """Emits ``backRequested`` and ``entryChanged(IndexEntry)`` (triage)."""

    backRequested = Signal()
    entryChanged = Signal(object)

    def __init__(self, clipboard: SecretClipboard, today: Callable[[], dt.date],
                 start_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPage")
        self._start = start_folder
        self._session: ModeratorSession | None = None
        self._view: ReportView | None = None
        self._flagged: FlaggedPair | None = None
        self._runner = TaskRunner(self)
        self.triage = TriagePanel()
        self.triage.entryChanged.connect(self._triaged)
        self.reply = ReplyPanel(clipboard, today, start_folder)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(push(self.tr("← &Back to the inbox"), "backToInboxButton",
                           self.tr("Back to the inbox"), self.backRequested.emit))
        self.demo_mark = label(self.tr("DEMO REPORT"), object_name="reportDemoMark", wrap=False)
        self.demo_mark.setStyleSheet("background: #b3261e; color: white; font-weight: 700; "
                                     "padding: 4px 12px;")
        self.flagged_mark = label(self.tr("FLAGGED: ID REUSED — READ-ONLY"),
                                  object_name="reportFlaggedMark", wrap=False)
        self.flagged_mark.setStyleSheet("background: #8a4b00; color: white; font-weight: 700; "
                                        "padding: 4px 12px;")
        top.addStretch(1)
        top.addWidget(self.flagged_mark)
        top.addWidget(self.demo_mark)
        layout.addLayout(top)
        self.busy_row = ProgressRow("reportProgress", self.tr("Opening the report"),
                                    self.tr("Decrypting the report in memory…"))
        layout.addWidget(self.busy_row)
        self.message = MessageBar("reportMessage")
        layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._content())
        splitter.addWidget(self._side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.show_view(None)

    def _content(self) -> QWidget:
        box = QWidget()
        self.fields = named(QTextBrowser(), "reportFields", self.tr("Report fields"))
        self.fields.setOpenLinks(False)
        self.fields.setOpenExternalLinks(False)
        self.attachments = named(QTableWidget(0, 4), "reportAttachments",
                                 self.tr("Attachments of this report"))
        self.attachments.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Type"),
                                                    self.tr("Size"),
                                                    self.tr("Metadata (as the editor saw it)")])
        self.attachments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachments.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachments.verticalHeader().hide()
        self.attachments.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.attachments.horizontalHeader().setStretchLastSection(True)
        self.attachments.setMaximumHeight(120)
        self._save = push(self.tr("Save attac&hment as…"), "saveAttachmentButton",
                          self.tr("Save attachment as"), self.save_selected)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields, 1)
        self.attachments_title = label(self.tr("Attachments"), wrap=False)
        layout.addWidget(self.attachments_title)
        layout.addWidget(self.attachments)
        row = QHBoxLayout()
        row.addWidget(label(self.tr("Attachments are never opened by this app: save one only "
                                    "to examine it on a separate, offline machine."), "hint"), 1)
        row.addWidget(self._save)
        layout.addLayout(row)
        return box

    def _side(self) -> QStackedWidget:
        self.tabs = named(QTabWidget(), "reportTabs", self.tr("Triage and reply"))
        self.tabs.addTab(self.triage, self.tr("&Triage"))
        self.tabs.addTab(self.reply, self.tr("&Reply"))
        self.comparison = ComparisonPanel()
        self.comparison.openInboxRequested.connect(self.open_report)
        self._side_stack = QStackedWidget()
        self._side_stack.addWidget(self.tabs)
        self._side_stack.addWidget(self.comparison)
        return self._side_stack

    # ------------------------------------------------------------------ show

    def set_session(self, session: ModeratorSession | None) -> None:
        """The store reports are read from."""
        self._session = session
        self.triage.set_session(session)
        self.reply.set_session(session)
        self.show_view(None)

    def open_report(self, report_id: str) -> None:
        """Decrypt ``report_id`` in memory (worker) and show it."""
        self._read_in_worker(lambda store: _Opened(
            store.read_report(report_id),
            same_id=tuple(e for e in store.conflicts() if e.report_id == report_id)))

    def open_flagged(self, pair: FlaggedPair) -> None:
        """Decrypt a flagged file in memory (worker) and show it read-only beside its twin."""

        def read(store: ModeratorStore) -> _Opened:
            view = store.read_report(pair.report_id, sha256=pair.sha256)
            inbox = store.get(pair.report_id) if store.contains_id(pair.report_id) else None
            return _Opened(view, FlaggedPair(view.entry, inbox))

        self._read_in_worker(read)

    def _read_in_worker(self, read: Callable[[ModeratorStore], _Opened]) -> None:
        """Run ``read`` on the store in a worker; its result (or error) is shown by _opened."""
        session = self._session
        if session is None:
            return
        self.show_view(None)
        self.busy_row.start(determinate=False, cancellable=False)

        def job(_p: object, _c: object) -> _Opened | JobError:
            with session.locked() as store:
                return errors_as_results(lambda: read(store))

        self._runner.start(job, on_finished=self._opened,
                           on_failed=lambda code: self._opened(JobError(code)))

    def _opened(self, result: object) -> None:
        self.busy_row.stop()
        if isinstance(result, JobError):
            self.message.show_message("error", message_for(result.code, **result.params))
            return
        assert isinstance(result, _Opened)
        self.show_view(result.view, result.flagged)
        if result.same_id:
            twin = FlaggedPair(result.same_id[0], result.view.entry)
            self.message.show_message(
                "warning", self.tr("A flagged file carries the id of this report (%1 in all). "
                                   "Someone may be replaying or forging a report; compare them "
                                   "before acting.").replace("%1", str(len(result.same_id))),
                self.tr("C&ompare with the flagged file"), lambda: self.open_flagged(twin))

    def show_view(self, view: ReportView | None, flagged: FlaggedPair | None = None) -> None:
        """Show a decrypted report (None: empty page); ``flagged``: it is a flagged file, shown
        read-only with the inbox report it collides with."""
        self._view = view
        self._flagged = flagged if view is not None else None
        self.message.clear()
        self.fields.setHtml(report_html(view, flagged=self._flagged is not None)
                            if view is not None else "")
        self.demo_mark.setVisible(view is not None and view.demo)
        self.flagged_mark.setVisible(self._flagged is not None)
        self.comparison.show_pair(self._flagged)
        self._side_stack.setCurrentWidget(self.comparison if self._flagged else self.tabs)
        self.attachments.setRowCount(0)
        entries = view.entry.attachments if view is not None else ()
        for row, item in enumerate(entries):
            self.attachments.insertRow(row)
            cells = (plain_line(item.name, 120), plain_line(item.media_type, 80),
                     f"{human_size(item.size)} ({exact_bytes(item.size)})",
                     verdict_text(item.metadata))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.attachments.setItem(row, column, cell)
        if entries:
            select_row(self.attachments, 0)
        self.attachments_title.setText(self.tr("Attachments (%1)").replace("%1", str(len(entries)))
                                       if entries else self.tr("No attachments."))
        self._save.setEnabled(bool(entries))
        inbox_view = view if self._flagged is None else None  # a flagged file: no triage
        self.triage.show_entry(inbox_view.entry if inbox_view is not None else None)
        self.reply.show_report(inbox_view)

    def view(self) -> ReportView | None:
        """The report shown."""
        return self._view

    def flagged(self) -> FlaggedPair | None:
        """The flagged file shown, with its inbox twin (None for an inbox report)."""
        return self._flagged

    def _triaged(self, entry: object) -> None:
        assert isinstance(entry, IndexEntry)
        if (self._view is not None and self._flagged is None
                and self._view.report_id == entry.report_id):
            self._view = ReportView(entry, self._view.manifest)
            scroll = self.fields.verticalScrollBar()
            position = scroll.value()
            self.fields.setHtml(report_html(self._view))
            scroll.setValue(position)
            self.reply.update_report(self._view)
        self.entryChanged.emit(entry)

    # ----------------------------------------------------------- attachments

    def suggested_name(self, index: int) -> str:
        """A safe file name for attachment ``index`` (no folders, no tricks)."""
        assert self._view is not None
        return safe_attachment_name(self._view.entry.attachments[index].name, index)

    def untrusted_warning(self) -> str:
        """The warning shown before any attachment is saved."""
        return self.tr(
            "This file came inside a report that anyone holding the team card could have "
            "sealed. Do not open it on a computer that holds the team's keys: open it on a "
            "separate, offline machine or a disposable virtual machine, and never run it or "
            "enable macros in it.")

    def save_selected(self) -> None:
        """"Save attachment as…": warn, ask where, then save."""
        rows = self.attachments.selectionModel().selectedRows()
        if self._view is None or not rows:
            return
        index = rows[0].row()
        if not controls.ask(self, self.tr("Save an untrusted file"), self.untrusted_warning(),
                            self.tr("&I understand, save it")):
            return
        path = save_file(self, self.tr("Save the attachment"), self._start,
                         self.suggested_name(index))
        if path is not None:
            self.save_attachment_to(index, path, overwrite=path.exists())

    def save_attachment_to(self, index: int, path: Path, overwrite: bool = False) -> None:
        """Stream attachment ``index`` into ``path`` once the whole report verified (worker)."""
        view, session = self._view, self._session
        if view is None or session is None or self._runner.busy():
            return
        sha256 = view.entry.sha256 if self._flagged is not None else None  # the file shown

        def job(_p: object, _c: object) -> SavedAttachment | JobError:
            with session.locked() as store:
                return errors_as_results(lambda: store.save_attachment_as(
                    view.report_id, index, path, overwrite=overwrite, sha256=sha256))

        self.busy_row.start(determinate=False, cancellable=False)
        self._runner.start(job, on_finished=self._saved,
                           on_failed=lambda code: self._saved(JobError(code)))

    def _saved(self, result: object) -> None:
        self.busy_row.stop()
        if isinstance(result, JobError):
            self.message.show_message("error", message_for(result.code, **result.params))
            return
        assert isinstance(result, SavedAttachment)
        self.message.show_message("warning", self.tr("Saved as %1 (%2). %3")
                                  .replace("%1", result.path.name)
                                  .replace("%2", human_size(result.size))
                                  .replace("%3", self.untrusted_warning()))

    def busy(self) -> bool:
        """True while a report is being opened or an attachment saved."""
        return (self._runner.busy() or self.triage.busy() or self.reply.busy())

    def shut_down(self) -> None:
        """Wait for running jobs (window closing)."""
        self._runner.shut_down()
        self.triage.shut_down()
        self.reply.shut_down()
