"""What image cleaning removed is shown in the person's language: codes from app.image_metadata,
labels from ui.editor.labels (never the module's codes or English names in an Arabic window)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.image_metadata import Removed
from ui.app_setup import I18N_FOLDER, configure_application
from ui.editor.labels import removed_metadata_labels, removed_metadata_text

ARABIC = re.compile(r"[\u0600-\u06ff]")


def catalogue(language: str) -> dict[tuple[str, str], str]:
    root = ET.parse(I18N_FOLDER / f"sealnote_{language}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.get("type") is None:
                found[(name, message.findtext("source") or "")] = node.text or ""
    return found


def test_every_code_has_a_label() -> None:
    labels = removed_metadata_labels()
    assert set(labels) == {code.value for code in Removed}
    assert len(set(labels.values())) == len(labels)  # no two codes read the same
    assert removed_metadata_text(["exif_gps", "comment"]) == \
        "EXIF with the GPS location, comment"
    assert removed_metadata_text(["no-such-code"]) == "unknown data"


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_every_label_is_translated(language: str) -> None:
    translated = catalogue(language)
    for english in removed_metadata_labels().values():
        text = translated.get(("Metadata", english), "")
        assert ARABIC.search(text), (language, english)


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_the_attachments_page_shows_no_english_metadata_names(
        qapp: QApplication, make_window: Any, qtbot: QtBot, tmp_path: Any, language: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEALNOTE_LANG", language)
    assert configure_application(qapp, tmp_path / "settings") == language
    window = make_window(demo=True)  # the sample photo carries EXIF with GPS and a comment
    qtbot.waitUntil(lambda: not window.attachments_page.busy(), timeout=10_000)
    shown = window.attachments_page.verdict(0)
    translated = removed_metadata_labels()
    assert translated[Removed.EXIF_GPS] in shown and translated[Removed.COMMENT] in shown
    without_standards = re.sub(r"\b(EXIF|GPS|XMP|IPTC)\b", "", shown)  # these stay Latin
    assert not re.search(r"[A-Za-z_]{3,}", without_standards), shown
