"""Auto-lock: lock after the time without activity the person chose (or never).

Both windows use it: the editor locks its drafts, the moderator its keys. Activity is any key
press, mouse click, wheel turn or mouse move in any window of the application (an
application-wide event filter). The choice is kept in the INI settings (minutes only), under a
key of each window's own; each window has its own choices and default.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from ui.app_setup import settings

CHOICES_MINUTES = (5, 15, 30, 60, 0)  # 0: never (the editor's choices)
DEFAULT_MINUTES = 15
SETTINGS_KEY = "security/auto_lock_minutes"
_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                       QEvent.Type.Wheel, QEvent.Type.MouseMove, QEvent.Type.TouchBegin})
_RESTART_EVERY_S = 0.5  # restarting the timer on every mouse move would be wasted work


def saved_minutes(key: str = SETTINGS_KEY, choices: Sequence[int] = CHOICES_MINUTES,
                  default: int = DEFAULT_MINUTES) -> int:
    """The person's choice from the settings (``default`` when unset or odd)."""
    value = settings().value(key, default)
    try:
        minutes = int(str(value))
    except ValueError:
        return default
    return minutes if minutes in choices else default


class IdleLock(QObject):
    """Emits ``idle`` once the chosen time passed without activity while armed."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None, *, settings_key: str = SETTINGS_KEY,
                 choices: Sequence[int] = CHOICES_MINUTES,
                 default_minutes: int = DEFAULT_MINUTES) -> None:
        super().__init__(parent)
        self._key, self._choices, self._default = settings_key, tuple(choices), default_minutes
        self._minutes = self._saved()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expired)
        self._armed = False
        self._last_restart = 0.0
        self._set_interval(self._minutes * 60_000)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _saved(self) -> int:
        return saved_minutes(self._key, self._choices, self._default)

    def choices(self) -> tuple[int, ...]:
        """The times that can be chosen, in minutes (0: never)."""
        return self._choices

    def minutes(self) -> int:
        """The chosen time (0: never)."""
        return self._minutes

    def set_minutes(self, minutes: int, remember: bool = True) -> None:
        """Choose one of ``choices()`` (0 for never); kept in the settings."""
        if minutes not in self._choices:
            return
        self._minutes = minutes
        if remember:
            store = settings()
            store.setValue(self._key, minutes)
            store.sync()
        self._set_interval(minutes * 60_000)

    def set_interval_ms(self, milliseconds: int) -> None:
        """Any interval (tests use a tiny one); not saved."""
        self._set_interval(milliseconds)

    def reload(self) -> None:
        """Back to the saved choice (after a wipe removed the settings: the default)."""
        self._minutes = self._saved()
        self._set_interval(self._minutes * 60_000)

    def _set_interval(self, milliseconds: int) -> None:
        self._interval = milliseconds
        if milliseconds > 0:
            self._timer.setInterval(milliseconds)
        self._restart()

    def arm(self) -> None:
        """Start counting (unlocked)."""
        self._armed = True
        self._restart()

    def disarm(self) -> None:
        """Stop counting (locked, demo)."""
        self._armed = False
        self._timer.stop()

    def postpone(self, milliseconds: int) -> None:
        """Count again for ``milliseconds`` (work is running that a lock would cancel)."""
        self._armed = True
        self._timer.start(milliseconds)

    def armed(self) -> bool:
        """True while counting."""
        return self._armed

    def remaining_ms(self) -> int:
        """Milliseconds until the lock (-1 when not counting)."""
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def _restart(self) -> None:
        if self._armed and self._interval > 0:
            self._timer.start(self._interval)
        else:
            self._timer.stop()

    def _expired(self) -> None:
        if self._armed:
            self._armed = False
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if self._armed and event.type() in _ACTIVITY:
            now = time.monotonic()
            if now - self._last_restart >= _RESTART_EVERY_S or \
                    event.type() != QEvent.Type.MouseMove:
                self._last_restart = now
                self._restart()
        return False
