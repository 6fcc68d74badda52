"""Reply: only offered with a reply key; sealed, saved as a file, copied as text or shown as QR
codes; the editor's side (app.replies.open_reply) opens what the window made."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import zxingcpp
from PIL import Image
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.replies import MAX_MESSAGE_CHARS, open_reply
from crypto.armor import join_parts
from crypto.keys import SecretKey
from ui.messages import message_for

MESSAGE = "Thank you. We received your report and are looking into it."


def open_report(window: Any, mod: Any, qtbot: QtBot, team: Any, folder: Path,
                reply_secret: SecretKey | None) -> None:
    path = folder / "r.bin"
    path.write_bytes(mod.seal(team.card, reply_key=reply_secret.public if reply_secret else None))
    window.import_page.import_paths([path])
    mod.wait_idle(qtbot, window)
    window.open_report(window.inbox_page.visible_ids()[0])
    mod.wait_idle(qtbot, window)


def seal_reply(window: Any, mod: Any, qtbot: QtBot, message: str, status: str) -> Any:
    panel = window.report_page.reply
    panel.text.setPlainText(message)
    panel.status.setCurrentIndex(panel.status.findData(status))
    mod.button(panel, "sealReplyButton").click()
    mod.wait_idle(qtbot, window)
    return panel


def test_no_reply_key_no_reply(unlocked: Any, mod: Any, qtbot: QtBot, team: Any,
                               tmp_path: Path) -> None:
    window = unlocked
    open_report(window, mod, qtbot, team, tmp_path, None)
    panel = window.report_page.reply
    assert not panel.can_reply()
    assert not mod.button(panel, "sealReplyButton").isEnabled()
    assert not panel.text.isEnabled()
    assert "did not ask" in panel.availability.text()


def test_reply_file_round_trip(unlocked: Any, mod: Any, qtbot: QtBot, team: Any,
                               tmp_path: Path, chosen: Path) -> None:
    window = unlocked
    secret = SecretKey.generate()
    open_report(window, mod, qtbot, team, tmp_path, secret)
    report_id = window.report_page.view().report_id
    panel = seal_reply(window, mod, qtbot, MESSAGE, "in_review")
    assert panel.can_reply() and panel.sealed() is not None
    assert mod.button(panel, "saveReplyButton").isEnabled()
    assert panel.save_to(chosen / "reply.bin")
    opened = open_reply((chosen / "reply.bin").read_bytes(), secret,
                        expected_report_id=report_id)
    assert opened.message == MESSAGE and opened.status == "in_review" and not opened.demo


def test_reply_as_text_and_qr_codes(unlocked: Any, mod: Any, qtbot: QtBot, team: Any,
                                    tmp_path: Path) -> None:
    window = unlocked
    secret = SecretKey.generate()
    open_report(window, mod, qtbot, team, tmp_path, secret)
    panel = seal_reply(window, mod, qtbot, MESSAGE, "closed")
    mod.button(panel, "copyReplyButton").click()
    text = QGuiApplication.clipboard().text()
    assert open_reply(text, secret).status == "closed"
    assert window.clipboard.holds_ours()
    mod.button(panel, "replyQrButton").click()
    mod.wait_idle(qtbot, window)
    viewer = panel.viewer
    assert viewer is not None and viewer.isVisible()
    codes = viewer.codes()
    texts = [zxingcpp.read_barcodes(Image.open(io.BytesIO(code.png)))[0].text for code in codes]
    assert open_reply(join_parts(texts), secret).message == MESSAGE
    viewer.step(1)
    assert viewer.current() is codes[1]
    viewer.close()
    window.lock()
    assert not window.clipboard.holds_ours()  # locking takes the clipboard back


def test_too_long_a_reply_is_refused(unlocked: Any, mod: Any, qtbot: QtBot, team: Any,
                                     tmp_path: Path) -> None:
    window = unlocked
    open_report(window, mod, qtbot, team, tmp_path, SecretKey.generate())
    panel = seal_reply(window, mod, qtbot, "x" * (MAX_MESSAGE_CHARS + 1), "new")
    assert panel.sealed() is None
    assert panel.message.text() == message_for("reply.message_too_long",
                                               limit=MAX_MESSAGE_CHARS)
    assert f"{MAX_MESSAGE_CHARS + 1} of {MAX_MESSAGE_CHARS}" in panel.counter.text()
