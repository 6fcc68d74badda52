"""Page 3: attachments, added by dialog or drag and drop, checked off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.attachments import PreparedAttachment, prepare_attachment
from app.image_metadata import MetadataVerdict
from ui.editor.attachment_model import AttachmentModel, RowState
from ui.widgets.basics import MessageBar, label, named
from ui.widgets.file_dialogs import open_files
from ui.widgets.style import make_primary
from ui.workers import Task, TaskRunner


class AttachmentsPage(QWidget):
    """The files that go with the report and what happens to their hidden data."""

    backRequested = Signal()
    nextRequested = Signal()
    changed = Signal()

    def __init__(self, start_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsPage")
        self.setAcceptDrops(True)
        self._start_folder = start_folder
        self._model = AttachmentModel()
        self._runner = TaskRunner(self)
        self._current: dict[Path, Task] = {}
        self._build()
        self._model.dataChanged.connect(self._sync_details)
        self._model.modelReset.connect(self._sync_details)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Attachments"), "title", wrap=False))
        layout.addWidget(label(self.tr(
            "Add photos, videos or documents of any size, or drag them here. Pictures (JPEG, PNG, "
            "WebP, GIF) are cleaned of hidden data such as location and camera before sealing; "
            "other types cannot be cleaned."), "hint"))
        layout.addLayout(self._toolbar())
        layout.addWidget(self._table(), 1)
        layout.addWidget(self._details())
        self._bar = MessageBar("attachmentsMessage")
        layout.addWidget(self._bar)
        layout.addLayout(self._navigation())
        self._sync_details()

    def _toolbar(self) -> QHBoxLayout:
        self._add = named(QPushButton(self.tr("&Add files…")), "addAttachmentsButton",
                          self.tr("Add files"))
        self._remove = named(QPushButton(self.tr("&Remove")), "removeAttachmentButton",
                             self.tr("Remove the selected file"))
        self._add.clicked.connect(self.choose_files)
        self._remove.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self._add)
        row.addWidget(self._remove)
        row.addStretch(1)
        return row

    def _table(self) -> QTableView:
        self._view = named(QTableView(), "attachmentsTable", self.tr("Attached files"))
        self._view.setModel(self._model)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setWordWrap(True)
        self._view.verticalHeader().hide()
        header = self._view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(80)
        corner = self._view.findChild(QAbstractButton)
        if corner is not None:
            corner.setAccessibleName(self.tr("Select all"))
        self._view.selectionModel().selectionChanged.connect(self._sync_details)
        return self._view

    def _details(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selected file"))
        self._details_box = box
        layout = QVBoxLayout(box)
        self._keep = named(QCheckBox(self.tr("&Keep the original as evidence")),
                           "keepOriginalCheck", self.tr("Keep the original as evidence"))
        self._keep.toggled.connect(self._keep_toggled)
        layout.addWidget(self._keep)
        layout.addWidget(label(self.tr(
            "The original keeps its hidden data, such as where and when the photo was taken and "
            "with which camera: only keep it if the team needs it as proof."), "hint"))
        return box

    def _navigation(self) -> QHBoxLayout:
        back = named(QPushButton(self.tr("&Back to the form")), "attachmentsBackButton",
                     self.tr("Back to the form"))
        self._next = named(QPushButton(self.tr("&Next: review")), "attachmentsNextButton",
                           self.tr("Next: review"))
        make_primary(self._next)
        back.clicked.connect(self.backRequested)
        self._next.clicked.connect(self.nextRequested)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self._next)
        return row

    # ------------------------------------------------------------ behaviour

    def choose_files(self) -> None:
        """The "Add files…" button: Qt's own dialog (no recent-files trace)."""
        self.add_files(open_files(self, self.tr("Add files"), self._start_folder))

    def add_files(self, paths: list[Path], keep_original: bool = False) -> None:
        """Attach files; each is checked (and pictures cleaned) off the GUI thread."""
        for path in paths:
            if self._model.find(path) >= 0:
                self._bar.show_message("info", self.tr("This file is already attached."))
                continue
            self._model.add(path)
            self._prepare(path, keep_original)
        self.changed.emit()

    def _prepare(self, path: Path, keep_original: bool) -> None:
        self._model.update(path, keep_original=keep_original, state=RowState.PREPARING)
        task = self._runner.start(
            lambda _progress, _cancel: prepare_attachment(path, keep_original=keep_original),
            on_finished=lambda result: self._prepared(path, task, result),
            on_failed=lambda code: self._failed(path, task, code))
        self._current[path] = task

    def _prepared(self, path: Path, task: Task, result: object) -> None:
        if self._current.get(path) is not task:
            return  # an older run for this file; a newer one is on its way
        assert isinstance(result, list)
        items: tuple[PreparedAttachment, ...] = tuple(result)
        self._model.update(path, prepared=items, state=RowState.READY)
        self.changed.emit()

    def _failed(self, path: Path, task: Task, code: str) -> None:
        if self._current.get(path) is task:
            self._model.update(path, state=RowState.FAILED, error_code=code)
            self.changed.emit()

    def selected_row(self) -> int:
        """The selected row, or -1."""
        rows = self._view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, number: int) -> None:
        """Select one row."""
        self._view.selectRow(number)

    def remove_selected(self) -> None:
        """The "Remove" button."""
        number = self.selected_row()
        if number >= 0:
            self._current.pop(self._model.row(number).path, None)
            self._model.remove(number)
            self.changed.emit()

    def set_keep_original(self, number: int, keep: bool) -> None:
        """Re-check one file, keeping (or not) its original as evidence."""
        row = self._model.row(number)
        if row.keep_original != keep:
            self._prepare(row.path, keep)

    def _keep_toggled(self, keep: bool) -> None:
        number = self.selected_row()
        if number >= 0:
            self.set_keep_original(number, keep)

    def _sync_details(self, *_args: object) -> None:
        number = self.selected_row()
        row = self._model.row(number) if number >= 0 else None
        cleanable = bool(row and row.state is RowState.READY and row.prepared[0].verdict in (
            MetadataVerdict.CLEANED, MetadataVerdict.NOTHING_FOUND))
        self._keep.blockSignals(True)
        self._keep.setChecked(bool(row and row.keep_original))
        self._keep.blockSignals(False)
        self._keep.setEnabled(cleanable)
        self._remove.setEnabled(row is not None)
        self._details_box.setTitle(self.tr("Selected file: %1").replace("%1", row.path.name)
                                   if row else self.tr("Selected file: none"))

    # -------------------------------------------------------- drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        urls = event.mimeData().urls()
        if urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_files([path for path in paths if path.is_file()])
        event.acceptProposedAction()

    # ------------------------------------------------------------- queries

    def prepared(self) -> list[PreparedAttachment]:
        """Everything ready to seal."""
        return self._model.prepared()

    def verdict(self, number: int) -> str:
        """The metadata column of row ``number`` as shown."""
        return str(self._model.data(self._model.index(number, 3)) or "")

    def paths(self) -> list[Path]:
        """The attached files, in order."""
        return [row.path for row in self._model.rows()]

    def failed_count(self) -> int:
        """How many chosen files could not be read (they will not be sent)."""
        return sum(row.state is RowState.FAILED for row in self._model.rows())

    def model(self) -> AttachmentModel:
        """The table's model (read-only use)."""
        return self._model

    def busy(self) -> bool:
        """True while a file is still being checked."""
        return self._model.busy()

    def clear(self) -> None:
        """Remove every attachment."""
        self._current.clear()
        self._model.clear()
        self._bar.clear()
        self.changed.emit()

    def shut_down(self) -> None:
        """Stop background checks (window closing)."""
        self._runner.shut_down()
