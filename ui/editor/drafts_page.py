"""The drafts list: every encrypted draft of the unlocked vault, newest first.

Titles exist only in the decrypted drafts: the list is filled after unlocking and emptied on
lock. Deleting asks once, inline, and destroys the draft's key first (app.drafts).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.editor.draft_keeper import DraftListing
from ui.widgets.basics import MessageBar, label, named
from ui.widgets.style import make_primary
from ui.widgets.table_rows import select_row

_Index = QModelIndex | QPersistentModelIndex


class DraftsModel(QAbstractTableModel):
    """Columns: title, last saved."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[DraftListing] = []
        self.current: str | None = None

    def set_items(self, items: list[DraftListing], current: str | None) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self.items, self.current = list(items), current
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Title"), self.tr("Last saved"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                                Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.items[index.row()]
        if index.column() == 1:
            stamp = QDateTime.fromSecsSinceEpoch(int(item.modified.timestamp())).toLocalTime()
            return QLocale().toString(stamp, "d MMMM yyyy, HH:mm")
        if not item.readable:
            text = self.tr("(damaged: cannot be opened)")
        else:
            text = item.title or self.tr("(no title yet)")
        return text + (self.tr(" — open now") if item.draft_id == self.current else "")


class DraftsPage(QWidget):
    """List, open, start and delete drafts."""

    newRequested = Signal()
    openRequested = Signal(str)
    deleteRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsPage")
        self._model = DraftsModel()
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Drafts"), "title", wrap=False))
        self._hint = label("", "hint", object_name="draftsHint")
        layout.addWidget(self._hint)
        layout.addWidget(self._table(), 1)
        self._bar = MessageBar("draftsMessage")
        layout.addWidget(self._bar)
        layout.addLayout(self._buttons())
        self.set_ram_only(False)

    def _table(self) -> QTableView:
        self._view = named(QTableView(), "draftsTable", self.tr("Drafts"))
        self._view.setModel(self._model)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.verticalHeader().hide()
        header = self._view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._view.doubleClicked.connect(lambda _index: self.open_selected())
        self._view.activated.connect(lambda _index: self.open_selected())
        corner = self._view.findChild(QAbstractButton)
        if corner is not None:
            corner.setAccessibleName(self.tr("Select all"))
        return self._view

    def _buttons(self) -> QHBoxLayout:
        new = named(QPushButton(self.tr("&New report")), "newDraftButton",
                    self.tr("New report"))
        make_primary(new)
        self._open = named(QPushButton(self.tr("&Open")), "openDraftButton",
                           self.tr("Open the selected draft"))
        self._delete = named(QPushButton(self.tr("&Delete…")), "deleteDraftButton",
                             self.tr("Delete the selected draft"))
        new.clicked.connect(self.newRequested)
        self._open.clicked.connect(self.open_selected)
        self._delete.clicked.connect(self.ask_delete)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(self._open)
        row.addStretch(1)
        row.addWidget(self._delete)
        return row

    def set_ram_only(self, ram_only: bool) -> None:
        """Say where the drafts live."""
        self._hint.setText(self.tr(
            "RAM-only: these drafts are only in memory. They are gone when you lock or close "
            "Sealnote.") if ram_only else self.tr(
            "Your drafts are encrypted on this computer. Their titles are only shown while "
            "Sealnote is unlocked."))

    def set_listing(self, items: list[DraftListing], current: str | None) -> None:
        """Show ``items`` (``current`` is the draft being edited)."""
        selected = self.selected_id()
        self._model.set_items(items, current)
        ids = self.draft_ids()
        if selected in ids:
            select_row(self._view, ids.index(selected))
        elif ids:
            select_row(self._view, 0)
        if not items:
            self._bar.show_message("info", self.tr("No drafts yet. What you write is saved "
                                                   "here as you type."))

    def clear(self) -> None:
        """Forget every title (locked)."""
        self._model.set_items([], None)
        self._bar.clear()

    def draft_ids(self) -> list[str]:
        """The listed ids, in order."""
        return [item.draft_id for item in self._model.items]

    def titles(self) -> list[str]:
        """The listed titles as shown, in order."""
        return [str(self._model.data(self._model.index(row, 0)))
                for row in range(self._model.rowCount())]

    def select_id(self, draft_id: str) -> None:
        """Select the row of ``draft_id``."""
        if draft_id in self.draft_ids():
            select_row(self._view, self.draft_ids().index(draft_id))

    def selected_id(self) -> str | None:
        """The selected draft's id, or None."""
        rows = self._view.selectionModel().selectedRows()
        return self._model.items[rows[0].row()].draft_id if rows else None

    def open_selected(self) -> None:
        """"Open"."""
        draft_id = self.selected_id()
        if draft_id is not None:
            self.openRequested.emit(draft_id)

    def ask_delete(self) -> None:
        """"Delete…": one inline question."""
        draft_id = self.selected_id()
        if draft_id is None:
            self._bar.show_message("info", self.tr("Select a draft first."))
            return
        self._bar.show_message("warning", self.tr(
            "Delete this draft and its attachments for good? It cannot be recovered."),
            self.tr("Delete for &good"), lambda: self.confirm_delete(draft_id), danger=True)
        self._bar.focus_action()

    def confirm_delete(self, draft_id: str) -> None:
        """The answer to the question: delete."""
        self._bar.clear()
        self.deleteRequested.emit(draft_id)

    def show_message(self, kind: str, text: str) -> None:
        """An inline message under the list."""
        self._bar.show_message(kind, text)

    def message(self) -> str:
        """The inline message ('' when none)."""
        return self._bar.text()
