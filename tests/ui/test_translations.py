"""The Arabic and Persian catalogues: complete for the editor, placeholders intact, up to date."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.app_setup import I18N_FOLDER

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ["ar", "fa"]
PLACEHOLDER = re.compile(r"%\d|\{\w+\}")


def messages(language: str) -> list[tuple[str, str]]:
    root = ET.parse(I18N_FOLDER / f"sealnote_{language}.ts").getroot()
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") not in ("vanished", "obsolete"):
            found.append((message.findtext("source") or "", translation.text or ""))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language: str) -> None:
    for source, translation in messages(language):
        if translation:
            assert sorted(PLACEHOLDER.findall(source)) == \
                sorted(PLACEHOLDER.findall(translation)), source


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_editor_strings_are_translated(language: str) -> None:
    untranslated = [s for s, t in messages(language) if not t]
    assert len(untranslated) <= 12, untranslated  # only moderator-side key-file messages
    assert all(("key" in s.lower() or "passphrase" in s.lower() or "team name" in s.lower()
                or "validity" in s.lower() or "terminal" in s.lower()) for s in untranslated)
    assert (I18N_FOLDER / f"sealnote_{language}.qm").stat().st_size > 10_000


def test_catalogue_holds_every_string_of_the_sources(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "sealnote_ar.ts"
    shutil.copy(I18N_FOLDER / "sealnote_ar.ts", copy)
    sources = sorted(str(p) for p in (REPO / "ui").rglob("*.py"))
    result = subprocess.run([str(lupdate), *sources, "-ts", str(copy)], capture_output=True,
                            text=True, timeout=120)
    assert "(0 new and" in result.stdout + result.stderr, result.stdout + result.stderr
