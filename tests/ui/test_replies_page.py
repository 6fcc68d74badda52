"""The editor's "Read a reply" view: a kept reply key opens the reply; failures are uniform."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from app.replies import seal_reply
from crypto.armor import armor
from crypto.keys import SecretKey
from ui.editor.main_window import EditorWindow
from ui.messages import message_for

MakeWindow = Callable[..., EditorWindow]
REPORT_ID = "0123456789abcdef" * 2


class Target:
    def __init__(self, report_id: str, reply_key: str | None, demo: bool = False) -> None:
        self.report_id, self.reply_key, self.demo = report_id, reply_key, demo


def window_with_kept_key(make_window: MakeWindow, helpers: Any, qtbot: QtBot,
                         tmp_path: Path) -> tuple[EditorWindow, str]:
    window = make_window(unlock="vault")
    helpers.fill_form(window, "Waiting for an answer")
    window.go_to("review")
    window.review_page.choices.set_reply_on(True)
    public = window.review_page.choices.reply_public()
    assert public is not None
    helpers.seal_to(window, qtbot, tmp_path / "report.bin")
    assert window.review_page.result_kind() == "success"
    return window, public.encode()


def test_a_reply_to_the_kept_key_is_shown(make_window: MakeWindow, helpers: Any, team: Any,
                                          qtbot: QtBot, tmp_path: Path) -> None:
    window, key = window_with_kept_key(make_window, helpers, qtbot, tmp_path)
    sealed = seal_reply(Target(REPORT_ID, key), "in_review",
                        "We read it and will call.", False)
    action = window.findChild(QAction, "repliesAction")
    assert action is not None and action.isEnabled()
    action.trigger()
    assert window.current_page() == "replies"
    page = window.replies_page
    page.set_text(sealed.armored())
    assert page.read()
    shown = page.shown()
    assert shown is not None
    assert shown["message"] == "We read it and will call."
    assert shown["status"] == "In review" and shown["in_reply_to"] == "01234567"
    assert shown["demo"] == "" and shown["date"]
    file = tmp_path / "reply.bin"
    file.write_bytes(sealed.data)
    page.clear()
    page.load_file(file)
    assert page.shown() is not None
    window.go_to("drafts")
    assert page.shown() is None  # nothing lingers once the page is left


def test_failures_give_one_uniform_message(make_window: MakeWindow, helpers: Any, team: Any,
                                           qtbot: QtBot, tmp_path: Path) -> None:
    window, key = window_with_kept_key(make_window, helpers, qtbot, tmp_path)
    window.go_to("replies")
    page = window.replies_page
    sealed = seal_reply(Target(REPORT_ID, key), "closed", "Done.", False)
    tampered = bytearray(sealed.data)
    tampered[len(tampered) // 2] ^= 0x01
    other = seal_reply(Target(REPORT_ID, SecretKey.generate().public.encode()),
                       "closed", "Done.", False)
    texts = []
    for text in (armor(bytes(tampered)), other.armored(), "not a reply at all"):
        page.set_text(text)
        assert not page.read()
        assert page.shown() is None
        texts.append(page.message())
    assert texts == [message_for("reply.open_failed")] * 3
    assert "Done." not in texts[0]


def test_empty_input_gives_a_hint(make_window: MakeWindow, helpers: Any, team: Any,
                                  qtbot: QtBot, tmp_path: Path) -> None:
    window, _key = window_with_kept_key(make_window, helpers, qtbot, tmp_path)
    window.go_to("replies")
    window.replies_page.set_text("   ")
    assert not window.replies_page.read()
    assert "Paste the reply text first" in window.replies_page.message()
