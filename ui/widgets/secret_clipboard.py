"""Copy sealed text to the clipboard, marked secret, and clear it again.

The data carries the text and the hints clipboard managers honour: KDE's
``x-kde-passwordManagerHint = secret`` and Windows' "exclude from monitoring / history / cloud"
formats. It is cleared after CLEAR_AFTER_MS and when the window closes, but only if the
clipboard still holds our text (never wipe something the person copied since).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 60_000
KDE_SECRET_FORMAT = "x-kde-passwordManagerHint"  # noqa: S105 -- a MIME type name
_WINDOWS = 'application/x-qt-windows-mime;value="{}"'
_HINTS: tuple[tuple[str, bytes], ...] = (
    (KDE_SECRET_FORMAT, b"secret"),
    (_WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing"), b"\x01\x00\x00\x00"),
    (_WINDOWS.format("CanIncludeInClipboardHistory"), b"\x00\x00\x00\x00"),
    (_WINDOWS.format("CanUploadToCloudClipboard"), b"\x00\x00\x00\x00"),
)


class SecretClipboard(QObject):
    """Owns what we put on the clipboard and takes it back."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS
                 ) -> None:
        super().__init__(parent)
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard, marked secret, and start the clearing timer."""
        data = QMimeData()
        data.setText(text)
        for mime_type, value in _HINTS:
            data.setData(mime_type, QByteArray(value))
        self._clipboard().setMimeData(data)
        self._ours = text
        self._timer.start()

    def holds_ours(self) -> bool:
        """True while the clipboard still has the text we put there."""
        return self._ours is not None and self._clipboard().text() == self._ours

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it still holds our text; True if it did."""
        self._timer.stop()
        cleared = self.holds_ours()
        if cleared:
            self._clipboard().clear()
        self._ours = None
        return cleared

    def seconds_left(self) -> int:
        """Seconds until the clipboard is cleared (0 when nothing is pending)."""
        return max(0, self._timer.remainingTime() // 1000) if self._timer.isActive() else 0
