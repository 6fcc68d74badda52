"""What both PyInstaller specs share: data files, excluded modules, the one-folder build.

The specs (``sealnote.spec``, ``sealnote-moderator.spec``) only name the program and its entry
script and call :func:`build_program`. The manifests at the top are plain data, readable without
PyInstaller, so that ``tests/architecture/test_packaging.py`` can check them against the source
tree and the installed dependencies:

- every file in ``app/``, ``ui/`` and ``crypto/`` that is not Python is either shipped
  (``APP_DATA``) or listed in ``SOURCE_ONLY`` with the reason it is not;
- every non-Python file inside a runtime dependency is either shipped (``DEPENDENCY_DATA``) or
  listed in ``DEPENDENCY_DATA_NOT_NEEDED`` with the reason (Qt's own files are left to
  PyInstaller's PySide6 hooks);
- ``QT_MODULES`` is exactly the set of PySide6 modules that ``ui/`` imports.

PyInstaller is imported only inside :func:`build_program`.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path, PurePosixPath
from typing import Any

REPOSITORY = Path(__file__).resolve().parents[2]

# (glob relative to the repository, folder inside the bundle). The code finds these files next
# to its own modules (``Path(__file__)``): ui/app_setup.py's I18N_FOLDER and
# app/demo_team.py's SAMPLE_PHOTO, so the folder inside the bundle mirrors the source tree.
APP_DATA: tuple[tuple[str, str], ...] = (
    ("ui/resources/i18n/*.qm", "ui/resources/i18n"),
    ("app/demo/sample-photo.jpg", "app/demo"),
)

# Files in the source packages that the apps never read, and why.
SOURCE_ONLY: dict[str, str] = {
    "ui/resources/i18n/*.ts": "translation sources; the apps load the compiled .qm files",
}

# Import package -> files (relative to the package) that it reads at run time.
DEPENDENCY_DATA: dict[str, tuple[str, ...]] = {
    "shamir_mnemonic": ("wordlist.txt",),  # read with open(dirname(__file__)/…) on import
}

# Import package -> globs of non-Python files it carries that the apps do not need, and why.
DEPENDENCY_DATA_NOT_NEEDED: dict[str, dict[str, str]] = {
    "keyring": {"backend_complete.*": "shell completion for keyring's own command line"},
    "jeepney": {"tests/*": "jeepney's own tests"},
    "cffi": {"*.h": "C headers for compiling cffi modules; nothing is compiled at run time"},
    "pycparser": {"*.cfg": "C parser tables for cffi's compile step"},
}

# The Qt modules the apps import (checked against ui/ by the tests). Every other module of the
# PySide6 wheel is excluded, so its Qt libraries and plugins stay out of the bundle.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets")

# Qt plugins (glob under PySide6/Qt/plugins) that the bundles leave out, and why. PyInstaller's
# hook would take every plugin of each type that QtGui uses; hooks/hook-PySide6.QtGui.py, which
# takes precedence over it, drops these before PyInstaller copies the libraries they link.
QT_PLUGINS_LEFT_OUT: dict[str, str] = {
    "platforms/libqvnc.so": "a VNC server that listens on the network; with the next one, the "
                            "only plugins that need QtNetwork, which then stays out",
    "generic/libqtuiotouchplugin.so": "TUIO touch input received over UDP",
    "platformthemes/libqgtk3.so": "would copy the build machine's GTK 3 stack (about 40 host "
                                  "libraries: GTK, cairo, pango, Kerberos…) into the bundle; "
                                  "the apps use Qt's own dialogs",
    "platforms/libqeglfs.so": "full-screen embedded platform (no window system)",
    "platforms/libqminimalegl.so": "embedded test platform",
    "platforms/libqlinuxfb.so": "framebuffer platform (no window system)",
    "platforms/libqvkkhrdisplay.so": "Vulkan display platform (no window system)",
    "egldeviceintegrations/*": "device integrations of the eglfs platform, which is left out",
}

# Qt's own catalogues that ui/app_setup.py loads (qtbase_<lang>.qm); qt_*.qm and the others are
# meta-catalogues and translations of modules the apps do not use.
QT_TRANSLATIONS_KEPT = "qtbase_*.qm"

# Libraries of the build machine that PyInstaller would copy but the bundles leave to the system
# they run on, and why.
HOST_LIBRARIES_LEFT_OUT: dict[str, str] = {
    "libstdc++.so.6": "an older copy shadows the system's, and the system's OpenGL (Mesa) "
                      "drivers then fail to load ('GLIBCXX_… not found'); every target has one",
    "libgcc_s.so.1": "goes with libstdc++ (same reason)",
}

# Modules imported from compiled code, which PyInstaller cannot see, and who imports them.
HIDDEN_IMPORTS: dict[str, str] = {
    "_cffi_backend": "nacl/_sodium.abi3.so (PyNaCl's cffi module) imports it when it loads; "
                     "without it the moderator, which has no other cffi user, cannot start",
}

# Python modules that must never be in a bundle, even if something imports them optionally.
EXCLUDED_MODULES = (
    "tkinter", "_tkinter", "idlelib", "turtledemo", "lib2to3", "pydoc_data", "ensurepip",
    "venv", "test", "tests", "pip", "setuptools", "pkg_resources", "distutils", "PyInstaller",
    "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "importlinter", "grimp",
    "atheris", "zxingcpp", "bench",
)


def keep_qt_file(source: str, target_folder: str) -> bool:
    """False for the Qt plugins and translations that the bundles leave out (see above)."""
    parts = Path(target_folder).parts
    name = Path(source).name
    if "plugins" in parts:
        relative = PurePosixPath(*parts[parts.index("plugins") + 1:], name)
        return not any(relative.match(pattern) for pattern in QT_PLUGINS_LEFT_OUT)
    if "translations" in parts and name.endswith(".qm"):
        return PurePosixPath(name).match(QT_TRANSLATIONS_KEPT)
    return True


def app_data_files() -> list[tuple[str, str]]:
    """(source file, folder inside the bundle) for every data file of our own packages.

    Raises FileNotFoundError if a manifest entry matches no file (e.g. .qm not compiled).
    """
    found = []
    for pattern, target in APP_DATA:
        matches = sorted(REPOSITORY.glob(pattern))
        if not matches:
            raise FileNotFoundError(f"no file matches {pattern!r} (run `make translations`?)")
        found.extend((str(path), target) for path in matches)
    return found


def dependency_data_files() -> list[tuple[str, str]]:
    """(source file, folder inside the bundle) for the data files of runtime dependencies.

    Raises FileNotFoundError if a dependency or one of its listed files is missing.
    """
    found = []
    for package, names in sorted(DEPENDENCY_DATA.items()):
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise FileNotFoundError(f"package {package!r} is not installed")
        folder = Path(next(iter(spec.submodule_search_locations)))
        for name in names:
            path = folder / name
            if not path.is_file():
                raise FileNotFoundError(f"{path} is missing")
            found.append((str(path), str(Path(package, name).parent)))
    return found


def excluded_qt_modules() -> list[str]:
    """``PySide6.<module>`` for every Qt module of the installed wheel that the apps do not use."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("PySide6 is not installed")
    folder = Path(next(iter(spec.submodule_search_locations)))
    names = {path.name.split(".")[0] for path in folder.glob("Qt*.so")}
    names |= {path.stem for path in folder.glob("Qt*.pyi")}
    return sorted(f"PySide6.{name}" for name in names - set(QT_MODULES))


