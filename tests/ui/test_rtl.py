"""Right-to-left: with SEALNOTE_LANG=ar (or fa) the window lays out RTL and is translated."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from ui.app_setup import I18N_FOLDER, configure_application, ui_language
from ui.editor.main_window import EditorWindow
from ui.widgets.fingerprint import FingerprintLabel


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_rtl_language_flips_the_layout_and_translates(
        qapp: QApplication, make_window: Any, tmp_path: Any, language: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert (I18N_FOLDER / f"sealnote_{language}.qm").is_file()
    monkeypatch.setenv("SEALNOTE_LANG", language)
    assert configure_application(qapp, tmp_path / "settings") == language
    window: EditorWindow = make_window(demo=True)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.form_page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    next_button = window.form_page.findChild(QPushButton, "formNextButton")
    assert next_button is not None and "Next" not in next_button.text()
    titles = [label.text() for label in window.form_page.findChildren(QLabel)]
    assert "Your concern" not in titles
    banner = window.findChild(QLabel, "demoBanner")
    assert banner is not None and "DEMO" in banner.text() and "workshop" not in banner.text()
    fingerprint = window.review_page.findChild(FingerprintLabel, "reviewFingerprint")
    assert fingerprint is not None
    assert fingerprint.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_english_stays_left_to_right(qapp: QApplication, make_window: Any, tmp_path: Any,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEALNOTE_LANG", "en")
    configure_application(qapp, tmp_path / "settings")
    window: EditorWindow = make_window(demo=True)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.form_page.findChild(QPushButton, "formNextButton").text() == \
        "&Next: attachments"


@pytest.mark.parametrize(("value", "expected"), [("ar_EG.UTF-8", "ar"), ("fa-IR", "fa"),
                                                 ("ur", "ur"), ("", None)])
def test_language_from_environment(value: str, expected: str | None) -> None:
    language = ui_language({"SEALNOTE_LANG": value})
    assert language == expected if expected else language.isalpha()
