"""The desktop entries are valid (desktop-file-validate, Debian package desktop-file-utils)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ENTRIES = sorted((Path(__file__).resolve().parents[2] / "packaging" / "linux").glob("*.desktop"))


def test_there_is_an_entry_for_each_app() -> None:
    assert [p.name for p in ENTRIES] == ["org.sealnote.Sealnote.desktop",
                                         "org.sealnote.SealnoteModerator.desktop"]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda p: p.name)
def test_desktop_entry_validates(entry: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    assert tool, "desktop-file-validate is missing: apt-get install desktop-file-utils"
    result = subprocess.run([tool, str(entry)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
