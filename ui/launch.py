"""``sealnote``: the window, or the command line when a CLI command is given.

    sealnote                 the editor window
    sealnote --demo          the window in workshop (demo) mode
    sealnote --portable      everything in ``SealnoteData`` next to the program (also when a
                             ``sealnote-portable.txt`` file lies there); nothing under HOME
    sealnote seal …          the command line (see ``sealnote --help``); Qt is not even imported

This module imports no Qt at the top: the CLI path must start fast and work with no display, and
the window's start-up must disable core dumps and redirect portable mode's folders before Qt
(which caches locations) is imported.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ui.entry import prepare_process as entry_prepare_process
from ui.entry import quit_on_signals, refuse_unknown_options

if TYPE_CHECKING:

    from app.paths import AppPaths

CLI_COMMANDS = frozenset({"seal", "card"})
CLI_FLAGS = frozenset({"--help", "-h"})
WINDOW_OPTIONS = frozenset({"--demo", "--portable"})


def wants_cli(argv: list[str]) -> bool:
    """True when the first non-option argument is a CLI command, or help is asked for.

    Any other word also goes to the command line, which explains what it expected.
    """
    if any(arg in CLI_FLAGS for arg in argv):
        return True
    return any(not arg.startswith("-") for arg in argv)


def prepare_process(argv: list[str], program_dir: Path | None = None) -> AppPaths:
    """What must happen before Qt is imported: no core dumps, then portable mode's environment
    (shared with the moderator: ui.entry.prepare_process).

    Returns the folders to use (portable: below the portable root; else the user's folders).
    """
    return entry_prepare_process("sealnote", argv, program_dir)


def run_window(argv: list[str], program_dir: Path | None = None) -> int:
    """Start the editor window; returns the exit code."""
    base = prepare_process(argv, program_dir)
    from ui.app_setup import configure_application, create_application
    from ui.editor.demo_session import DemoSession
    from ui.editor.main_window import EditorWindow

    demo = "--demo" in argv
    app = create_application(sys.argv[:1])
    settings_root = DemoSession(base).root / "config" if demo else base.config
    configure_application(app, settings_root)
    window = EditorWindow(base, demo=demo)
    quit_on_signals(app, window.form_page.mark_clean)  # a logout cannot wait for an answer
    window.show()
    status = app.exec()
    window.shut_down()  # idempotent: also after a signal, which closes no window
    return status


def editor_entry(argv: list[str] | None = None) -> None:
    """Console-script entry of ``sealnote``."""
    args = sys.argv[1:] if argv is None else argv
    if wants_cli(args):
        from app.cli.editor import main

        sys.exit(main(args))
    refuse_unknown_options("sealnote", args, WINDOW_OPTIONS)
    sys.exit(run_window(args))
