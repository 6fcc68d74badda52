"""Flagged files: a different file that carries the id of a report already in the inbox.

Import keeps such a file apart (app.importing, ``Outcome.ID_REUSED``; ``ModeratorStore.conflicts``)
and never adds it to the inbox. Here the moderator lists them, each next to the inbox report it
collides with, and opens one read-only to compare. The app never says which of the two is genuine
or who sealed either: anyone holding the public team card can seal a report, so a replayed or
forged file looks like any other. It shows what it knows (titles, times, file hashes) and leaves
the judgement to people.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.moderator_store import IndexEntry
from ui.moderator.controls import push
from ui.moderator.labels import iso_date_text, iso_time_text, plain_line
from ui.widgets.basics import MessageBar, label, named
from ui.widgets.style import make_primary, monospace_font
from ui.widgets.table_rows import select_row

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex
HASH_PREFIX = 12
COLUMNS = ("imported_at", "title", "sha256", "inbox_title", "inbox_imported_at", "inbox_sha256")
_WIDTHS = {"imported_at": 150, "sha256": 130, "inbox_imported_at": 150, "inbox_sha256": 130}


@dataclass(frozen=True, repr=False)
class FlaggedPair:
    """A flagged file and the inbox report whose id it carries (None: no longer there)."""

    flagged: IndexEntry
    inbox: IndexEntry | None

    @property
    def report_id(self) -> str:
        """The id both files carry."""
        return self.flagged.report_id

    @property
    def sha256(self) -> str:
        """The flagged file's SHA-256 (what tells it apart in the store)."""
        return self.flagged.sha256

    def __repr__(self) -> str:
        return f"FlaggedPair(id={self.report_id[:8]}…, <entries>)"


def flagged_pairs(flagged: Iterable[IndexEntry], inbox: Iterable[IndexEntry]) -> list[FlaggedPair]:
    """Each flagged file with its inbox report, the newest import first."""
    by_id = {entry.report_id: entry for entry in inbox}
    pairs = [FlaggedPair(entry, by_id.get(entry.report_id)) for entry in flagged]
    pairs.sort(key=lambda p: (p.flagged.imported_at, p.sha256), reverse=True)
    return pairs


def short_hash(sha256: str) -> str:
    """The first characters of a file hash, enough to tell two files apart on screen (isolated
    left to right, so the ellipsis stays at its end in right-to-left layouts)."""
    shown = f"{sha256[:HASH_PREFIX]}…" if len(sha256) > HASH_PREFIX else sha256
    return f"\u2066{shown}\u2069"


def explanation() -> str:
    """What a flagged file is, in plain words (no claim about who sealed which)."""
    return translate("Flagged", "A different file carries the id of a report you already have. "
                                "Someone may be replaying or forging a report; compare them "
                                "before acting.")


def _headers() -> dict[str, str]:
    return {"imported_at": translate("Flagged", "Flagged: imported"),
            "title": translate("Flagged", "Flagged: title"),
            "sha256": translate("Flagged", "Flagged: SHA-256"),
            "inbox_title": translate("Flagged", "Inbox: same id"),
            "inbox_imported_at": translate("Flagged", "Inbox: imported"),
            "inbox_sha256": translate("Flagged", "Inbox: SHA-256")}


def _missing() -> str:
    return translate("Flagged", "(no longer in the inbox)")


class FlaggedModel(QAbstractTableModel):
    """One row per flagged file, with the inbox report it collides with."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pairs: list[FlaggedPair] = []
        self._headers = _headers()

    def set_pairs(self, pairs: Iterable[FlaggedPair]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._pairs = list(pairs)
        self._headers = _headers()
        self.endResetModel()

    def pairs(self) -> list[FlaggedPair]:
        """The rows, in order."""
        return list(self._pairs)

    def pair_at(self, row: int) -> FlaggedPair:
        """The pair of ``row``."""
        return self._pairs[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return self._headers[COLUMNS[section]]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        if column.endswith("sha256") and role in (Qt.ItemDataRole.FontRole,
                                                  Qt.ItemDataRole.ToolTipRole):
            entry = self._entry(self._pairs[index.row()], column)
            if role == Qt.ItemDataRole.FontRole:
                return monospace_font(9)
            return entry.sha256 if entry is not None else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return self._text(self._pairs[index.row()], column)
        return None

    @staticmethod
    def _entry(pair: FlaggedPair, column: str) -> IndexEntry | None:
        return pair.inbox if column.startswith("inbox_") else pair.flagged

    def _text(self, pair: FlaggedPair, column: str) -> str:
        entry = self._entry(pair, column)
        if entry is None:
            return _missing() if column == "inbox_title" else ""
        field = column.removeprefix("inbox_")
        if field == "imported_at":
            return iso_time_text(entry.imported_at)
        if field == "sha256":
            return short_hash(entry.sha256)
        return plain_line(entry.title, 120)


class FlaggedList(QWidget):
    """The "Flagged" tab of the inbox. Emits ``openRequested(FlaggedPair)``."""

    openRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flaggedList")
        self.model = FlaggedModel(self)
        self.explanation = MessageBar("flaggedExplanation")
        self.explanation.show_message("warning", explanation())
        self.empty = label(translate("Flagged", "No flagged files. Import keeps a file apart "
                                                "here when it reuses the id of a report in the "
                                                "inbox."), "hint", object_name="flaggedEmpty")
        self.view = named(QTableView(), "flaggedTable", translate("Flagged", "Flagged files"),
                          explanation())
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, name in enumerate(COLUMNS):
            if name in _WIDTHS:
                header.resizeSection(column, _WIDTHS[name])
        for name in ("title", "inbox_title"):
            header.setSectionResizeMode(COLUMNS.index(name), QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(lambda index: self._open_row(index.row()))
        self._open = push(translate("Flagged", "&View flagged file"), "openFlaggedButton",
                          translate("Flagged", "View the flagged file, read-only"),
                          self.open_selected)
        make_primary(self._open)
        self.message = MessageBar("flaggedMessage")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.explanation)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.set_pairs([])

    def set_pairs(self, pairs: Iterable[FlaggedPair]) -> None:
        """Show these flagged files."""
        self.model.set_pairs(pairs)
        count = self.model.rowCount()
        self.empty.setVisible(count == 0)
        self.view.setVisible(count > 0)
        self._open.setEnabled(count > 0)
        if count:
            self._select_row(0)
        self.message.clear()

    def count(self) -> int:
        """How many flagged files are listed."""
        return self.model.rowCount()

    def select(self, sha256: str) -> bool:
        """Select the flagged file with this hash, if listed."""
        for row, pair in enumerate(self.model.pairs()):
            if pair.sha256 == sha256:
                self._select_row(row)
                return True
        return False

    def _select_row(self, row: int) -> None:
        select_row(self.view, row)  # not QTableView.selectRow: see ui/widgets/table_rows.py

    def open_selected(self) -> None:
        """"View flagged file"."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.message.show_message("info", translate("Flagged", "Select a flagged file first."))
            return
        self._open_row(rows[0].row())

    def _open_row(self, row: int) -> None:
        self.message.clear()
        self.openRequested.emit(self.model.pair_at(row))