def build_program(name: str, entry_script: str, spec_folder: str) -> None:
    """Analyse ``entry_script`` and write the one-folder program ``dist/<name>/<name>``.

    Called from a spec file, inside a PyInstaller run.
    """
    from PyInstaller.building.build_main import COLLECT, EXE, PYZ, Analysis

    analysis = Analysis(
        [str(Path(spec_folder) / entry_script)],
        pathex=[str(REPOSITORY)],
        hookspath=[str(Path(spec_folder) / "hooks")],
        datas=app_data_files() + dependency_data_files(),
        hiddenimports=sorted(HIDDEN_IMPORTS),
        excludes=[*EXCLUDED_MODULES, *excluded_qt_modules()],
        # 0, not 2: the command lines print their module docstrings as usage text.
        optimize=0,
    )
    trim(analysis)
    pyz = PYZ(analysis.pure)
    exe = EXE(pyz, analysis.scripts, [], exclude_binaries=True, name=name, console=True,
              debug=False, strip=True, upx=False)
    COLLECT(exe, analysis.binaries, analysis.datas, strip=True, upx=False, name=name)


def trim(analysis: Any) -> None:
    """Drop what the manifests above leave out from an Analysis's binaries and data.

    The QtGui hook already dropped the plugins before their libraries were looked for; this
    also catches Qt's translations (collected by the QtCore hook) and whatever another hook
    brings, and leaves a dependency's data out of a program that does not import it.
    """
    used = {name.split(".")[0] for name, _source, _kind in analysis.pure}
    analysis.binaries = [entry for entry in analysis.binaries
                         if _keep(entry) and Path(entry[0]).name not in HOST_LIBRARIES_LEFT_OUT]
    analysis.datas = [entry for entry in analysis.datas
                      if _keep(entry) and _used_by_program(entry, used)]


def _keep(entry: tuple[str, str, str]) -> bool:
    """TOC entries are (path inside the bundle, source, kind)."""
    target, source, _kind = entry
    return keep_qt_file(source, str(Path(target).parent))


def _used_by_program(entry: tuple[str, str, str], used: set[str]) -> bool:
    """Dependency data only goes with a program that imports the dependency."""
    top = Path(entry[0]).parts[0]
    return top not in DEPENDENCY_DATA or top in used
