"""Export selected reports for case work (JSON or CSV), behind an explicit plaintext warning.

The Export button stays disabled until the person ticks "I understand the file is not
encrypted"; that tick is what is passed to app.case_export as ``acknowledge_plaintext``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.case_export import ExportOutcome, export_cases
from ui.messages import message_for
from ui.moderator.controls import ProgressRow, push
from ui.moderator.session import JobError, ModeratorSession, errors_as_results
from ui.widgets.basics import MessageBar, label, named
from ui.widgets.file_dialogs import save_file
from ui.widgets.style import STYLE_SHEET, make_primary
from ui.workers import TaskRunner


class CaseExportDialog(QDialog):
    """Choose the format, acknowledge the plaintext, choose where, export."""

    def __init__(self, session: ModeratorSession, report_ids: Sequence[str], start_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseExportDialog")
        self.setWindowTitle(self.tr("Export for case work"))
        self.setStyleSheet(STYLE_SHEET)
        self._session, self._ids, self._start = session, list(report_ids), start_folder
        self._runner = TaskRunner(self)
        self.outcome: ExportOutcome | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("%1 reports selected.").replace("%1", str(len(self._ids))),
                               "intro", object_name="exportCount"))
        layout.addLayout(self._format_row())
        self.include_notes = named(QCheckBox(self.tr("Include private &notes")),
                                   "exportIncludeNotes", self.tr("Include private notes"))
        layout.addWidget(self.include_notes)
        warning = MessageBar("exportWarning")
        warning.show_message("warning", self.tr(
            "The exported file is NOT encrypted: anyone who gets it can read these reports. Save "
            "it only on an encrypted disk, share it only with people who need it, and delete it "
            "when done."))
        layout.addWidget(warning)
        self.acknowledge = named(QCheckBox(self.tr(
            "I &understand: the exported file is not encrypted")), "exportAcknowledge",
            self.tr("I understand: the exported file is not encrypted"))
        self.acknowledge.toggled.connect(self._update)
        layout.addWidget(self.acknowledge)
        self.busy_row = ProgressRow("exportProgress", self.tr("Exporting"),
                                    self.tr("Decrypting the selected reports in memory…"))
        layout.addWidget(self.busy_row)
        self.message = MessageBar("exportMessage")
        layout.addWidget(self.message)
        layout.addLayout(self._button_row())
        self._update()
        self.resize(640, 360)

    def _button_row(self) -> QHBoxLayout:
        self._export = push(self.tr("&Export…"), "exportButton", self.tr("Export"),
                            self.choose_file)
        make_primary(self._export)
        close = push(self.tr("&Close"), "exportCloseButton", self.tr("Close"), self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(self._export)
        return row

    def _format_row(self) -> QHBoxLayout:
        self.as_json = named(QRadioButton(self.tr("&JSON (all fields, for tools)")), "exportJson",
                             self.tr("JSON"))
        self.as_csv = named(QRadioButton(self.tr("&CSV (a spreadsheet)")), "exportCsv",
                            self.tr("CSV"))
        group = QButtonGroup(self)
        group.addButton(self.as_json)
        group.addButton(self.as_csv)
        self.as_json.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.as_json)
        row.addWidget(self.as_csv)
        row.addStretch(1)
        return row

    def _update(self) -> None:
        self._export.setEnabled(self.acknowledge.isChecked() and not self._runner.busy())

    def fmt(self) -> str:
        """"json" or "csv"."""
        return "csv" if self.as_csv.isChecked() else "json"

    def choose_file(self) -> None:
        """Ask where (Qt's own dialog), then export."""
        if not self.acknowledge.isChecked():
            self.message.show_message("error", message_for("export.needs_ack"))
            return
        path = save_file(self, self.tr("Save the export"), self._start, f"cases.{self.fmt()}")
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Export the selected reports to ``path`` (worker)."""
        if self._runner.busy():
            return
        session, ids, fmt = self._session, self._ids, self.fmt()
        acknowledged, notes = self.acknowledge.isChecked(), self.include_notes.isChecked()

        def job(_p: object, _c: object) -> ExportOutcome | JobError:
            with session.locked() as store:
                return errors_as_results(lambda: export_cases(
                    store, ids, path, fmt=fmt, acknowledge_plaintext=acknowledged,
                    include_notes=notes))

        self.message.clear()
        self.busy_row.start(determinate=False, cancellable=False)
        self._runner.start(job, on_finished=self._done,
                           on_failed=lambda code: self._done(JobError(code)))
        self._update()

    def _done(self, result: object) -> None:
        self.busy_row.stop()
        self._update()
        if isinstance(result, JobError):
            self.message.show_message("error", message_for(result.code, **result.params))
            return
        assert isinstance(result, ExportOutcome)
        self.outcome = result
        self.message.show_message("success", self.tr(
            "%1 reports were exported to %2. Delete the file when the case work is done.")
            .replace("%1", str(result.reports)).replace("%2", result.path.name))

    def busy(self) -> bool:
        """True while exporting."""
        return self._runner.busy()

    def done(self, result: int) -> None:  # noqa: D102 (Qt override: wait for the worker)
        self._runner.shut_down()
        super().done(result)
