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
# The moderator window keeps its own catalogue (ui/moderator/i18n.py): sealnote_moderator_*.ts.
MODERATOR_SOURCES = ("ui/moderator/", "ui/moderator_launch.py", "ui/messages_moderator.py")


def editor_sources() -> list[str]:
    """Every ui/ source whose strings belong in the sealnote_<lang> catalogue."""
    return sorted(str(p) for p in (REPO / "ui").rglob("*.py")
                  if not str(p.relative_to(REPO)).startswith(MODERATOR_SOURCES))
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
    assert untranslated == []
    assert (I18N_FOLDER / f"sealnote_{language}.qm").stat().st_size > 10_000


def test_catalogue_holds_every_string_of_the_sources(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "sealnote_ar.ts"
    shutil.copy(I18N_FOLDER / "sealnote_ar.ts", copy)
    result = subprocess.run([str(lupdate), *editor_sources(), "-ts", str(copy)],
                            capture_output=True,
                            text=True, timeout=120)
    assert "(0 new and" in result.stdout + result.stderr, result.stdout + result.stderr


def _first_strong_direction(text: str) -> str:
    import unicodedata

    return next((kind for kind in map(unicodedata.bidirectional, text)
                 if kind in ("L", "R", "AL")), "")


@pytest.mark.parametrize("language", LANGUAGES)
def test_right_to_left_sentences_start_right_to_left(language: str) -> None:
    """A translation starting with a Latin word ("Sealnote …") would lay its label out left to
    right; such translations begin with U+200F RIGHT-TO-LEFT MARK."""
    wrong = [translation for _source, translation in messages(language)
             if any(_first_strong_direction(ch) in ("R", "AL") for ch in translation)
             and _first_strong_direction(translation) == "L"]
    assert wrong == []
