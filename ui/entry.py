"""What both programs' entry points share. Imports no Qt at module level: the command-line
path must start without loading Qt."""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def refuse_unknown_options(program: str, args: list[str], allowed: frozenset[str]) -> None:
    """Exit with status 2 and error/hint lines if a window option is not one we know."""
    unknown = [a for a in args if a.startswith("-") and a not in allowed]
    if unknown:
        print(f"{program}: error: unknown option {unknown[0]}", file=sys.stderr)
        print(f"{program}: hint: run '{program} --help' for usage and examples", file=sys.stderr)
        sys.exit(2)


def quit_on_signals(app: QApplication, before_quit: Callable[[], None] | None = None) -> None:
    """SIGTERM/SIGINT (logout, Ctrl+C) end the app cleanly through its normal shut-down."""
    from PySide6.QtCore import QTimer

    def stop(_signum: int, _frame: object) -> None:
        if before_quit is not None:
            before_quit()
        app.quit()

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, stop)
    heartbeat = QTimer(app)  # lets Python run its signal handlers while Qt waits
    heartbeat.start(300)
    heartbeat.timeout.connect(lambda: None)
