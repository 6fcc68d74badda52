"""``sealnote``: the window, or the command line when a CLI command is given.

    sealnote                 the editor window
    sealnote --demo          the window in workshop (demo) mode
    sealnote seal …          the command line (see ``sealnote --help``); Qt is not even imported

This module imports no Qt at the top: the CLI path must start fast and work with no display.
"""

from __future__ import annotations

import signal
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ui.editor.main_window import EditorWindow

CLI_COMMANDS = frozenset({"seal", "card"})
CLI_FLAGS = frozenset({"--help", "-h"})


def wants_cli(argv: list[str]) -> bool:
    """True when the first non-option argument is a CLI command, or help is asked for.

    Any other word also goes to the command line, which explains what it expected.
    """
    if any(arg in CLI_FLAGS for arg in argv):
        return True
    return any(not arg.startswith("-") for arg in argv)


def run_window(argv: list[str]) -> int:
    """Start the editor window; returns the exit code."""
    from app.paths import AppPaths
    from ui.app_setup import configure_application, create_application, disable_core_dumps
    from ui.editor.demo_session import DemoSession
    from ui.editor.main_window import EditorWindow

    disable_core_dumps()
    demo = "--demo" in argv
    base = AppPaths.for_user()
    app = create_application(sys.argv[:1])
    settings_root = DemoSession(base).root / "config" if demo else base.config
    configure_application(app, settings_root)
    window = EditorWindow(base, demo=demo)
    _quit_on_signals(app, window)
    window.show()
    status = app.exec()
    window.shut_down()  # idempotent: also after a signal, which closes no window
    return status


def _quit_on_signals(app: QApplication, window: EditorWindow) -> None:
    """SIGTERM/SIGINT (logout, Ctrl+C) end the app cleanly: demo files and clipboard go too."""
    from PySide6.QtCore import QTimer

    def stop(_signum: int, _frame: object) -> None:
        window.form_page.mark_clean()  # a logout cannot wait for an answer
        app.quit()

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, stop)
    heartbeat = QTimer(app)  # lets Python run its signal handlers while Qt waits
    heartbeat.start(300)
    heartbeat.timeout.connect(lambda: None)


def editor_entry(argv: list[str] | None = None) -> None:
    """Console-script entry of ``sealnote``."""
    args = sys.argv[1:] if argv is None else argv
    if wants_cli(args):
        from app.cli.editor import main

        sys.exit(main(args))
    unknown = [a for a in args if a.startswith("-") and a not in ("--demo",)]
    if unknown:
        print(f"sealnote: error: unknown option {unknown[0]}", file=sys.stderr)
        print("sealnote: hint: run 'sealnote --help' for usage and examples", file=sys.stderr)
        sys.exit(2)
    sys.exit(run_window(args))
