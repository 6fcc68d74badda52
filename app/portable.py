"""Portable mode: everything under one folder next to the program, nothing under HOME.

Portable mode is on when ``--portable`` is on the command line or a file named
``sealnote-portable.txt`` lies next to the program. Then :func:`enter_portable_mode` must run
first thing in ``main``, before Qt (or anything else that caches locations) is imported: it
points every XDG location, the runtime folder and the temp folder below the portable root, so
libraries that follow them (Qt's QStandardPaths, fontconfig and Mesa caches, GTK's
recently-used list) write there too, and keeps D-Bus autolaunch from writing under HOME. Both
programs start this way (ui.entry.prepare_process): the editor keeps its folders directly under
the root, the moderator under ``<root>/moderator``, so neither program's quick wipe or settings
touch the other's; the XDG folders below the root are shared.

What the UI must also do in portable mode (Qt itself is not imported here):
- QSettings as an INI file under the root: ``QSettings(str(paths.config / "settings.ini"),
  QSettings.Format.IniFormat)`` (never the native registry/plist/~/.config store);
- non-native file dialogs (``QFileDialog.Option.DontUseNativeDialog``): native ones write
  recently-used lists under HOME;
- leave the keyring option off (``KeyringUnlock(portable=True)``): the OS keyring is on the host;
- no clipboard manager can be controlled: clear the clipboard on lock and exit as usual.
On FAT/exFAT sticks permissions cannot be set, so the folders are not private there and Qt may
warn that the runtime folder is not 0700.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import MutableMapping, Sequence
from pathlib import Path

from app.fs import private_dir
from app.paths import PORTABLE_MARKER, AppPaths

PORTABLE_FLAG = "--portable"
PORTABLE_FOLDER = "SealnoteData"
_XDG = {"XDG_DATA_HOME": "xdg/data", "XDG_CONFIG_HOME": "xdg/config",
        "XDG_CACHE_HOME": "xdg/cache", "XDG_STATE_HOME": "xdg/state",
        "XDG_RUNTIME_DIR": "xdg/runtime"}


def portable_root(program_dir: Path, argv: Sequence[str]) -> Path | None:
    """The portable root (``<program_dir>/SealnoteData``), or None in normal mode. Raises
    nothing."""
    if PORTABLE_FLAG in argv[1:] or (program_dir / PORTABLE_MARKER).is_file():
        return program_dir / PORTABLE_FOLDER
    return None


def apply_portable_environment(root: Path, environ: MutableMapping[str, str],
                               app_folder: str = "") -> AppPaths:
    """Point XDG_*, XDG_RUNTIME_DIR and TMPDIR/TEMP/TMP below ``root``; return the AppPaths of
    ``root`` (or of ``root/app_folder``).

    Creates the folders (private where the file system allows). Pass ``os.environ`` in the app
    (Python's cached temp folder is reset then). Raises OSError if the folders cannot be made.
    """
    root = root.resolve()
    for name, relative in _XDG.items():
        environ[name] = str(private_dir(root / relative))
    paths = AppPaths.under(root / app_folder if app_folder else root, portable=True).ensure()
    for name in ("TMPDIR", "TEMP", "TMP"):
        environ[name] = str(paths.temp)
    if environ is os.environ:
        tempfile.tempdir = None
    return paths


def keep_dbus_off_home(host_runtime: str, environ: MutableMapping[str, str]) -> None:
    """Portable mode: no D-Bus autolaunch, which writes ``~/.dbus/session-bus/…`` (and starts
    a daemon) when Qt looks for a session bus on an X display that has none.

    The desktop's own bus is kept when there is one (screen readers need it): the address the
    session gave, else the standard socket in the host's runtime folder ``host_runtime`` (which
    portable mode moved away). With neither, the address points at a socket that does not
    exist. Raises nothing.
    """
    if environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return
    host_bus = Path(host_runtime) / "bus" if host_runtime else None
    if host_bus is not None and host_bus.is_socket():
        environ["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={host_bus}"
    else:
        absent = Path(environ["XDG_RUNTIME_DIR"]) / "no-session-bus"
        environ["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={absent}"


def enter_portable_mode(root: Path, environ: MutableMapping[str, str],
                        app_folder: str = "") -> AppPaths:
    """Everything a program must do before Qt is imported in portable mode: the redirected
    environment (apply_portable_environment) and no D-Bus autolaunch (keep_dbus_off_home).

    Raises OSError if the folders cannot be made.
    """
    host_runtime = environ.get("XDG_RUNTIME_DIR", "")
    paths = apply_portable_environment(root, environ, app_folder)
    keep_dbus_off_home(host_runtime, environ)
    return paths
