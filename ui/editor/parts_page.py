"""Split a sealed report into numbered text parts for channels that limit message length."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.fs import atomic_write_text
from app.sealing import neutral_file_name
from crypto.armor import MIN_PART_CHARS, split_into_parts
from crypto.errors import ArmorError
from ui.messages import message_for
from ui.widgets.basics import MessageBar, exact_bytes, label, named
from ui.widgets.file_dialogs import choose_folder
from ui.widgets.secret_clipboard import SecretClipboard
from ui.widgets.style import make_primary

DEFAULT_PART_CHARS = 4000
MAX_PART_CHARS = 10_000_000
MANY_PARTS = 20


class PartsPage(QWidget):
    """Choose a part size; copy each part or write them all into a folder."""

    backRequested = Signal()

    def __init__(self, clipboard: SecretClipboard, start_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partsPage")
        self._clipboard, self._start_folder = clipboard, start_folder
        self._sealed = b""
        self._parts: list[str] = []
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Split into parts"), "title", wrap=False))
        layout.addWidget(label(self.tr(
            "Some channels limit the length of a message. The sealed report is cut into "
            "numbered parts; the team needs all of them, in any order. Most messengers accept "
            "about 4,000 characters; e-mail accepts much more."), "hint"))
        layout.addLayout(self._size_row())
        self._summary = label("", object_name="partsSummary")
        layout.addWidget(self._summary)
        self._list = named(QListWidget(), "partsList", self.tr("Parts"))
        layout.addWidget(self._list, 1)
        self._bar = MessageBar("partsMessage")
        layout.addWidget(self._bar)
        layout.addLayout(self._buttons())

    def _size_row(self) -> QHBoxLayout:
        caption = QLabel(self.tr("Largest &part, in characters:"))
        self._size = named(QSpinBox(), "partSizeSpin", self.tr("Largest part, in characters"))
        self._size.setRange(MIN_PART_CHARS, MAX_PART_CHARS)
        self._size.setSingleStep(500)
        self._size.setValue(DEFAULT_PART_CHARS)
        self._size.setGroupSeparatorShown(True)
        self._size.valueChanged.connect(self._split)
        caption.setBuddy(self._size)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self._size)
        row.addStretch(1)
        return row

    def _buttons(self) -> QHBoxLayout:
        back = named(QPushButton(self.tr("&Back to review")), "partsBackButton",
                     self.tr("Back to review"))
        copy = named(QPushButton(self.tr("&Copy the selected part")), "copyPartButton",
                     self.tr("Copy the selected part"))
        save = named(QPushButton(self.tr("&Save all parts to a folder…")), "savePartsButton",
                     self.tr("Save all parts to a folder"))
        make_primary(save)
        back.clicked.connect(self.backRequested)
        copy.clicked.connect(lambda: self.copy_part(max(self._list.currentRow(), 0) + 1))
        save.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(copy)
        row.addWidget(save)
        return row

    def set_sealed(self, sealed: bytes) -> None:
        """The sealed report to cut (ciphertext, kept in memory only)."""
        self._sealed = sealed
        self._bar.clear()
        self._split()

    def clear(self) -> None:
        """Forget the sealed bytes and parts (leaving the page)."""
        self._sealed, self._parts = b"", []
        self._list.clear()

    def set_part_size(self, chars: int) -> None:
        """Choose the largest part size."""
        self._size.setValue(chars)
        self._split()

    def _split(self, *_args: object) -> None:
        self._list.clear()
        try:
            self._parts = split_into_parts(self._sealed, self._size.value()) if self._sealed \
                else []
        except ArmorError:
            self._parts = []
            self._bar.show_message("error", self.tr("That would make too many parts: choose a "
                                                    "larger size."))
        total = len(self._parts)
        for number, part in enumerate(self._parts, start=1):
            self._list.addItem(self.tr("Part %1 of %2 — %3 characters").replace("%1", str(number))
                               .replace("%2", str(total)).replace("%3", exact_bytes(len(part))))
        self._summary.setText(self.tr("Number of parts: %1.").replace("%1", str(total)) + (
            " " + self.tr("That is many: saving one file may be easier.") if total > MANY_PARTS
            else ""))
        if total:
            self._list.setCurrentRow(0)

    def parts(self) -> list[str]:
        """The parts' texts, in order."""
        return list(self._parts)

    def copy_part(self, number: int) -> None:
        """Put part ``number`` (from 1) on the clipboard, marked secret."""
        if 1 <= number <= len(self._parts):
            self._clipboard.copy(self._parts[number - 1])
            self._bar.show_message("success", self.tr(
                "Part %1 is on the clipboard; it will be cleared in 60 seconds.")
                .replace("%1", str(number)))

    def choose_folder(self) -> None:
        """"Save all parts to a folder…"."""
        folder = choose_folder(self, self.tr("Choose a folder for the parts"),
                               self._start_folder)
        if folder is not None:
            self.write_parts_to(folder)

    def write_parts_to(self, folder: Path) -> list[Path]:
        """Write every part as a numbered text file (neutral names) into ``folder``."""
        stem = neutral_file_name().split(".")[0]
        width = len(str(len(self._parts)))
        written: list[Path] = []
        try:
            for number, text in enumerate(self._parts, start=1):
                path = folder / f"{stem}-{number:0{width}d}-of-{len(self._parts)}.txt"
                atomic_write_text(path, text)
                written.append(path)
        except OSError as exc:
            del exc  # the message never names the path
            self._bar.show_message("error", message_for("io.write_failed"))
            return written
        self._bar.show_message("success", self.tr("%1 part files were saved in the folder you "
                                                  "chose.").replace("%1", str(len(written))))
        return written

    def message(self) -> str:
        """The inline message ('' when none)."""
        return self._bar.text()
