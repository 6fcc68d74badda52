"""Portable mode: everything under one folder next to the program, nothing under HOME.

Portable mode is on when ``--portable`` is on the command line or a file named
``sealnote-portable.txt`` lies next to the program. Then :func:`apply_portable_environment`
must run first thing in ``main``, before Qt (or anything else that caches locations) is
imported: it points every XDG location, the runtime folder and the temp folder below the portable
root, so libraries that follow them (Qt's QStandardPaths, fontconfig and Mesa caches, GTK's
recently-used list) write there too.

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


def apply_portable_environment(root: Path, environ: MutableMapping[str, str]) -> AppPaths:
    """Point XDG_*, XDG_RUNTIME_DIR and TMPDIR/TEMP/TMP below ``root``; return its AppPaths.

    Creates the folders (private where the file system allows). Pass ``os.environ`` in the app
    (Python's cached temp folder is reset then). Raises OSError if the folders cannot be made.
    """
    root = root.resolve()
    for name, relative in _XDG.items():
        environ[name] = str(private_dir(root / relative))
    paths = AppPaths.under(root, portable=True).ensure()
    for name in ("TMPDIR", "TEMP", "TMP"):
        environ[name] = str(paths.temp)
    if environ is os.environ:
        tempfile.tempdir = None
    return paths
