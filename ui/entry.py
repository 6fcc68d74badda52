"""What both programs' entry points share. Imports no Qt at module level: the command-line
path must start without loading Qt, and the window's start-up must disable core dumps and
redirect portable mode's folders before Qt (which caches locations) is imported."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.paths import AppPaths


def program_folder() -> Path:
    """The folder of the program (of the frozen executable, or of the launching script)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent


def prepare_process(program: str, argv: list[str], program_dir: Path | None = None, *,
                    app_name: str = "Sealnote", app_folder: str = "") -> AppPaths:
    """What must happen before Qt is imported: no core dumps, then portable mode's environment
    (``--portable`` in ``argv`` or the marker file next to the program; app.portable).

    Returns the folders to use: portable, below the portable root (in ``app_folder`` there);
    else the user's folders for ``app_name``.
    """
    from app.hygiene import disable_core_dumps
    from app.paths import AppPaths
    from app.portable import enter_portable_mode, portable_root

    disable_core_dumps()
    root = portable_root(program_dir or program_folder(), [program, *argv])
    if root is None:
        return AppPaths.for_user(app_name)
    return enter_portable_mode(root, os.environ, app_folder)


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
