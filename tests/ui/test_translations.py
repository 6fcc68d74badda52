"""The Arabic and Persian catalogues: complete, placeholders intact, up to date.

Two catalogues: the shared one (sealnote_<lang>: every ui/ string outside the moderator window,
including the error-message table ui/messages.py that both windows use) and the moderator
window's own (sealnote_moderator_<lang>), which the moderator loads on top of the shared one.
"""

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
MODERATOR_SOURCES = ("ui/moderator/", "ui/moderator_launch.py")
CATALOGUES = ["sealnote", "sealnote_moderator"]


def editor_sources() -> list[str]:
    """Every ui/ source whose strings belong in the shared sealnote_<lang> catalogue."""
    return sorted(str(p) for p in (REPO / "ui").rglob("*.py")
                  if not str(p.relative_to(REPO)).startswith(MODERATOR_SOURCES))


def moderator_sources() -> list[str]:
    """The moderator window's sources (its own sealnote_moderator_<lang> catalogue)."""
    return sorted(str(p) for p in (REPO / "ui").rglob("*.py")
                  if str(p.relative_to(REPO)).startswith(MODERATOR_SOURCES))


SOURCES = {"sealnote": editor_sources, "sealnote_moderator": moderator_sources}
PLACEHOLDER = re.compile(r"%\d|\{\w+\}")


def _live_messages(path: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message that is not vanished or obsolete."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and \
                    translation.get("type") not in ("vanished", "obsolete"):
                found.append((name, message.findtext("source") or "", _text(translation)))
    return found


def _text(translation: ET.Element) -> str:
    """The translation; for a plural ("%n") message every form, one per line ('' if any form
    is missing, so an untranslated form counts as untranslated)."""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    if not forms:
        return translation.text or ""
    return "\n".join(forms) if all(forms) else ""


def messages(language: str, catalogue: str = "sealnote") -> list[tuple[str, str]]:
    return [(source, text) for _context, source, text
            in _live_messages(I18N_FOLDER / f"{catalogue}_{language}.ts")]


@pytest.mark.parametrize("catalogue", CATALOGUES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language: str, catalogue: str) -> None:
    for source, translation in messages(language, catalogue):
        if translation:
            assert sorted(PLACEHOLDER.findall(source)) == \
                sorted(PLACEHOLDER.findall(translation)), source


@pytest.mark.parametrize("catalogue", CATALOGUES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str, catalogue: str) -> None:
    untranslated = [s for s, t in messages(language, catalogue) if not t]
    assert untranslated == []
    assert (I18N_FOLDER / f"{catalogue}_{language}.qm").stat().st_size > 10_000


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_catalogue_holds_every_string_of_the_sources(tmp_path: Path, catalogue: str) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / f"{catalogue}_ar.ts"
    shutil.copy(I18N_FOLDER / f"{catalogue}_ar.ts", copy)
    result = subprocess.run([str(lupdate), *SOURCES[catalogue](), "-ts", str(copy)],
                            capture_output=True,
                            text=True, timeout=120)
    assert "(0 new and" in result.stdout + result.stderr, result.stdout + result.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_string_lives_in_one_catalogue(language: str) -> None:
    """The moderator loads both catalogues: the error messages (context "Messages", one table
    for both windows) are only in the shared one, the moderator window's only in its own."""
    shared = _live_messages(I18N_FOLDER / f"sealnote_{language}.ts")
    moderator = _live_messages(I18N_FOLDER / f"sealnote_moderator_{language}.ts")
    assert "Messages" in {context for context, _s, _t in shared}
    assert "Messages" not in {context for context, _s, _t in moderator}
    window_contexts = {context for context, _s, _t in moderator}
    assert {"ModeratorWindow", "StartPage", "TeamPage"} <= window_contexts
    assert window_contexts.isdisjoint({context for context, _s, _t in shared})


def _first_strong_direction(text: str) -> str:
    import unicodedata

    return next((kind for kind in map(unicodedata.bidirectional, text)
                 if kind in ("L", "R", "AL")), "")


@pytest.mark.parametrize("catalogue", CATALOGUES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_right_to_left_sentences_start_right_to_left(language: str, catalogue: str) -> None:
    """A translation starting with a Latin word ("Sealnote …", "DEMO …", "JSON (…)") would lay
    its label out left to right; such translations begin with U+200F RIGHT-TO-LEFT MARK. Every
    form of a plural message is checked (one per line), with "%n" read as the number it becomes
    (like "%1", it is no Latin word)."""
    wrong = [line for _source, translation in messages(language, catalogue)
             for line in translation.replace("%n", "1").split("\n")
             if any(_first_strong_direction(ch) in ("R", "AL") for ch in line)
             and _first_strong_direction(line) == "L"]
    assert wrong == []
