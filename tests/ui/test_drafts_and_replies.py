"""The drafts list, the one-time reply key (off unless chosen) and "keep nothing after export"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from app.opening import open_file_into_folder
from app.paths import AppPaths
from app.replies import open_reply, seal_reply
from app.reply_keys import REPLY_KEYS_FOLDER
from app.vault import drafts_folder
from ui.editor.main_window import EditorWindow

MakeWindow = Callable[..., EditorWindow]


def test_drafts_list_new_open_delete(make_window: MakeWindow, helpers: Any, team: Any,
                                     paths: AppPaths, qtbot: QtBot) -> None:
    window = make_window(unlock="vault")
    helpers.fill_form(window, "First concern")
    helpers.settle_saves(qtbot, window)
    first = window.keeper.current_id()
    window.new_report()
    assert window.current_page() == "form" and window.form_page.value("title") == ""
    helpers.fill_form(window, "Second concern")
    helpers.settle_saves(qtbot, window)
    window.go_to("drafts")
    qtbot.waitUntil(lambda: len(window.drafts_page.titles()) == 2, timeout=10_000)
    assert sorted(window.drafts_page.titles()) == ["First concern",
                                                   "Second concern — open now"]
    assert first is not None
    window.drafts_page.select_id(first)
    window.drafts_page.open_selected()
    qtbot.waitUntil(lambda: window.form_page.value("title") == "First concern", timeout=10_000)
    window.go_to("drafts")
    window.drafts_page.select_id(first)
    window.drafts_page.ask_delete()
    assert "cannot be recovered" in window.drafts_page.message()
    window.drafts_page.confirm_delete(first)
    qtbot.waitUntil(lambda: window.drafts_page.titles() == ["Second concern"], timeout=10_000)
    assert window.form_page.value("title") == ""  # the open draft was the one deleted
    assert not (drafts_folder(paths) / f"{first}.key").exists()
    assert not (drafts_folder(paths) / first).exists()


def test_reply_key_is_off_unless_chosen(make_window: MakeWindow, helpers: Any, team: Any,
                                        paths: AppPaths, qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(unlock="vault")
    helpers.fill_form(window, "Without a reply key")
    window.go_to("review")
    check = window.review_page.findChild(QCheckBox, "replyKeyCheck")
    assert check is not None and check.isEnabled() and not check.isChecked()
    assert "links it to this report" in check.accessibleDescription()
    helpers.seal_to(window, qtbot, tmp_path / "plain.bin")
    opened = open_file_into_folder(tmp_path / "plain.bin", team.encryption_keys,
                                   tmp_path / "opened-plain")
    assert opened.manifest.reply_key is None
    assert not (paths.data / REPLY_KEYS_FOLDER).exists()


def test_reply_key_round_trip(make_window: MakeWindow, helpers: Any, team: Any,
                              paths: AppPaths, qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(unlock="vault")
    helpers.fill_form(window, "With a reply key")
    window.form_page.set_value("contact", "reply_in_app")
    window.go_to("review")
    note = window.review_page.choices.findChild(QLabel, "replyKeyNote")
    assert note is not None and "turn this on" in note.text()
    window.review_page.choices.set_reply_on(True)
    public = window.review_page.choices.reply_public()
    assert public is not None
    helpers.seal_to(window, qtbot, tmp_path / "report.bin")
    assert window.review_page.result_kind() == "success"
    window.review_page.copy_as_text()  # a second export keeps the same key once
    helpers.wait_idle(qtbot, window)
    kept = list((paths.data / REPLY_KEYS_FOLDER).iterdir())
    assert len(kept) == 1 and public.raw not in kept[0].read_bytes()
    opened = open_file_into_folder(tmp_path / "report.bin", team.encryption_keys,
                                   tmp_path / "opened")
    assert opened.manifest.reply_key == public.encode()

    class Target:
        report_id = opened.report_id
        reply_key = opened.manifest.reply_key
        demo = False

    sealed = seal_reply(Target(), "in_review", "We read it and will call.", False)
    keeper = window.session.reply_keys()
    assert keeper is not None
    secrets_kept = keeper.secret_keys()
    assert [s.public for s in secrets_kept] == [public]
    assert open_reply(sealed.data, secrets_kept[0]).message == "We read it and will call."


def test_a_failed_seal_keeps_no_reply_key(make_window: MakeWindow, helpers: Any, team: Any,
                                          paths: AppPaths, qtbot: QtBot,
                                          tmp_path: Path) -> None:
    window = make_window(unlock="vault")
    helpers.fill_form(window, "Sealing fails")
    window.go_to("review")
    window.review_page.choices.set_reply_on(True)
    helpers.seal_to(window, qtbot, tmp_path / "no-such-folder" / "report.bin")
    assert window.review_page.result_kind() == "error"
    assert list((paths.data / REPLY_KEYS_FOLDER).iterdir()) == []


def test_keep_nothing_after_export(make_window: MakeWindow, helpers: Any, team: Any,
                                   paths: AppPaths, qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(unlock="vault")
    helpers.fill_form(window, "Keep nothing")
    window.go_to("review")
    choices = window.review_page.choices
    choices.set_reply_on(True)
    choices.set_keep_nothing(True)
    assert not choices.reply_on() and choices.reply_public() is None
    check = window.review_page.findChild(QCheckBox, "replyKeyCheck")
    assert check is not None and not check.isEnabled()
    outbox = helpers.button(window.review_page, "sealToOutboxButton")
    assert not outbox.isEnabled()
    window.review_page.save_to_outbox()  # refused even when called directly
    helpers.seal_to(window, qtbot, tmp_path / "report.bin")
    assert window.review_page.result_kind() == "success"
    assert not (paths.data / REPLY_KEYS_FOLDER).exists()
    assert not any((paths.data / "outbox").iterdir())
    helpers.settle_saves(qtbot, window)
    draft_id = window.keeper.current_id()
    assert draft_id is not None and (drafts_folder(paths) / f"{draft_id}.key").exists()
    action = helpers.button(window.review_page, "sealResultAction")
    assert action.isVisible() and "draft" in action.text()
    action.click()  # "Delete the draft"
    qtbot.waitUntil(lambda: not (drafts_folder(paths) / f"{draft_id}.key").exists(),
                    timeout=10_000)
    assert window.current_page() == "drafts" and window.form_page.value("title") == ""
