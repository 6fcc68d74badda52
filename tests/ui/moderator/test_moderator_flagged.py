"""Flagged files in the inbox: a different file reusing the id of a report already there is listed
apart (never twice in the inbox), opens read-only with a warning and a side-by-side comparison,
and its attachments are its own. The app never says who sealed either file."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.importing import Outcome
from crypto.card import TeamCard
from crypto.inner import REPORT_ID_BYTES, AttachmentEntry, Manifest
from crypto.padding import PaddingProfile
from crypto.seal import SystemEntropy, seal_report
from ui.app_setup import configure_application
from ui.moderator.flagged import COLUMNS, explanation, short_hash
from ui.moderator.i18n import install_moderator_translations

REPORT_ID = bytes(range(16))


class FixedId(SystemEntropy):
    def __init__(self, report_id: bytes) -> None:
        self._report_id = report_id

    def take(self, size: int) -> bytes:
        return self._report_id if size == REPORT_ID_BYTES else super().take(size)


def sealed(card: TeamCard, title: str, attachment: bytes, report_id: bytes = REPORT_ID) -> bytes:
    """A report with one attachment and a chosen report id."""
    manifest = Manifest(fields={"title": title, "category": "threat", "urgency": "low",
                                "what_happened": "text", "safe_now": "safe",
                                "consent": "team_only"}, sealed_on="2026-03-01",
                        attachments=(AttachmentEntry("note.txt", len(attachment), "text/plain",
                                                     "not-cleanable"),))
    sink = io.BytesIO()
    seal_report(sink, list(card.moderators), manifest, [io.BytesIO(attachment)],
                profile=PaddingProfile.COMPACT, entropy=FixedId(report_id))
    return sink.getvalue()


def import_twins(window: Any, mod: Any, qtbot: QtBot, team: Any, chosen: Path) -> None:
    """"First" into the inbox, then "Other": a different file with the same id (flagged)."""
    first, other = chosen / "a.bin", chosen / "b.bin"
    first.write_bytes(sealed(team.card, "First", b"attachment of the first file"))
    window.import_page.import_paths([first])
    mod.wait_idle(qtbot, window)
    other.write_bytes(sealed(team.card, "Other", b"attachment of the other file"))
    window.import_page.import_paths([other])
    mod.wait_idle(qtbot, window)
    summary = window.import_page.summary()
    assert summary is not None and summary.count(Outcome.ID_REUSED) == 1


def open_flagged(window: Any, mod: Any, qtbot: QtBot) -> None:
    window.go_to("inbox")
    window.inbox_page.show_flagged()
    mod.button(window.inbox_page, "openFlaggedButton").click()
    mod.wait_idle(qtbot, window)
    assert window.current_page() == "report"


def test_flagged_files_are_listed_apart(unlocked: Any, mod: Any, qtbot: QtBot, team: Any,
                                        chosen: Path) -> None:
    window = unlocked
    inbox = window.inbox_page
    assert inbox.flagged.count() == 0 and not inbox.flagged.empty.isHidden()
    import_twins(window, mod, qtbot, team, chosen)
    assert inbox.visible_ids() == [REPORT_ID.hex()]  # listed once, never twice
    assert [e.title for e in inbox.model.entries()] == ["First"]
    assert inbox.flagged.count() == 1 and inbox.flagged.empty.isHidden()
    assert inbox.tabs.tabText(0) == "Re&ports (1)" and inbox.tabs.tabText(1) == "Fla&gged (1)"
    pair = inbox.flagged.model.pair_at(0)
    assert pair.flagged.title == "Other" and pair.inbox is not None
    assert pair.inbox.title == "First" and pair.flagged.sha256 != pair.inbox.sha256
    model = inbox.flagged.model
    row = {name: model.index(0, column).data() for column, name in enumerate(COLUMNS)}
    assert (row["title"], row["inbox_title"]) == ("Other", "First")
    assert row["sha256"] == short_hash(pair.flagged.sha256) != row["inbox_sha256"]
    assert pair.flagged.sha256[:12] in row["sha256"] and len(row["sha256"]) < 20
    assert inbox.flagged.explanation.text() == explanation()
    assert "replaying or forging" in explanation()
    window.lock()
    assert inbox.flagged.count() == 0 and inbox.tabs.tabText(1) == "Fla&gged (0)"


def test_a_flagged_file_opens_read_only_beside_its_twin(unlocked: Any, mod: Any, qtbot: QtBot,
                                                        team: Any, chosen: Path) -> None:
    window = unlocked
    import_twins(window, mod, qtbot, team, chosen)
    open_flagged(window, mod, qtbot)
    page = window.report_page
    view, pair = page.view(), page.flagged()
    assert view is not None and pair is not None and view.fields["title"] == "Other"
    assert view.entry.sha256 == pair.flagged.sha256
    assert page.flagged_mark.isVisible() and page.comparison.isVisible()
    assert not page.tabs.isVisible()  # no triage, no reply for a flagged file
    assert not page.triage.isEnabled() or not page.triage.isVisible()
    assert page.comparison.cell_text("flagged", "title") == "Other"
    assert page.comparison.cell_text("inbox", "title") == "First"
    assert page.comparison.cell_text("flagged", "sha256") == short_hash(pair.flagged.sha256)
    assert pair.inbox is not None
    assert page.comparison.cell_text("inbox", "sha256") == short_hash(pair.inbox.sha256)
    text = page.fields.toPlainText()
    assert "kept apart" in text and "anonymous" in text and "Status" not in text
    mod.button(page, "openCollidingButton").click()  # the inbox report with the same id
    mod.wait_idle(qtbot, window)
    assert page.flagged() is None and page.view().fields["title"] == "First"
    assert page.tabs.isVisible() and not page.flagged_mark.isVisible()
    assert page.message.kind() == "warning" and "flagged file" in page.message.text()
    mod.button(page, "reportMessageAction").click()  # "Compare with the flagged file"
    mod.wait_idle(qtbot, window)
    assert page.flagged() is not None and page.view().fields["title"] == "Other"


def test_a_flagged_file_saves_its_own_attachment(unlocked: Any, mod: Any, qtbot: QtBot,
                                                 team: Any, chosen: Path,
                                                 tmp_path: Path) -> None:
    window = unlocked
    import_twins(window, mod, qtbot, team, chosen)
    open_flagged(window, mod, qtbot)
    target = tmp_path / "saved.txt"
    window.report_page.save_attachment_to(0, target)
    mod.wait_idle(qtbot, window)
    assert target.read_bytes() == b"attachment of the other file"


def test_the_flagged_list_with_the_keyboard_only(unlocked: Any, mod: Any, qtbot: QtBot,
                                                 team: Any, chosen: Path) -> None:
    window = unlocked
    import_twins(window, mod, qtbot, team, chosen)
    window.go_to("inbox")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.inbox_page.showing_flagged, timeout=2000)
    table = window.inbox_page.flagged.view
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    mod.wait_idle(qtbot, window)
    assert window.current_page() == "report" and window.report_page.flagged() is not None
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # back
    qtbot.waitUntil(lambda: window.current_page() == "inbox", timeout=2000)
    assert window.inbox_page.showing_flagged()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert not window.inbox_page.showing_flagged() and window.inbox_page.search.hasFocus()


def _mnemonics(root: QWidget) -> list[str]:
    texts = [w.text() for w in root.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.text() for w in root.findChildren(QLabel) if w.isVisible() and w.buddy()]
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisible():
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    return [m[1].casefold() for text in texts if (m := re.search(r"(?<!&)&([^&\s])", text))]


def test_shortcuts_names_and_the_import_page_link(unlocked: Any, mod: Any, qtbot: QtBot,
                                                  team: Any, chosen: Path) -> None:
    window = unlocked
    import_twins(window, mod, qtbot, team, chosen)
    window.go_to("import")
    action = mod.button(window.import_page, "importMessageAction")
    assert action.isVisible() and "flagged" in action.text().replace("&", "")
    action.click()
    assert window.current_page() == "inbox" and window.inbox_page.showing_flagged()
    states = [("flagged list", _mnemonics(window))]
    open_flagged(window, mod, qtbot)
    states.append(("flagged report", _mnemonics(window)))
    mod.button(window, "openCollidingButton").click()
    mod.wait_idle(qtbot, window)
    assert mod.button(window.report_page, "reportMessageAction").isVisible()
    for tab in (0, 1):
        window.report_page.tabs.setCurrentIndex(tab)
        states.append((f"inbox report with a twin, tab {tab}", _mnemonics(window)))
    for name, keys in states:
        assert sorted({k for k in keys if keys.count(k) > 1}) == [], (name, keys)
    for widget in (window.inbox_page.flagged.view, mod.button(window, "openFlaggedButton"),
                   mod.button(window, "openCollidingButton")):
        assert widget.accessibleName().strip(), widget.objectName()
    assert "replaying or forging" in window.inbox_page.flagged.view.accessibleDescription()


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_the_flagged_list_right_to_left(qapp: QApplication, make_window: Any, mod: Any,
                                        qtbot: QtBot, team: Any, chosen: Path, tmp_path: Path,
                                        language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEALNOTE_LANG", language)
    assert configure_application(qapp, tmp_path / "settings") == language
    assert install_moderator_translations(qapp, language)
    window = make_window()
    mod.unlock(qtbot, window, team)
    import_twins(window, mod, qtbot, team, chosen)
    window.go_to("inbox")
    window.inbox_page.show_flagged()
    flagged = window.inbox_page.flagged
    assert flagged.layoutDirection() == Qt.LayoutDirection.RightToLeft
    english = re.compile(r"(?!SHA\b)[A-Za-z]{3,}")  # "SHA-256" is a name, not English
    texts = [window.inbox_page.tabs.tabText(1), flagged.explanation.text(),
             mod.button(flagged, "openFlaggedButton").text()]
    texts += [flagged.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert not [t for t in texts if english.search(t)], texts
    open_flagged(window, mod, qtbot)
    comparison = window.report_page.comparison
    shown = [w.text() for w in comparison.findChildren(QLabel)
             if w.isVisible() and not re.match(r"comparison_(flagged|inbox)_", w.objectName())]
    shown += [window.report_page.flagged_mark.text()]
    assert not [t for t in shown if english.search(t)], shown
