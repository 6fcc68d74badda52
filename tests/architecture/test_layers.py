"""The architecture is a checked contract, not a hope (STYLE.md)."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_import_contracts_hold() -> None:
    """import-linter: ui -> app -> crypto, Qt only in ui/, nacl only in crypto/."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout
    for contract in ("Layers: ui -> app -> crypto", "Qt only in ui", "nacl only in crypto",
                     "The editor never reaches the code that opens reports"):
        assert f"{contract} KEPT" in result.stdout


@pytest.mark.parametrize("package", ["app", "crypto", "ui"])
def test_top_level_packages_are_this_repository(package: str) -> None:
    """`crypto` (PyPI) or another `app`/`ui` must never shadow ours."""
    module = importlib.import_module(package)
    assert module.__file__ is not None
    assert Path(module.__file__).resolve().is_relative_to(REPO)


def test_packaging_folder_is_not_a_python_package() -> None:
    """packaging/__init__.py would shadow the real `packaging` library."""
    assert not (REPO / "packaging" / "__init__.py").exists()


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_only_primitives_touches_libsodium_directly() -> None:
    """One module of crypto/ calls libsodium (nacl.bindings / nacl._sodium)."""
    offenders = []
    for path in (REPO / "crypto").rglob("*.py"):
        low_level = {m for m in _imported_modules(path)
                     if m.startswith(("nacl.bindings", "nacl._sodium"))}
        if low_level and path.name != "primitives.py":
            offenders.append(path.name)
    assert offenders == []


_WRITE_METHODS = {"write_bytes", "write_text", "mkdir", "touch", "makedirs", "mkstemp",
                  "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile"}
_ALLOW_MARK = "fs-lint: allowed"


def _writes_in(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        owner = getattr(getattr(func, "value", None), "id", "")
        mode = next((a.value for a in node.args[1:2] if isinstance(a, ast.Constant)), "r")
        mode = next((k.value.value for k in node.keywords
                     if k.arg == "mode" and isinstance(k.value, ast.Constant)), mode)
        risky = (name in _WRITE_METHODS or (owner == "os" and name == "open")
                 or (name == "open" and isinstance(mode, str) and set(mode) & set("wax+")))
        if risky and _ALLOW_MARK not in lines[node.lineno - 1]:
            where = f"{path.relative_to(REPO)}:{node.lineno}"
            found.append(f"{where}: {lines[node.lineno - 1].strip()}")
    return found


def test_disk_writes_only_through_the_fs_module() -> None:
    """Writes go through app.fs (private_dir, atomic_write*, create_private_file) — STYLE.md."""
    offenders = [hit for folder in ("app", "crypto", "ui") for path in (REPO / folder).rglob("*.py")
                 if path.name != "fs.py" and path.parent.name != "demo"
                 for hit in _writes_in(path)]
    assert offenders == []


def test_write_lint_catches_a_plain_write(tmp_path: Path) -> None:
    """The lint above can fail."""
    (tmp_path / "bad.py").write_text("open('x', 'w').write('y')\nPath('p').write_bytes(b'')\n")
    global REPO
    saved, REPO = REPO, tmp_path
    try:
        assert len(_writes_in(tmp_path / "bad.py")) == 2
    finally:
        REPO = saved
