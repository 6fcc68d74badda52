"""Look inside the frozen programs in dist/ for what must, and must not, be there.

    .venv-build/bin/python packaging/pyinstaller/check_bundle.py dist

Must not: tests, test or benchmark tools, pip/setuptools, key files, benchmark output, translation
sources, the Qt pieces sealnote_bundle.py leaves out (QtNetwork, the VNC and GTK plugins, the
build machine's libstdc++) and, in the editor, any module that opens sealed reports (the
import-linter contract in pyproject.toml, checked here on the frozen module list itself).
Must: our data files (sealnote_bundle.APP_DATA), dependency data for the programs that import the
dependency, and Qt's own catalogues for the languages we translate to.

Runs in the build venv (it reads the executables' module archives with PyInstaller's reader).
Prints each program's size and file count; exit status 1 if anything is wrong.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path, PurePosixPath

from PyInstaller.archive.readers import pkg_archive_contents

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sealnote_bundle import (  # noqa: E402
    APP_DATA,
    DEPENDENCY_DATA,
    EXCLUDED_MODULES,
    HOST_LIBRARIES_LEFT_OUT,
    QT_PLUGINS_LEFT_OUT,
    REPOSITORY,
)

PROGRAMS = ("sealnote", "sealnote-moderator")
FORBIDDEN_PARTS = {"tests", "test", "bench", "pip", "setuptools", "_pytest", "pytest",
                   "hypothesis", ".venv", ".venv-build", "site-packages", "__pycache__"}
FORBIDDEN_NAMES = ("*.key", "*.ts", "*.pem", "SHA256SUMS", "libQt6Network.so*", "libgtk-3.so*",
                   "libqvnc.so", "libqgtk3.so", *HOST_LIBRARIES_LEFT_OUT)
QT_CATALOGUES = ("qtbase_ar.qm", "qtbase_fa.qm")


def editor_forbidden_modules() -> list[str]:
    """The modules the editor must never reach (from the import-linter contract)."""
    with (REPOSITORY / "pyproject.toml").open("rb") as stream:
        contracts = tomllib.load(stream)["tool"]["importlinter"]["contracts"]
    for contract in contracts:
        if "ui.launch" in contract.get("source_modules", []):
            return list(contract["forbidden_modules"])
    raise LookupError("no import-linter contract has ui.launch as a source")


def file_problems(folder: Path) -> list[str]:
    """Files in the program's folder that must not be there."""
    problems = []
    for path in sorted(folder.rglob("*")):
        relative = PurePosixPath(path.relative_to(folder).as_posix())
        if FORBIDDEN_PARTS & set(relative.parts[:-1]) or relative.name in FORBIDDEN_PARTS:
            problems.append(f"{relative}: tests, tools or caches")
        elif any(relative.match(pattern) for pattern in FORBIDDEN_NAMES):
            problems.append(f"{relative}: must not be shipped")
        elif "plugins" in relative.parts and any(
                relative.match(f"*/plugins/{pattern}") for pattern in QT_PLUGINS_LEFT_OUT):
            problems.append(f"{relative}: a Qt plugin that is left out")
    return problems


def module_problems(executable: Path, program: str) -> list[str]:
    """Modules in the program's archive that must not be there."""
    modules = set(pkg_archive_contents(str(executable)))
    banned = [*EXCLUDED_MODULES, "PySide6.QtNetwork"]
    if program == "sealnote":
        banned += editor_forbidden_modules()
    return [f"module {name}: must not be frozen in" for name in sorted(modules)
            if any(name == ban or name.startswith(ban + ".") for ban in banned)]


def missing_files(internal: Path, program: str) -> list[str]:
    """Data files that should be in the program's folder and are not."""
    expected = [Path(target) / source.name for pattern, target in APP_DATA
                for source in REPOSITORY.glob(pattern)]
    expected += [Path("PySide6", "Qt", "translations", name) for name in QT_CATALOGUES]
    modules = {name.split(".")[0] for name in pkg_archive_contents(str(internal.parent / program))}
    expected += [Path(package, name) for package, names in DEPENDENCY_DATA.items()
                 if package in modules for name in names]
    return [f"{path}: missing" for path in expected if not (internal / path).is_file()]


def check_program(dist: Path, program: str) -> list[str]:
    """Every problem of one program; prints its size."""
    folder = dist / program
    executable = folder / program
    if not executable.is_file():
        return [f"{executable}: missing (run `make package`)"]
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    size = sum(path.stat().st_size for path in files)
    print(f"bundle: {program}: {size / 1e6:.1f} MB in {len(files)} files")
    return (file_problems(folder) + module_problems(executable, program)
            + missing_files(folder / "_internal", program))


def main(argv: list[str]) -> int:
    """Check every program in ``argv[0]`` (the dist folder); 0 if nothing is wrong."""
    dist = Path(argv[0] if argv else "dist")
    problems = [f"{program}: {problem}" for program in PROGRAMS
                for problem in check_program(dist, program)]
    for problem in problems:
        print(f"bundle: error: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
