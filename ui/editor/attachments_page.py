"""Page 3: attachments, added by dialog or drag and drop, checked off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
from app.drafts import DraftAttachment
from app.image_metadata import MetadataVerdict
from ui.editor.attachment_model import AttachmentModel, RowState
from ui.editor.draft_keeper import AttachmentStorer, StoredPair
from ui.widgets.basics import MessageBar, label, named
from ui.widgets.file_dialogs import open_files
from ui.widgets.style import make_primary
from ui.widgets.table_rows import select_row
from ui.workers import CancelFn, ProgressFn, Task, TaskRunner

PERCENT = 100


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
        self._current: dict[int, Task] = {}
        self._storer: Callable[[], AttachmentStorer | None] | None = None
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
        self._reopened_hint = label(self.tr(
            "This file came back with the draft. To change this choice, remove it and add the "
            "file again."), "hint", object_name="reopenedAttachmentHint")
        self._reopened_hint.hide()
        layout.addWidget(self._reopened_hint)
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

    def set_storer_source(self, source: Callable[[], AttachmentStorer | None] | None) -> None:
        """Where checked files are copied (encrypted) for the draft; None: nowhere (demo)."""
        self._storer = source

    def add_files(self, paths: list[Path], keep_original: bool = False) -> None:
        """Attach files; each is checked (and pictures cleaned) off the GUI thread, then copied
        encrypted into the draft when there is one."""
        for path in paths:
            if self._model.find(path) >= 0:
                self._bar.show_message("info", self.tr("This file is already attached."))
                continue
            self._prepare(self._model.add(path), path, keep_original)
        self.changed.emit()

    def _prepare(self, key: int, path: Path, keep_original: bool) -> None:
        self._model.update(key, keep_original=keep_original, state=RowState.PREPARING,
                           percent=-1)
        storer = self._storer() if self._storer is not None else None

        def job(progress: ProgressFn, cancel: CancelFn) -> list[StoredPair | PreparedAttachment]:
            items = prepare_attachment(path, keep_original=keep_original)
            if storer is None:
                return list(items)
            progress(0, 1)
            return list(storer(items, keep_original, progress, cancel))

        task = self._runner.start(
            job, on_finished=lambda result: self._prepared(key, task, result),
            on_failed=lambda code: self._failed(key, task, code),
            on_progress=lambda done, total: self._progress(key, task, done, total))
        self._current[key] = task

    def _progress(self, key: int, task: Task, done: int, total: int) -> None:
        if self._current.get(key) is task and total > 0:
            self._model.update(key, percent=min(PERCENT, done * PERCENT // total))

    def _prepared(self, key: int, task: Task, result: object) -> None:
        if self._current.get(key) is not task:
            return  # an older run for this file; a newer one is on its way
        self._current.pop(key, None)
        assert isinstance(result, list)
        pairs = [item if isinstance(item, tuple) else (None, item) for item in result]
        self._model.update(key, prepared=tuple(p for _s, p in pairs),
                           stored=tuple(s for s, _p in pairs if s is not None),
                           state=RowState.READY, percent=-1)
        self.changed.emit()

    def _failed(self, key: int, task: Task, code: str) -> None:
        if self._current.get(key) is task:
            self._current.pop(key, None)
            self._model.update(key, state=RowState.FAILED, error_code=code, percent=-1)
            self.changed.emit()

    def restore(self, attachments: Sequence[DraftAttachment],
                prepared_of: Callable[[DraftAttachment], PreparedAttachment]) -> None:
        """Show a reopened draft's attachments (its encrypted copies; ready to seal)."""
        groups: list[list[DraftAttachment]] = []
        for item in attachments:
            previous = groups[-1][-1] if groups else None
            pair = (previous is not None and previous.name == item.name and item.keep_original
                    and previous.keep_original and len(groups[-1]) == 1
                    and item.verdict == MetadataVerdict.KEPT_BY_CHOICE.value)
            if pair:
                groups[-1].append(item)
            else:
                groups.append([item])
        for group in groups:
            self._model.add(None, group[0].name, keep_original=group[0].keep_original,
                            prepared=tuple(prepared_of(item) for item in group),
                            stored=tuple(group), state=RowState.READY)
        self.changed.emit()

    def selected_row(self) -> int:
        """The selected row, or -1."""
        rows = self._view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, number: int) -> None:
        """Select one row."""
        select_row(self._view, number)

    def remove_selected(self) -> None:
        """The "Remove" button."""
        number = self.selected_row()
        if number >= 0:
            task = self._current.pop(self._model.row(number).key, None)
            if task is not None:
                task.cancel()
            self._model.remove(number)
            self.changed.emit()

    def set_keep_original(self, number: int, keep: bool) -> None:
        """Re-check one file, keeping (or not) its original as evidence."""
        row = self._model.row(number)
        if row.keep_original != keep and row.path is not None:
            self._prepare(row.key, row.path, keep)

    def _keep_toggled(self, keep: bool) -> None:
        number = self.selected_row()
        if number >= 0:
            self.set_keep_original(number, keep)

    def _sync_details(self, *_args: object) -> None:
        number = self.selected_row()
        row = self._model.row(number) if number >= 0 else None
        cleanable = bool(row and row.state is RowState.READY and row.path is not None
                         and row.prepared[0].verdict in (MetadataVerdict.CLEANED,
                                                         MetadataVerdict.NOTHING_FOUND))
        self._reopened_hint.setVisible(bool(row and row.path is None))
        self._keep.blockSignals(True)
        self._keep.setChecked(bool(row and row.keep_original))
        self._keep.blockSignals(False)
        self._keep.setEnabled(cleanable)
        self._remove.setEnabled(row is not None)
        self._details_box.setTitle(self.tr("Selected file: %1").replace("%1", row.name)
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
        """The person's attached files, in order (not the ones reopened from a draft)."""
        return [row.path for row in self._model.rows() if row.path is not None]

    def names(self) -> list[str]:
        """The names of every attached file, in order."""
        return [row.name for row in self._model.rows()]

    def stored(self) -> tuple[DraftAttachment, ...]:
        """The encrypted copies in the draft, in order (what a save lists)."""
        return self._model.stored()

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
        """Remove every attachment (work still running for them is cancelled)."""
        for task in self._current.values():
            task.cancel()
        self._current.clear()
        self._model.clear()
        self._bar.clear()
        self.changed.emit()

    def stop_work(self, timeout_ms: int = 5000) -> None:
        """Cancel every check and copy, and wait for them (lock, wipe, window closing)."""
        self._current.clear()
        self._runner.shut_down(timeout_ms)

    def shut_down(self) -> None:
        """Stop background checks (window closing)."""
        self.stop_work()
