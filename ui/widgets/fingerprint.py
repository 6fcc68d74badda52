"""The team fingerprint, large and in groups, always left to right.

In a right-to-left layout the bidirectional algorithm would show groups of digits in reverse
order, so the person would compare "67890 12345" with a published "12345 67890". The label is
forced left to right and the text is isolated (U+2066 … U+2069) so it always reads as published.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.widgets.style import monospace_font

LEFT_TO_RIGHT_ISOLATE = "\u2066"
POP_DIRECTIONAL_ISOLATE = "\u2069"
GROUPS_PER_LINE = 3


def grouped(fingerprint: str) -> str:
    """Six groups of five digits on two lines of three groups."""
    groups = fingerprint.split()
    lines = [" ".join(groups[i:i + GROUPS_PER_LINE])
             for i in range(0, len(groups), GROUPS_PER_LINE)]
    return "\n".join(lines)


class FingerprintLabel(QLabel):
    """Shows a fingerprint in a large monospace font, selectable, left to right."""

    def __init__(self, object_name: str, point_size: int = 24,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("role", "fingerprint")
        self.setFont(monospace_font(point_size))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self._fingerprint = ""

    def set_fingerprint(self, fingerprint: str) -> None:
        """Show ``fingerprint`` ("12345 67890 …")."""
        self._fingerprint = fingerprint
        lines = grouped(fingerprint).splitlines()
        self.setText("\n".join(f"{LEFT_TO_RIGHT_ISOLATE}{line}{POP_DIRECTIONAL_ISOLATE}"
                               for line in lines))
        self.setAccessibleDescription(fingerprint)

    def fingerprint(self) -> str:
        """The fingerprint shown, in its plain one-line form."""
        return self._fingerprint
