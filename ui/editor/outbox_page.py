"""Page 5: the outbox — sealed files kept on this computer (ciphertext only), with sent marks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.outbox import OutboxItem, delete, list_outbox, mark_sent, save_copy
from app.paths import AppPaths
from ui.messages import message_for_error
from ui.widgets.basics import MessageBar, human_size, label, local_date, named
from ui.widgets.file_dialogs import save_file
from ui.widgets.table_rows import select_row

_Index = QModelIndex | QPersistentModelIndex


class OutboxModel(QAbstractTableModel):
    """Columns: file, size, sealed on, sent."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[OutboxItem] = []

    def set_items(self, items: list[OutboxItem]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Sealed file"), self.tr("Size"), self.tr("Sealed on"),
                self.tr("Sent"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.items[index.row()]
        column = index.column()
        if column == 0:
            return item.name
        if column == 1:
            return human_size(item.size)
        if column == 2:
            return local_date(item.created)
        if not item.sent:
            return self.tr("not yet")
        return local_date(item.sent_on) if item.sent_on else self.tr("yes")


class OutboxPage(QWidget):
    """List, mark as sent, delete, save a copy."""

    changed = Signal()

    def __init__(self, paths: AppPaths, start_folder: Path, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("outboxPage")
        self._paths, self._start_folder = paths, start_folder
        self._model = OutboxModel()
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Outbox"), "title", wrap=False))
        layout.addWidget(label(self.tr(
            "Sealed files you kept on this computer. Only your team can open them, but a kept "
            "file shows that this computer sealed a report: delete files once they are sent."),
            "hint"))
        layout.addWidget(self._table(), 1)
        self._bar = MessageBar("outboxMessage")
        layout.addWidget(self._bar)
        layout.addLayout(self._buttons())
        self.refresh()

    def _table(self) -> QTableView:
        self._view = named(QTableView(), "outboxTable", self.tr("Sealed files in the outbox"))
        self._view.setModel(self._model)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.verticalHeader().hide()
        self._view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        corner = self._view.findChild(QAbstractButton)
        if corner is not None:
            corner.setAccessibleName(self.tr("Select all"))
        return self._view

    def _buttons(self) -> QHBoxLayout:
        sent = named(QPushButton(self.tr("&Mark as sent")), "markSentButton",
                     self.tr("Mark as sent"))
        copy = named(QPushButton(self.tr("&Save a copy…")), "saveCopyButton",
                     self.tr("Save a copy"))
        remove = named(QPushButton(self.tr("&Delete…")), "deleteOutboxButton",
                       self.tr("Delete the selected file"))
        sent.clicked.connect(self.mark_selected_sent)
        copy.clicked.connect(self.choose_copy_destination)
        remove.clicked.connect(lambda: self.delete_selected())
        row = QHBoxLayout()
        for button in (sent, copy):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(remove)
        return row

    def refresh(self) -> None:
        """Read the outbox folder again (the selection stays on the same file)."""
        selected = self._selected()
        try:
            self._model.set_items(list_outbox(self._paths))
        except AppError as exc:
            self._bar.show_message("error", message_for_error(exc))
        if selected is not None:
            self.select_name(selected)
        self.changed.emit()

    def forget(self) -> None:
        """Empty the list without reading the folder (after a wipe removed it)."""
        self._model.set_items([])
        self._bar.clear()

    def names(self) -> list[str]:
        """The file names listed, in order."""
        return [item.name for item in self._model.items]

    def item(self, name: str) -> OutboxItem | None:
        """The listed item called ``name``."""
        return next((i for i in self._model.items if i.name == name), None)

    def select_name(self, name: str) -> None:
        """Select the row of ``name``."""
        if name in self.names():
            select_row(self._view, self.names().index(name))

    def _selected(self) -> str | None:
        rows = self._view.selectionModel().selectedRows()
        return self._model.items[rows[0].row()].name if rows else None

    def _act(self, action: str, name: str | None) -> bool:
        if name is None:
            self._bar.show_message("info", self.tr("Select a file first."))
            return False
        try:
            if action == "sent":
                mark_sent(self._paths, name)
            else:
                delete(self._paths, name)
        except AppError as exc:
            self._bar.show_message("error", message_for_error(exc))
            return False
        self._bar.clear()
        self.refresh()
        return True

    def mark_selected_sent(self) -> bool:
        """"Mark as sent"."""
        return self._act("sent", self._selected())

    def delete_selected(self, ask: bool = True) -> bool:
        """"Delete…": asks first (quick confirmation) unless ``ask`` is False."""
        name = self._selected()
        if name is not None and ask:
            answer = QMessageBox.question(
                self, self.tr("Delete sealed file"),
                self.tr("Delete this sealed file from the outbox? If it was not sent yet, the "
                        "report will need to be written again."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self._act("delete", name)

    def choose_copy_destination(self) -> None:
        """"Save a copy…": ask where, keeping the neutral name."""
        name = self._selected()
        if name is None:
            self._bar.show_message("info", self.tr("Select a file first."))
            return
        path = save_file(self, self.tr("Save a copy of the sealed file"), self._start_folder,
                         name)
        if path is not None:
            self.save_copy_to(path)

    def save_copy_to(self, path: Path) -> bool:
        """Copy the selected sealed file to ``path``."""
        name = self._selected()
        if name is None:
            return False
        try:
            save_copy(self._paths, name, path)
        except AppError as exc:
            self._bar.show_message("error", message_for_error(exc))
            return False
        self._bar.show_message("success", self.tr("A copy was saved as %1.")
                               .replace("%1", path.name))
        return True

    def message(self) -> str:
        """The inline message ('' when none)."""
        return self._bar.text()
