"""Keyboard and screen readers (every control named, on every page and dialog; unlock and open a
report without a mouse), right to left (Arabic, Persian), and every error code with its text."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.qr import qr_code_for_text
from ui.app_setup import I18N_FOLDER, configure_application
from ui.messages import known_codes, message_for
from ui.moderator.i18n import install_moderator_translations
from ui.moderator.qr_viewer import QrViewer
from ui.widgets.fingerprint import FingerprintLabel

CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox,
            QAbstractSpinBox, QAbstractItemView)
REPO = Path(__file__).resolve().parents[3]


def qt_inner_part(widget: QWidget) -> bool:
    """Qt's own parts: a spin box's line edit, a combo box's popup, a line edit's clear
    button, a table's headers and corner button."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QLineEdit | QAbstractSpinBox):
        return True
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for kind in CONTROLS:
        for widget in root.findChildren(kind):
            if qt_inner_part(widget) or widget.isHidden():
                continue  # explicitly hidden widgets are not shown to screen readers either
            if not widget.accessibleName().strip():
                missing.append(f"{type(widget).__name__}#{widget.objectName()}")
    return missing


def test_every_control_has_an_accessible_name(unlocked: Any, mod: Any, qtbot: QtBot,
                                              team: Any, tmp_path: Path) -> None:
    window = unlocked
    path = tmp_path / "r.bin"
    path.write_bytes(mod.seal(team.card))
    window.import_page.import_paths([path])
    mod.wait_idle(qtbot, window)
    window.open_report(window.inbox_page.visible_ids()[0])
    mod.wait_idle(qtbot, window)
    for name in window.page_names():
        assert unnamed_controls(window.page(name)) == [], name
    assert unnamed_controls(window) == []
    window.inbox_page.view.selectAll()
    dialogs = [window.show_backup("shares"), window.show_backup("passphrase"),
               window.show_export(window.inbox_page.selected_ids()),
               QrViewer("t", "e", [qr_code_for_text("x")], window)]
    window.lock()
    dialogs.append(window.show_restore())
    for dialog in dialogs:
        assert dialog is not None and unnamed_controls(dialog) == [], dialog.objectName()
        dialog.close()


def test_every_interactive_control_has_an_object_name(make_window: Any) -> None:
    window = make_window(demo=True)
    for kind in CONTROLS:
        for widget in window.findChildren(kind):
            assert widget.objectName() or qt_inner_part(widget), type(widget).__name__


def test_unlock_and_open_a_report_with_the_keyboard_only(make_window: Any, mod: Any,
                                                         qtbot: QtBot, team: Any) -> None:
    window = make_window()
    page = window.start_page
    page.key_file.set_path(team.key_file)
    page.passphrase.setFocus()
    qtbot.keyClicks(page.passphrase, team.passphrase)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session() is not None, timeout=30_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.go_to("import")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "inbox" and window.inbox_page.search.hasFocus()
    for key, page_name in ((Qt.Key.Key_3, "team"), (Qt.Key.Key_2, "import"),
                           (Qt.Key.Key_1, "inbox")):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda p=page_name: window.current_page() == p, timeout=2000)


def mnemonics(window: QWidget) -> list[str]:
    """The Alt+letter keys of every visible button, label-with-buddy and tab."""
    texts = [w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.text() for w in window.findChildren(QLabel)
              if w.isVisible() and w.buddy() is not None]
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisible():
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    found = []
    for text in texts:
        match = re.search(r"(?<!&)&([^&\s])", text)
        if match:
            found.append(match[1].casefold())
    return found


def test_no_two_visible_controls_share_a_shortcut(unlocked: Any, mod: Any, qtbot: QtBot,
                                                  team: Any, tmp_path: Path) -> None:
    window = unlocked
    path = tmp_path / "r.bin"
    path.write_bytes(mod.seal(team.card))
    window.import_page.import_paths([path])
    mod.wait_idle(qtbot, window)
    states = []
    for name in ("inbox", "import", "team"):
        window.go_to(name)
        states.append((name, mnemonics(window)))
    window.open_report(window.inbox_page.visible_ids()[0])
    mod.wait_idle(qtbot, window)
    for tab in (0, 1):
        window.report_page.tabs.setCurrentIndex(tab)
        states.append((f"report tab {tab}", mnemonics(window)))
    window.lock()
    states.append(("start", mnemonics(window)))
    for name, keys in states:
        duplicates = sorted({key for key in keys if keys.count(key) > 1})
        assert duplicates == [] and len(keys) >= 6, (name, keys)


def test_fields_have_mnemonic_labels(make_window: Any) -> None:
    window = make_window()
    buddies = {label.buddy().objectName() for label in window.findChildren(QLabel)
               if label.buddy() is not None and "&" in label.text()}
    assert {"unlockKeyFile", "unlockPassphrase", "createTeamName", "inboxSearch",
            "triageStatus", "replyMessage"} <= buddies


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_right_to_left(qapp: QApplication, make_window: Any, tmp_path: Path, language: str,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEALNOTE_LANG", language)
    assert configure_application(qapp, tmp_path / "settings") == language
    assert install_moderator_translations(qapp, language)
    window = make_window(demo=True)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.inbox_page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    banner = window.findChild(QLabel, "demoBanner")
    assert banner is not None and "DEMO" in banner.text() and "workshop" not in banner.text()
    open_button = mod_button = window.inbox_page.findChild(QAbstractButton, "openReportButton")
    assert mod_button is not None and "Open" not in open_button.text()
    window.go_to("team")
    fingerprint = window.team_page.findChild(FingerprintLabel, "teamFingerprint")
    assert fingerprint.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.windowTitle() == "Sealnote Moderator — DEMO"


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_catalogue_placeholders_survive(language: str) -> None:
    import xml.etree.ElementTree as ET

    path = I18N_FOLDER / f"sealnote_moderator_{language}.ts"
    placeholder = re.compile(r"%\d|\{\w+\}")
    translated = 0
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None or not node.text or node.get("type") in ("vanished", "obsolete"):
            continue
        translated += 1
        assert sorted(placeholder.findall(source)) == \
            sorted(placeholder.findall(node.text)), source
    assert translated >= 60


def _codes_raised_in_app() -> set[str]:
    names = ("team", "team_admin", "key_backup", "moderator_store", "importing", "triage",
             "triage_log", "replies", "case_export")
    found: set[str] = set()
    for name in names:
        source = (REPO / "app" / f"{name}.py").read_text(encoding="utf-8")
        found |= set(re.findall(r'AppError\("([a-z_]+\.[a-z_]+)"', source))
    return found


def test_every_moderator_error_code_has_its_own_text() -> None:
    internal = message_for("internal")
    params = {"maximum": 16, "share": 2, "needed": 3, "given": 1, "limit": 4000,
              "missing": "2", "total": 3}
    codes = _codes_raised_in_app()
    assert len(codes) > 40
    for code in sorted(codes):
        assert code in known_codes(), code
        assert message_for(code, **params) != internal, code
        assert "{" not in message_for(code, **params), code


def test_messages_fall_back_and_never_break() -> None:
    assert message_for("no.such.code") == message_for("internal")
    assert message_for("team.full") == message_for("internal")  # missing parameter
    assert message_for("team.full", maximum=16).endswith("Remove one first.")
    assert message_for("backup.share_invalid", share=3).startswith("Share 3")
