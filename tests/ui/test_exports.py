"""Every way out of the review page: file, outbox, text, QR codes, parts — and Cancel."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path
from typing import Any

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.cli.moderator import main as moderator_main
from crypto.armor import dearmor, join_parts
from crypto.sealed_report import inspect_report
from ui.editor.main_window import EditorWindow
from ui.messages import message_for
from ui.widgets.secret_clipboard import KDE_SECRET_FORMAT, SecretClipboard


def open_ok(paths: list[Path], into: Path) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert moderator_main(["--demo", "open", *map(str, paths), "--into", str(into)],
                          stdout=out, stderr=err) == 0, err.getvalue()
    report = next(into.glob("report-*/report.txt"))
    return report.read_text(encoding="utf-8")


def decode_on_screen(window: EditorWindow) -> str:
    label = window.qr_page.findChild(QLabel, "qrImage")
    assert label is not None and not label.pixmap().isNull()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    label.pixmap().save(buffer, "PNG")
    [result] = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data()))),
                                        formats=zxingcpp.BarcodeFormat.QRCode)
    return str(result.text)


def text_only(window: EditorWindow) -> None:
    window.attachments_page.clear()
    window.go_to("review")


def test_copy_as_text_marks_the_clipboard_secret(demo_window: EditorWindow, helpers: Any,
                                                 qtbot: QtBot) -> None:
    window = demo_window
    window.go_to("review")
    window.review_page.copy_as_text()
    helpers.wait_idle(qtbot, window)
    clipboard = QGuiApplication.clipboard()
    text = clipboard.text()
    sealed = dearmor(text)
    assert inspect_report(io.BytesIO(sealed)).file_length == len(sealed)
    assert bytes(clipboard.mimeData().data(KDE_SECRET_FORMAT)) == b"secret"
    assert "60 seconds" in window.review_page.result_text()
    assert window.clipboard.clear_if_ours()
    assert clipboard.text() == ""


def test_clipboard_is_cleared_by_the_timer_but_not_if_the_person_copied_since(
        qtbot: QtBot) -> None:
    secret = SecretClipboard(clear_after_ms=50)
    secret.copy("sealed text")
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2000)
    secret.copy("sealed text")
    QGuiApplication.clipboard().setText("something the person copied")
    assert not secret.clear_if_ours()
    assert QGuiApplication.clipboard().text() == "something the person copied"


def test_closing_the_window_clears_our_clipboard(make_window: Any, helpers: Any,
                                                 qtbot: QtBot) -> None:
    window = make_window(demo=True)
    qtbot.waitUntil(lambda: not window.attachments_page.busy(), timeout=10_000)
    window.go_to("review")
    window.review_page.copy_as_text()
    helpers.wait_idle(qtbot, window)
    assert "BEGIN MESSAGE" in QGuiApplication.clipboard().text()
    window.form_page.mark_clean()
    window.close()
    assert QGuiApplication.clipboard().text() == ""


def test_qr_codes_decode_and_reassemble(demo_window: EditorWindow, helpers: Any, qtbot: QtBot,
                                        tmp_path: Path) -> None:
    window = demo_window
    window.go_to("review")
    assert not helpers.button(window, "showQrButton").isVisible()  # a photo: no QR
    text_only(window)
    assert helpers.button(window, "showQrButton").isVisible()
    window.review_page.show_qr()
    qtbot.waitUntil(lambda: window.current_page() == "qr", timeout=10_000)
    page = window.qr_page
    codes = page.codes()
    assert codes and page.current() is codes[0]
    assert decode_on_screen(window) == codes[0].text  # what the phone sees, after scaling
    decoded = []
    for code in codes:
        results = zxingcpp.read_barcodes(Image.open(io.BytesIO(code.png)),
                                          formats=zxingcpp.BarcodeFormat.QRCode)
        assert [r.text for r in results] == [code.text]
        decoded.append(results[0].text)
        page.next()
    sealed = dearmor(decoded[0]) if len(decoded) == 1 else join_parts(decoded)
    (tmp_path / "qr.bin").write_bytes(sealed)
    assert "DEMO: editor questioned" in open_ok([tmp_path / "qr.bin"], tmp_path / "opened")
    window.go_to("review")
    assert page.codes() == []  # leaving the page forgets the codes


def test_parts_are_written_and_join(demo_window: EditorWindow, helpers: Any, qtbot: QtBot,
                                    tmp_path: Path) -> None:
    window = demo_window
    window.go_to("review")
    window.review_page.split_into_parts()
    qtbot.waitUntil(lambda: window.current_page() == "parts", timeout=10_000)
    page = window.parts_page
    page.set_part_size(300_000)
    assert 4 <= len(page.parts()) <= 6
    folder = tmp_path / "parts"
    folder.mkdir()
    written = page.write_parts_to(folder)
    assert sorted(folder.iterdir()) == sorted(written) and len(written) == len(page.parts())
    join_parts([p.read_text(encoding="utf-8") for p in written])
    assert "DEMO: editor questioned" in open_ok(written, tmp_path / "opened")
    page.copy_part(2)
    assert QGuiApplication.clipboard().text() == page.parts()[1]


def test_outbox_seal_mark_sent_and_delete(demo_window: EditorWindow, helpers: Any,
                                          qtbot: QtBot, tmp_path: Path,
                                          monkeypatch: Any) -> None:
    window = demo_window
    window.go_to("review")
    window.review_page.save_to_outbox()
    helpers.wait_idle(qtbot, window)
    window.go_to("outbox")
    page = window.outbox_page
    [name] = page.names()
    page.select_name(name)
    assert page.mark_selected_sent()
    item = page.item(name)
    assert item is not None and item.sent
    assert page.save_copy_to(tmp_path / "copy.bin")
    assert "DEMO: editor questioned" in open_ok([tmp_path / "copy.bin"], tmp_path / "opened")
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    assert not page.delete_selected()
    assert page.names() == [name]
    assert page.delete_selected(ask=False)
    assert page.names() == []


def test_cancel_leaves_nothing(demo_window: EditorWindow, helpers: Any, qtbot: QtBot,
                               tmp_path: Path) -> None:
    big = tmp_path / "video.mkv"
    subprocess.run(["truncate", "-s", "300M", str(big)], check=True)
    window = demo_window
    window.attachments_page.add_files([big])
    qtbot.waitUntil(lambda: not window.attachments_page.busy(), timeout=10_000)
    window.go_to("review")
    folder = tmp_path / "out"
    folder.mkdir()
    review = window.review_page
    review.seal_to_path(folder / "sealed.bin")
    assert review.busy()
    helpers.button(window, "cancelSealButton").click()
    helpers.wait_idle(qtbot, window)
    assert review.result_text() == message_for("cancelled")
    assert os.listdir(folder) == []
    window.go_to("outbox")
    assert window.outbox_page.names() == []
