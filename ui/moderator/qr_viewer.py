"""QR codes on screen, one at a time, numbered: the team card, or a sealed reply.

Images are made in memory by app.qr (``qr_codes_for`` for sealed bytes, ``qr_code_for_text``
for the card's text) and never written to disk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.qr import QrCode
from ui.moderator.controls import push
from ui.widgets.basics import label
from ui.widgets.style import STYLE_SHEET, make_primary

SIDE = 560


class QrViewer(QDialog):
    """Shows ``codes`` with Previous / Next and what the codes carry."""

    def __init__(self, title: str, explanation: str, codes: list[QrCode],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrViewer")
        self.setWindowTitle(title)
        self.setStyleSheet(STYLE_SHEET)
        self._codes, self._index = list(codes), 0
        layout = QVBoxLayout(self)
        layout.addWidget(label(explanation, "hint"))
        self._counter = label("", "title", wrap=False, object_name="qrViewerCounter")
        self._counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._counter)
        self._image = QLabel()
        self._image.setObjectName("qrViewerImage")
        self._image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._image.setMinimumSize(SIDE, SIDE)
        self._image.setStyleSheet("background: white;")
        layout.addWidget(self._image, 1)
        self._previous = push(self.tr("&Previous code"), "qrViewerPrevious",
                              self.tr("Previous code"), lambda: self.step(-1))
        self._next = push(self.tr("&Next code"), "qrViewerNext", self.tr("Next code"),
                          lambda: self.step(1))
        close = push(self.tr("&Close"), "qrViewerClose", self.tr("Close"), self.accept)
        make_primary(close)
        row = QHBoxLayout()
        row.addWidget(self._previous)
        row.addWidget(self._next)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self._show()

    def step(self, delta: int) -> None:
        """Show the previous (-1) or next (+1) code."""
        if 0 <= self._index + delta < len(self._codes):
            self._index += delta
            self._show()

    def _show(self) -> None:
        if not self._codes:
            return
        code = self._codes[self._index]
        pixmap = QPixmap()
        pixmap.loadFromData(code.png, "PNG")
        modules = code.modules or pixmap.width()
        side = max(1, SIDE // modules) * modules  # whole pixels per module: crisp, scannable
        self._image.setPixmap(pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.FastTransformation))
        self._counter.setText(self.tr("Code %1 of %2").replace("%1", str(code.number))
                              .replace("%2", str(code.total)))
        self._image.setAccessibleName(self._counter.text())
        self._previous.setVisible(len(self._codes) > 1)
        self._next.setVisible(len(self._codes) > 1)
        self._previous.setEnabled(self._index > 0)
        self._next.setEnabled(self._index + 1 < len(self._codes))

    def codes(self) -> list[QrCode]:
        """Every code, in order."""
        return list(self._codes)

    def current(self) -> QrCode | None:
        """The code on screen."""
        return self._codes[self._index] if self._codes else None
