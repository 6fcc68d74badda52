"""QR codes of a short report, large, one at a time, numbered (kept in memory only)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.qr import QrCode
from ui.widgets.basics import label, named
from ui.widgets.style import make_primary

MAX_SIDE = 620


class QrPage(QWidget):
    """Shows the codes with next/previous and says what QR export reveals."""

    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrPage")
        self._codes: list[QrCode] = []
        self._index = 0
        self._pixmap = QPixmap()
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("QR codes"), "title", wrap=False))
        layout.addWidget(label(self.tr(
            "Scan the codes in order with the phone that will send them. QR codes are only "
            "possible for a short report without attachments, so anyone who sees them can tell "
            "the report is short. The codes exist only on this screen: nothing is saved."),
            "hint"))
        self._counter = label("", "title", wrap=False, object_name="qrCounter")
        self._counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._counter)
        self._image = QLabel()
        self._image.setObjectName("qrImage")
        self._image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._image.setMinimumSize(240, 240)
        self._image.setStyleSheet("background: white;")
        layout.addWidget(self._image, 1)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
        back = named(QPushButton(self.tr("&Back to review")), "qrBackButton",
                     self.tr("Back to review"))
        self._previous = named(QPushButton(self.tr("&Previous code")), "qrPreviousButton",
                               self.tr("Previous code"))
        self._next = named(QPushButton(self.tr("&Next code")), "qrNextButton",
                           self.tr("Next code"))
        make_primary(self._next)
        back.clicked.connect(self.backRequested)
        self._previous.clicked.connect(self.previous)
        self._next.clicked.connect(self.next)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self._previous)
        row.addWidget(self._next)
        return row

    def set_codes(self, codes: list[QrCode]) -> None:
        """Show ``codes`` from the first."""
        self._codes = list(codes)
        self._index = 0
        self._show()

    def clear(self) -> None:
        """Forget the codes (leaving the page)."""
        self._codes = []
        self._pixmap = QPixmap()
        self._image.clear()

    def next(self) -> None:
        """Show the next code."""
        if self._index + 1 < len(self._codes):
            self._index += 1
            self._show()

    def previous(self) -> None:
        """Show the previous code."""
        if self._index > 0:
            self._index -= 1
            self._show()

    def _show(self) -> None:
        if not self._codes:
            return
        code = self._codes[self._index]
        self._pixmap = QPixmap()
        self._pixmap.loadFromData(code.png, "PNG")
        self._counter.setText(self.tr("Code %1 of %2").replace("%1", str(code.number))
                              .replace("%2", str(code.total)))
        self._image.setAccessibleName(self._counter.text())
        self._previous.setEnabled(self._index > 0)
        self._next.setEnabled(self._index + 1 < len(self._codes))
        self._scale()

    def _scale(self) -> None:
        if self._pixmap.isNull():
            return
        code = self.current()
        modules = code.modules if code and code.modules else self._pixmap.width()
        room = min(self._image.width(), self._image.height(), MAX_SIDE)
        side = max(1, room // modules) * modules  # whole pixels per module: crisp, scannable
        self._image.setPixmap(self._pixmap.scaled(
            side, side, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._scale()

    def current(self) -> QrCode | None:
        """The code on screen."""
        return self._codes[self._index] if self._codes else None

    def codes(self) -> list[QrCode]:
        """All codes."""
        return list(self._codes)
