"""``sealnote-moderator``: the window, or the command line when a CLI command is given.

    sealnote-moderator                  the moderator window
    sealnote-moderator --demo           the window with the public demo team and sample reports
    sealnote-moderator --portable       everything in ``SealnoteData/moderator`` next to the
                                        program (also when a ``sealnote-portable.txt`` file lies
                                        there); nothing under HOME, no system keyring
    sealnote-moderator open …           the command line (see ``sealnote-moderator --help``):
                                        team, open, inspect, demo-roundtrip; Qt is not imported

This module imports no Qt at the top: the CLI path must start fast and work with no display, and
the window's start-up (ui.entry.prepare_process, as the editor's) must disable core dumps and
redirect portable mode's folders before Qt (which caches locations) is imported.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ui.entry import prepare_process as entry_prepare_process
from ui.entry import quit_on_signals, refuse_unknown_options

if TYPE_CHECKING:
    from app.paths import AppPaths

PROGRAM = "sealnote-moderator"
APP_NAME = "Sealnote Moderator"
DESKTOP_FILE = "org.sealnote.SealnoteModerator"
CLI_FLAGS = frozenset({"--help", "-h"})
WINDOW_OPTIONS = frozenset({"--demo", "--portable"})
PORTABLE_APP_FOLDER = "moderator"  # below the shared portable root, apart from the editor's


def wants_cli(argv: list[str]) -> bool:
    """True when a CLI command (any non-option word) or help is asked for."""
    if any(arg in CLI_FLAGS for arg in argv):
        return True
    return any(not arg.startswith("-") for arg in argv)


def prepare_process(argv: list[str], program_dir: Path | None = None) -> AppPaths:
    """Before Qt is imported: no core dumps, portable mode's environment (the editor's start-up,
    ui.entry). Returns the folders: ``SealnoteData/moderator`` next to the program when
    portable, else the user's "Sealnote Moderator" folders."""
    return entry_prepare_process(PROGRAM, argv, program_dir, app_name=APP_NAME,
                                 app_folder=PORTABLE_APP_FOLDER)


def run_window(argv: list[str], program_dir: Path | None = None) -> int:
    """Start the moderator window; returns the exit code."""
    base = prepare_process(argv, program_dir)
    from ui.app_setup import configure_application, create_application
    from ui.moderator.demo import DEMO_FOLDER
    from ui.moderator.i18n import install_moderator_translations
    from ui.moderator.main_window import ModeratorWindow

    demo = "--demo" in argv
    app = create_application(sys.argv[:1])
    settings_root = base.data / DEMO_FOLDER / "config" if demo else base.config
    language = configure_application(app, settings_root)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_FILE)
    install_moderator_translations(app, language)
    window = ModeratorWindow(base, demo=demo)
    quit_on_signals(app)
    window.show()
    status = app.exec()
    window.shut_down()  # idempotent: also after a signal, which closes no window
    return status


def moderator_entry(argv: list[str] | None = None) -> None:
    """Console-script entry of ``sealnote-moderator``."""
    args = sys.argv[1:] if argv is None else argv
    if wants_cli(args):
        from app.cli.moderator import main

        sys.exit(main(args))
    refuse_unknown_options(PROGRAM, args, WINDOW_OPTIONS)
    sys.exit(run_window(args))
