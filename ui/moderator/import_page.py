"""Import sealed reports: files, a whole folder, pasted text or parts; progress, cancel, summary.

A report enters the inbox only after all of it verified (app.importing). Every failure shows the
same message whatever check failed; only missing parts are named, so the person can fetch them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.importing import (
    ImportItem,
    ImportResult,
    ImportSummary,
    Outcome,
    import_items,
    item_from_file,
    item_from_text,
    items_from_folder,
)
from app.moderator_store import IndexEntry
from ui.messages import message_for
from ui.moderator.controls import ProgressRow, push
from ui.moderator.labels import outcome_text
from ui.moderator.session import JobError, ModeratorSession, errors_as_results
from ui.widgets.basics import MessageBar, label, named
from ui.widgets.file_dialogs import choose_folder, open_files
from ui.widgets.style import make_primary, monospace_font
from ui.workers import CancelFn, ProgressFn, TaskRunner

_Index = QModelIndex | QPersistentModelIndex
FAILED_COLOUR = QColor("#b3261e")
FLAGGED_COLOUR = QColor("#8a4b00")
MEASURED_ROWS = 200


def failure_text(result: ImportResult) -> str:
    """The one message of a failed item (missing parts are named)."""
    if result.missing_parts:
        return message_for("armor.missing_parts",
                           missing=", ".join(map(str, result.missing_parts)),
                           total=getattr(result.error, "total", "?"))
    return message_for(result.code or "open.failed")


class ImportResultsModel(QAbstractTableModel):
    """Columns: what was imported (file name or "pasted text"), result."""

    def __init__(self) -> None:
        super().__init__()
        self.results: list[ImportResult] = []

    def set_results(self, results: Sequence[ImportResult]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self.results = list(results)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Item"), self.tr("Result"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        result = self.results[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return result.label if index.column() == 0 else self.result_text(result)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            if result.outcome is Outcome.FAILED:
                return FAILED_COLOUR
            if result.outcome is Outcome.ID_REUSED:
                return FLAGGED_COLOUR
        return None

    def result_text(self, result: ImportResult) -> str:
        """The words in the Result column."""
        text = outcome_text(result.outcome)
        if result.outcome is Outcome.FAILED:
            text += " — " + failure_text(result)
        if result.demo and result.outcome in (Outcome.IMPORTED, Outcome.ID_REUSED):
            text += " — " + self.tr("DEMO report")
        return text


class ImportPage(QWidget):
    """Emits ``imported(list[IndexEntry], list[IndexEntry])`` after each import: the new inbox
    and the flagged files (different files reusing an inbox report's id)."""

    imported = Signal(object, object)
    flaggedRequested = Signal()

    def __init__(self, start_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPage")
        self._start = start_folder
        self._session: ModeratorSession | None = None
        self._runner = TaskRunner(self)
        self._summary: ImportSummary | None = None
        self._results = ImportResultsModel()
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Import reports"), "title", wrap=False))
        layout.addWidget(label(self.tr(
            "Bring in sealed reports from any channel: files from a USB stick or an e-mail, a "
            "whole folder, or the text of a message. Each report is checked completely before "
            "it enters the inbox; the same file twice is recognised."), "intro"))
        layout.addLayout(self._file_buttons())
        layout.addWidget(self._paste_box())
        self.busy_row = ProgressRow("importProgress", self.tr("Import progress"), self.tr(
            "Importing… Reports already checked stay imported if you cancel."))
        self.busy_row.cancelRequested.connect(self._runner.cancel_all)
        layout.addWidget(self.busy_row)
        layout.addWidget(self._summary_box(), 1)

    def _file_buttons(self) -> QHBoxLayout:
        self._files = push(self.tr("Import &files…"), "importFilesButton",
                           self.tr("Import files"), self.choose_files)
        make_primary(self._files)
        self._folder = push(self.tr("Import a f&older…"), "importFolderButton",
                            self.tr("Import a folder"), self.choose_folder)
        self.recursive = named(QCheckBox(self.tr("Include &sub-folders")), "importRecursive",
                               self.tr("Include sub-folders"))
        row = QHBoxLayout()
        row.addWidget(self._files)
        row.addWidget(self._folder)
        row.addWidget(self.recursive)
        row.addStretch(1)
        return row

    def _paste_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Pasted text or parts"))
        self.paste = named(QPlainTextEdit(), "importPasteText",
                           self.tr("Sealed text or parts to import"))
        self.paste.setFont(monospace_font(9))
        self.paste.setTabChangesFocus(True)
        self.paste.setPlaceholderText(self.tr(
            "Paste everything from -----BEGIN MESSAGE----- to -----END MESSAGE-----, or all the "
            "parts of a split message, in any order."))
        self.paste.setMaximumHeight(120)
        self._paste_button = push(self.tr("Import &pasted text"), "importPasteButton",
                                  self.tr("Import pasted text"), self.import_pasted)
        layout = QHBoxLayout(box)
        layout.addWidget(self.paste, 1)
        layout.addWidget(self._paste_button, 0, Qt.AlignmentFlag.AlignBottom)
        return box

    def _summary_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Results"))
        self.counts = label("", object_name="importCounts")
        self.message = MessageBar("importMessage")
        self.results_view = named(QTableView(), "importResults", self.tr("Import results"))
        self.results_view.setModel(self._results)
        self.results_view.verticalHeader().hide()
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.results_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.results_view.setWordWrap(True)
        self.results_view.verticalHeader().setDefaultSectionSize(26)
        layout = QVBoxLayout(box)
        layout.addWidget(self.counts)
        layout.addWidget(self.message)
        layout.addWidget(self.results_view, 1)
        return box

    # --------------------------------------------------------------- actions

    def set_session(self, session: ModeratorSession | None) -> None:
        """The store to import into (None: locked)."""
        self._session = session
        self._summary = None
        self._results.set_results([])
        self.counts.clear()
        self.message.clear()
        self.paste.clear()

    def busy(self) -> bool:
        """True while an import runs."""
        return self._runner.busy()

    def choose_files(self) -> None:
        """"Import files…" (several at once)."""
        paths = open_files(self, self.tr("Choose sealed files"), self._start)
        if paths:
            self.import_paths(paths)

    def choose_folder(self) -> None:
        """"Import a folder…"."""
        folder = choose_folder(self, self.tr("Choose a folder of sealed files"), self._start)
        if folder is not None:
            self.import_folder(folder)

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import these files (parts among them are put together)."""
        self.start([item_from_file(path) for path in paths])

    def import_folder(self, folder: Path) -> None:
        """Import every file of ``folder`` (and its sub-folders if ticked)."""
        items = errors_as_results(lambda: items_from_folder(
            folder, recursive=self.recursive.isChecked()))
        if isinstance(items, JobError):
            self.message.show_message("error", message_for(items.code, **items.params))
            return
        self.start(items)

    def import_pasted(self) -> None:
        """Import the pasted text (a whole message, or every part of one)."""
        text = self.paste.toPlainText()
        if not text.strip():
            self.message.show_message("info", self.tr("Paste the sealed text first."))
            return
        self.start([item_from_text(text, self.tr("Pasted text"))])

    def start(self, items: list[ImportItem]) -> None:
        """Import ``items`` off the GUI thread."""
        session = self._session
        if session is None or self.busy():
            return
        if not items:
            self.message.show_message("info", self.tr("There was nothing to import there."))
            return

        def job(progress: ProgressFn, cancel: CancelFn) -> tuple[
                ImportSummary, list[IndexEntry], list[IndexEntry]]:
            with session.locked() as store:
                summary = import_items(store, items, progress=progress, should_cancel=cancel)
                return summary, store.entries(), store.conflicts()

        self.message.clear()
        self._set_running(True)
        self._runner.start(job, on_finished=self._done, on_failed=self._failed,
                           on_progress=self.busy_row.set_progress)

    def _set_running(self, running: bool) -> None:
        for widget in (self._files, self._folder, self._paste_button):
            widget.setEnabled(not running)
        if running:
            self.busy_row.start()
            self.busy_row.cancel_button.setFocus()
        else:
            self.busy_row.stop()

    def _done(self, result: object) -> None:
        self._set_running(False)
        assert isinstance(result, tuple)
        summary, entries, flagged = result
        self.show_summary(summary)
        if summary.count(Outcome.IMPORTED) and not summary.cancelled:
            self.paste.clear()
        self.imported.emit(entries, flagged)

    def _failed(self, code: str) -> None:
        self._set_running(False)
        self.message.show_message("info" if code == "cancelled" else "error",
                                  message_for(code))

    def show_summary(self, summary: ImportSummary) -> None:
        """Counts, one explanation per kind of trouble, and a row per item."""
        self._summary = summary
        self._results.set_results(summary.results)
        if len(summary.results) <= MEASURED_ROWS:  # measuring 10,000 rows would stall
            self.results_view.resizeRowsToContents()
        self.counts.setText(self.tr("Imported: %1    Already imported: %2    Flagged: %3    "
                                    "Failed: %4")
                            .replace("%1", str(summary.count(Outcome.IMPORTED)))
                            .replace("%2", str(summary.count(Outcome.DUPLICATE)))
                            .replace("%3", str(summary.count(Outcome.ID_REUSED)))
                            .replace("%4", str(summary.count(Outcome.FAILED))))
        self.counts.setAccessibleName(self.counts.text())
        self.message.clear()
        notes = []
        if summary.count(Outcome.ID_REUSED):
            notes.append(self.tr(
                "Flagged: a different file reuses the id of a report already in the inbox. It "
                "was kept apart and not added to the inbox: one of the two may be a replay or a "
                "forgery by someone holding the public team card."))
        if summary.count(Outcome.FAILED):
            notes.append(self.tr("Some items could not be imported; the reason is shown next "
                                 "to each. Nothing of them was kept."))
        if summary.cancelled:
            notes.append(self.tr("Cancelled: the reports checked before stay imported."))
        if notes:
            trouble = summary.count(Outcome.FAILED) or summary.count(Outcome.ID_REUSED)
            flagged = bool(summary.count(Outcome.ID_REUSED))
            self.message.show_message(
                "warning" if trouble else "info", "\n".join(notes),
                self.tr("Show the fla&gged files") if flagged else "",
                self.flaggedRequested.emit if flagged else None)

    def summary(self) -> ImportSummary | None:
        """The last import's summary."""
        return self._summary

    def result_texts(self) -> list[str]:
        """The Result column, top to bottom (tests)."""
        return [self._results.result_text(r) for r in self._results.results]

    def shut_down(self) -> None:
        """Cancel and wait (window closing)."""
        self._runner.shut_down()
