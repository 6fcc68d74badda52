"""The attachments table: one row per file the person chose, with what happens to its metadata."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.attachments import PreparedAttachment
from app.drafts import DraftAttachment
from app.image_metadata import MetadataVerdict
from ui.editor.labels import removed_metadata_text
from ui.messages import message_for
from ui.widgets.basics import human_size

_Index = QModelIndex | QPersistentModelIndex
WARNING_COLOUR = QColor("#8a4b00")


class RowState(enum.Enum):
    """Where a row is in its preparation."""

    PREPARING = "preparing"
    READY = "ready"
    FAILED = "failed"


@dataclass(frozen=True, repr=False)
class AttachmentRow:
    """One chosen file and what preparing it gave.

    ``path`` is the person's file (None for a row reopened from a draft: only its encrypted
    copy is known). ``stored`` are its copies in the encrypted draft (empty in demo mode).
    ``percent`` is the progress of copying it into the draft (-1 while not copying).
    """

    key: int
    path: Path | None
    name: str
    keep_original: bool = False
    prepared: tuple[PreparedAttachment, ...] = ()
    stored: tuple[DraftAttachment, ...] = ()
    state: RowState = RowState.PREPARING
    error_code: str = ""
    percent: int = -1

    def __repr__(self) -> str:  # file names may say too much: never in a repr
        return f"AttachmentRow(<file>, state={self.state.value}, items={len(self.prepared)})"

    @property
    def size(self) -> int:
        """Bytes that go into the report for this file."""
        return sum(item.size for item in self.prepared)


class AttachmentModel(QAbstractTableModel):
    """Columns: name, type, size, metadata."""

    COLUMNS = 4

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[AttachmentRow] = []
        self._next_key = 0

    # ------------------------------------------------------------- Qt model

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Type"), self.tr("Size"), self.tr("Metadata"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3 and self._warns(row):
            return WARNING_COLOUR
        return None

    # -------------------------------------------------------------- content

    def _cell(self, row: AttachmentRow, column: int) -> str:
        if column == 0:
            return row.name
        if row.state is RowState.PREPARING:
            if column != 3:
                return ""
            if row.percent < 0:
                return self.tr("Checking…")
            return self.tr("Encrypting into the draft… %1%").replace("%1", str(row.percent))
        if row.state is RowState.FAILED:
            return message_for(row.error_code) if column == 3 else ""
        if column == 1:
            return row.prepared[0].media_type
        if column == 2:
            return human_size(row.size)
        return self.verdict_text(row)

    @staticmethod
    def _warns(row: AttachmentRow) -> bool:
        verdicts = {item.verdict for item in row.prepared}
        return row.state is RowState.FAILED or bool(
            verdicts & {MetadataVerdict.NOT_CLEANABLE, MetadataVerdict.KEPT_BY_CHOICE})

    def verdict_text(self, row: AttachmentRow) -> str:
        """What happens to this file's metadata, in one line."""
        first = row.prepared[0]
        if first.verdict is MetadataVerdict.NOT_CLEANABLE:
            return self.tr("⚠ Metadata stays: this type cannot be cleaned (it may hold names, "
                           "dates or places)")
        if first.verdict is MetadataVerdict.NOTHING_FOUND:
            text = self.tr("No metadata found")
        else:
            text = self.tr("Metadata removed: %1").replace("%1",
                                                           removed_metadata_text(first.removed))
        if any(item.verdict is MetadataVerdict.KEPT_BY_CHOICE for item in row.prepared):
            text += self.tr(" — ⚠ original also kept, with its metadata")
        return text

    # ----------------------------------------------------------- operations

    def rows(self) -> list[AttachmentRow]:
        """A copy of the rows."""
        return list(self._rows)

    def row(self, number: int) -> AttachmentRow:
        """One row."""
        return self._rows[number]

    def find(self, path: Path) -> int:
        """The row of the person's file ``path``, or -1."""
        return next((n for n, row in enumerate(self._rows) if row.path == path), -1)

    def find_key(self, key: int) -> int:
        """The row with ``key``, or -1."""
        return next((n for n, row in enumerate(self._rows) if row.key == key), -1)

    def add(self, path: Path | None, name: str = "", **fields: object) -> int:
        """Append a row (PREPARING unless ``fields`` say otherwise); return its key."""
        number, key = len(self._rows), self._next_key
        self._next_key += 1
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.append(AttachmentRow(key, path, name or (path.name if path else ""),
                                        **fields))  # type: ignore[arg-type]
        self.endInsertRows()
        return key

    def update(self, key: int, **changes: object) -> None:
        """Change the row with ``key`` (ignored when it was removed meanwhile)."""
        number = self.find_key(key)
        if number < 0:
            return
        self._rows[number] = replace(self._rows[number], **changes)  # type: ignore[arg-type]
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.COLUMNS - 1))

    def remove(self, number: int) -> None:
        """Remove one row."""
        self.beginRemoveRows(QModelIndex(), number, number)
        del self._rows[number]
        self.endRemoveRows()

    def clear(self) -> None:
        """Remove every row."""
        self.beginResetModel()
        self._rows.clear()
        self.endResetModel()

    def prepared(self) -> list[PreparedAttachment]:
        """Everything ready to seal, in order."""
        return [item for row in self._rows if row.state is RowState.READY for item in row.prepared]

    def stored(self) -> tuple[DraftAttachment, ...]:
        """The encrypted copies of every ready row, in order (what a draft save lists)."""
        return tuple(item for row in self._rows if row.state is RowState.READY
                     for item in row.stored)

    def busy(self) -> bool:
        """True while any file is still being checked."""
        return any(row.state is RowState.PREPARING for row in self._rows)
