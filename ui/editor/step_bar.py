"""The row of steps across the top of the window (Alt+1 … Alt+5 reach them from the keyboard)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from ui.widgets.basics import named


class StepBar(QWidget):
    """Checkable buttons, one per step; emits the chosen step's key."""

    stepChosen = Signal(str)

    def __init__(self, steps: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepBar")
        self._buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.setSpacing(2)
        for number, (key, title) in enumerate(steps, start=1):
            button = named(QPushButton(f"&{number}  {title}"), f"step_{key}", title)
            button.setCheckable(True)
            button.setProperty("step", True)
            button.clicked.connect(lambda _checked=False, k=key: self.stepChosen.emit(k))
            self._group.addButton(button)
            self._buttons[key] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def add_trailing(self, widget: QWidget) -> None:
        """Put ``widget`` at the far end of the bar."""
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.addWidget(widget)

    def set_current(self, key: str) -> None:
        """Mark ``key`` as the current step ('' or an unknown key: no step is marked)."""
        button = self._buttons.get(key)
        if button is not None:
            button.setChecked(True)
            return
        self._group.setExclusive(False)
        for other in self._buttons.values():
            other.setChecked(False)
        self._group.setExclusive(True)

    def set_enabled_steps(self, keys: set[str]) -> None:
        """Enable only ``keys``."""
        for key, button in self._buttons.items():
            button.setEnabled(key in keys)

    def keys(self) -> list[str]:
        """The steps, in order."""
        return list(self._buttons)
