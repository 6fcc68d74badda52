"""The inbox as Qt model/view: a table model over the store's index, and a filtering proxy.

Built for 10,000 rows and more: the model sorts its own list with one Python ``list.sort`` (a
proxy's per-comparison ``data()`` calls would cost half a second at that size), and the proxy
filters from a set of accepted report ids computed once per query (app.triage.InboxQuery), so
``filterAcceptsRow`` is a set lookup. Cell texts come from labels cached per model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.moderator_store import IndexEntry
from app.report import URGENCY
from app.triage import InboxQuery
from crypto.reply import STATUSES
from ui.editor.labels import choice_labels
from ui.moderator.labels import (
    iso_date_text,
    iso_time_text,
    plain_line,
    status_labels,
    urgency_short_labels,
)

_Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("status", "urgency", "category", "title", "sealed_on", "imported_at", "attachments",
           "tags", "demo")
DEMO_COLOUR = QColor("#b3261e")
_SORT_KEYS: dict[str, Callable[[IndexEntry], Any]] = {
    "status": lambda e: STATUSES.index(e.status) if e.status in STATUSES else len(STATUSES),
    "urgency": lambda e: URGENCY.index(e.urgency) if e.urgency in URGENCY else -1,
    "category": lambda e: e.category,
    "title": lambda e: e.title.casefold(),
    "sealed_on": lambda e: e.sealed_on,
    "imported_at": lambda e: e.imported_at,
    "attachments": lambda e: len(e.attachments),
    "tags": lambda e: ", ".join(e.tags),
    "demo": lambda e: e.demo,
}


class InboxModel(QAbstractTableModel):
    """One row per report; ``ENTRY_ROLE`` gives the IndexEntry."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[IndexEntry] = []
        self._rows: dict[str, int] = {}
        self._labels = self._make_labels()

    def _make_labels(self) -> dict[str, dict[str, str]]:
        choices = choice_labels()
        return {"status": status_labels(), "urgency": urgency_short_labels(),
                "category": choices["category"]}

    # ---------------------------------------------------------------- content

    def set_entries(self, entries: Iterable[IndexEntry]) -> None:
        """Replace every row (newest import first, then newest sealed)."""
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda e: (e.imported_at, e.sealed_on, e.report_id),
                               reverse=True)
        self._reindex()
        self._labels = self._make_labels()
        self.endResetModel()

    def _reindex(self) -> None:
        self._rows = {entry.report_id: row for row, entry in enumerate(self._entries)}

    def entries(self) -> list[IndexEntry]:
        """The rows, in model order."""
        return list(self._entries)

    def entry_at(self, row: int) -> IndexEntry:
        """The entry of ``row``."""
        return self._entries[row]

    def row_of(self, report_id: str) -> int:
        """The row of a report (-1 when absent)."""
        return self._rows.get(report_id, -1)

    def update_entry(self, entry: IndexEntry) -> None:
        """Replace one report's row after triage."""
        row = self.row_of(entry.report_id)
        if row < 0:
            return
        self._entries[row] = entry
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def known_tags(self) -> list[str]:
        """Every tag used in the inbox, sorted."""
        return sorted({tag for entry in self._entries for tag in entry.tags})

    # --------------------------------------------------------------- Qt model

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] == "attachments":
            return self.tr("Number of attachments")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Status"), self.tr("Urgency"), self.tr("Category"), self.tr("Title"),
                self.tr("Sealed on"), self.tr("Imported"), self.tr("Files"),
                self.tr("Tags"), self.tr("Demo"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole and column in ("title", "category", "tags"):
            return self._text(entry, column) if column != "title" else plain_line(entry.title, 400)
        if column == "demo" and entry.demo:
            return self._demo_style(role)
        if (role == Qt.ItemDataRole.FontRole and entry.status == "new"
                and column in ("status", "title")):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, entry: IndexEntry, column: str) -> str:
        if column in self._labels:
            value = getattr(entry, column)
            return self._labels[column].get(value, plain_line(value, 64))
        if column == "title":
            return plain_line(entry.title)
        if column == "sealed_on":
            return iso_date_text(entry.sealed_on)
        if column == "imported_at":
            return iso_time_text(entry.imported_at)
        if column == "attachments":
            return str(len(entry.attachments)) if entry.attachments else ""
        if column == "tags":
            return plain_line(", ".join(entry.tags), 120)
        return self.tr("DEMO") if entry.demo else ""

    @staticmethod
    def _demo_style(role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("white"))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(DEMO_COLOUR)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column`` (one list.sort; selections follow their reports)."""
        if not 0 <= column < len(COLUMNS):
            return
        key = _SORT_KEYS[COLUMNS[column]]
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._entries[index.row()].report_id for index in persistent]
        self._entries.sort(key=lambda e: (key(e), e.report_id),
                           reverse=order == Qt.SortOrder.DescendingOrder)
        self._reindex()
        self.changePersistentIndexList(
            persistent, [self.index(self._rows[i], index.column())
                         for i, index in zip(ids, persistent, strict=True)])
        self.layoutChanged.emit()


class InboxFilter(QSortFilterProxyModel):
    """Filters rows by an InboxQuery; sorting is delegated to the source model."""

    def __init__(self, model: InboxModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._query = InboxQuery()
        self._accepted: set[str] | None = None
        self.setSourceModel(model)

    def query(self) -> InboxQuery:
        """The filters in force."""
        return self._query

    def set_query(self, query: InboxQuery) -> None:
        """Apply new filters."""
        self._query = query
        self.refilter()

    def refilter(self) -> None:
        """Recompute which reports pass (after new filters or new entries)."""
        self.beginFilterChange()
        if self._query == InboxQuery():
            self._accepted = None
        else:
            self._accepted = {e.report_id for e in self._model.entries()
                              if self._query.matches(e)}
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        if self._accepted is None:
            return True
        return self._model.entry_at(source_row).report_id in self._accepted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model.sort(column, order)

    def entry(self, row: int) -> IndexEntry:
        """The entry shown in proxy ``row``."""
        return self._model.entry_at(self.mapToSource(self.index(row, 0)).row())