class ComparisonPanel(QWidget):
    """Beside a flagged file opened read-only: what it shares with the inbox report and what not.

    Emits ``openInboxRequested(report_id)``.
    """

    openInboxRequested = Signal(str)

    ROWS = ("title", "sealed_on", "imported_at", "attachments", "sha256")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flaggedComparison")
        self._pair: FlaggedPair | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(label(translate("Flagged", "Flagged: the id of this report is reused"),
                               "title", object_name="comparisonTitle"))
        warning = MessageBar("comparisonExplanation")
        warning.show_message("warning", explanation())
        layout.addWidget(warning)
        self._cells: dict[tuple[str, str], QLabel] = {}
        layout.addLayout(self._grid())
        self._open_inbox = push(translate("Flagged", "Open the &inbox report"),
                                "openCollidingButton",
                                translate("Flagged", "Open the inbox report with the same id"),
                                self._request_inbox)
        row = QHBoxLayout()
        row.addWidget(self._open_inbox)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(label(translate(
            "Flagged", "This file is shown read-only: it has no triage, notes or reply. The "
                       "title, dates and text inside either file were written by whoever sealed "
                       "it and prove nothing about who that was."), "hint"))
        layout.addStretch(1)

    def _row_names(self) -> dict[str, str]:
        return {"title": translate("Flagged", "Title"),
                "sealed_on": translate("Flagged", "Sealed on (as written in the file)"),
                "imported_at": translate("Flagged", "Imported"),
                "attachments": translate("Flagged", "Attachments"),
                "sha256": translate("Flagged", "File SHA-256")}

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        sides = {"flagged": translate("Flagged", "This flagged file"),
                 "inbox": translate("Flagged", "Report in your inbox")}
        for column, side in enumerate(sides, start=1):
            heading = label(sides[side], wrap=False, object_name=f"comparison_{side}")
            heading.setStyleSheet("font-weight: 700;")
            grid.addWidget(heading, 0, column)
        for number, (key, name) in enumerate(self._row_names().items(), start=1):
            grid.addWidget(label(name, "hint"), number, 0, Qt.AlignmentFlag.AlignTop)
            for column, side in enumerate(sides, start=1):
                cell = label("", object_name=f"comparison_{side}_{key}")
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
                if key == "sha256":
                    cell.setFont(monospace_font(9))
                    cell.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
                self._cells[(side, key)] = cell
                grid.addWidget(cell, number, column, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        return grid

    def show_pair(self, pair: FlaggedPair | None) -> None:
        """Fill both columns (None: empty)."""
        self._pair = pair
        names = self._row_names()
        for side in ("flagged", "inbox"):
            entry = None if pair is None else (pair.flagged if side == "flagged" else pair.inbox)
            for key in self.ROWS:
                text = self._value(entry, key) if entry is not None else (
                    _missing() if pair is not None and key == "title" else "")
                cell = self._cells[(side, key)]
                cell.setText(text)
                cell.setAccessibleName(f"{names[key]}: {text}")
                if key == "sha256":
                    cell.setToolTip(entry.sha256 if entry is not None else "")
        self._open_inbox.setEnabled(pair is not None and pair.inbox is not None)

    @staticmethod
    def _value(entry: IndexEntry, key: str) -> str:
        if key == "title":
            return plain_line(entry.title, 200)
        if key == "sealed_on":
            return iso_date_text(entry.sealed_on, long=True)
        if key == "imported_at":
            return iso_time_text(entry.imported_at, long=True)
        if key == "attachments":
            return str(len(entry.attachments))
        return short_hash(entry.sha256)

    def cell_text(self, side: str, key: str) -> str:
        """What one cell shows (tests): side is flagged or inbox."""
        return self._cells[(side, key)].text()

    def _request_inbox(self) -> None:
        if self._pair is not None and self._pair.inbox is not None:
            self.openInboxRequested.emit(self._pair.inbox.report_id)
