"""Report view: every field with its label, the anonymous sender, attachments with sizes, types
and verdicts, saved only through "Save as…" after a warning, under a safe name, inside the
chosen folder; never opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from app.image_metadata import MetadataVerdict
from ui.editor.labels import choice_label, field_name
from ui.messages import message_for
from ui.moderator import controls, report_page


def import_and_open(window: Any, mod: Any, qtbot: QtBot, path: Path, data: bytes) -> None:
    path.write_bytes(data)
    window.import_page.import_paths([path])
    mod.wait_idle(qtbot, window)
    window.open_report(window.inbox_page.visible_ids()[0])
    mod.wait_idle(qtbot, window)
    assert window.report_page.view() is not None


@pytest.fixture
def never_open(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> bool:
        raise AssertionError("the app tried to open a file or a link")

    monkeypatch.setattr(QDesktopServices, "openUrl", refuse)


def test_every_field_with_its_label(unlocked: Any, mod: Any, qtbot: QtBot, team: Any,
                                    tmp_path: Path, never_open: None) -> None:
    window = unlocked
    form = mod.concern("Editor detained", where="capital city", who_affected="two editors",
                       wiki_links="https://wiki.example.org/w/index.php?diff=1",
                       wiki_usernames="<b>NotBold</b>")
    import_and_open(window, mod, qtbot, tmp_path / "r.bin", mod.seal(team.card, form))
    text = window.report_page.fields.toPlainText()
    for key, value in form.manifest_fields().items():
        assert field_name(key) in text
        shown = choice_label(key, value) if key in ("category", "urgency", "safe_now",
                                                    "consent", "contact") else value
        assert shown in text, key
    assert "<b>NotBold</b>" in text  # content is shown as text, never as markup
    assert "unknown — sealed reports are anonymous" in text
    assert "DEMO" not in text and not window.report_page.demo_mark.isVisible()
    assert window.report_page.attachments.rowCount() == 0
    assert not mod.button(window.report_page, "saveAttachmentButton").isEnabled()
    assert window.windowTitle() == "Sealnote Moderator"


def test_attachments_listed_and_a_hostile_name_saved_safely(
        unlocked: Any, mod: Any, qtbot: QtBot, team: Any, tmp_path: Path, chosen: Path,
        monkeypatch: pytest.MonkeyPatch, never_open: None) -> None:
    window = unlocked
    payload = b"%PDF-1.4 untrusted content\n" * 50
    hostile = mod.attachment(tmp_path / "source.pdf", "../../x", payload)
    photo = mod.attachment(tmp_path / "p.jpg", "photo.jpg", b"\xff\xd8\xff" + b"0" * 500,
                           "image/jpeg", MetadataVerdict.CLEANED)
    import_and_open(window, mod, qtbot, tmp_path / "r.bin",
                    mod.seal(team.card, attachments=(hostile, photo)))
    page = window.report_page
    table = page.attachments
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in (0, 1)] == ["../../x", "application/pdf"]
    assert str(len(payload)) in table.item(0, 2).text().replace(",", "")
    assert "could not be removed" in table.item(0, 3).text()
    assert "removed by the editor's app" in table.item(1, 3).text()
    assert page.suggested_name(0) == "x"
    asked: list[str] = []
    monkeypatch.setattr(controls, "ask", lambda _p, _t, text, _y: asked.append(text) or True)
    monkeypatch.setattr(report_page, "save_file",
                        lambda _parent, _caption, folder, name: folder / name)
    table.selectRow(0)
    mod.button(page, "saveAttachmentButton").click()
    mod.wait_idle(qtbot, window)
    assert asked and "never run it" in asked[0]
    saved = chosen / "x"
    assert saved.read_bytes() == payload
    assert sorted(p.name for p in chosen.iterdir()) == ["x"]
    assert not (tmp_path / "x").exists() and not (tmp_path.parent / "x").exists()
    assert page.message.kind() == "warning" and "Saved as x" in page.message.text()


def test_saving_is_refused_without_the_warning_accepted(
        unlocked: Any, mod: Any, qtbot: QtBot, team: Any, tmp_path: Path, chosen: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = unlocked
    item = mod.attachment(tmp_path / "a.txt", "notes.txt", b"hello")
    import_and_open(window, mod, qtbot, tmp_path / "r.bin",
                    mod.seal(team.card, attachments=(item,)))
    monkeypatch.setattr(controls, "ask", lambda *_a: False)
    monkeypatch.setattr(report_page, "save_file",
                        lambda *_a: pytest.fail("asked where to save without the warning"))
    window.report_page.save_selected()
    assert list(chosen.iterdir()) == []


def test_an_existing_file_is_not_overwritten_without_asking(
        unlocked: Any, mod: Any, qtbot: QtBot, team: Any, tmp_path: Path,
        chosen: Path) -> None:
    window = unlocked
    item = mod.attachment(tmp_path / "a.txt", "notes.txt", b"hello")
    import_and_open(window, mod, qtbot, tmp_path / "r.bin",
                    mod.seal(team.card, attachments=(item,)))
    (chosen / "notes.txt").write_bytes(b"mine")
    window.report_page.save_attachment_to(0, chosen / "notes.txt")
    mod.wait_idle(qtbot, window)
    assert (chosen / "notes.txt").read_bytes() == b"mine"
    assert window.report_page.message.kind() == "error"


def test_a_damaged_original_shows_one_message(unlocked: Any, mod: Any, qtbot: QtBot,
                                              team: Any, tmp_path: Path) -> None:
    window = unlocked
    path = tmp_path / "r.bin"
    path.write_bytes(mod.seal(team.card))
    window.import_page.import_paths([path])
    mod.wait_idle(qtbot, window)
    with window.session().locked() as store:
        originals = list(store.originals.glob("*.bin"))
    data = bytearray(originals[0].read_bytes())
    data[-100] ^= 1
    originals[0].write_bytes(bytes(data))
    window.open_report(window.inbox_page.visible_ids()[0])
    mod.wait_idle(qtbot, window)
    assert window.report_page.message.text() == message_for("store.original_unreadable")
    assert window.report_page.view() is None
