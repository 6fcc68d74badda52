"""Demo mode, end to end: seal the sample with its GPS-tagged photo through the window, open it
with the moderator CLI in-process, and check with exiftool that the photo has no GPS left."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.cli.moderator import main as moderator_main
from app.demo_team import SAMPLE_PHOTO
from app.sealing import sealed_size
from ui.editor.main_window import EditorWindow

EXIFTOOL = shutil.which("exiftool")


def gps_tags(path: Path) -> list[str]:
    assert EXIFTOOL is not None
    result = subprocess.run([EXIFTOOL, "-j", "-a", "-G1", str(path)], capture_output=True,
                            text=True, check=True, timeout=60)
    tags = json.loads(result.stdout)[0]
    return [key for key in tags if "GPS" in key]


def open_with_moderator_cli(sealed: Path, into: Path) -> Path:
    out, err = io.StringIO(), io.StringIO()
    status = moderator_main(["--demo", "open", str(sealed), "--into", str(into)],
                            stdout=out, stderr=err)
    assert status == 0, err.getvalue()
    assert "[DEMO REPORT]" in out.getvalue()
    folders = [p for p in into.iterdir() if p.is_dir()]
    assert len(folders) == 1
    return folders[0]


@pytest.mark.skipif(EXIFTOOL is None, reason="exiftool (libimage-exiftool-perl) is needed")
def test_sample_photo_arrives_without_gps(demo_window: EditorWindow, helpers: Any,
                                          qtbot: QtBot, tmp_path: Path) -> None:
    assert gps_tags(SAMPLE_PHOTO), "the sample must carry GPS, or this test proves nothing"
    window = demo_window
    assert "EXIF with the GPS location" in window.attachments_page.verdict(0)
    window.go_to("review")
    request = window.seal_request()
    assert request is not None
    target = tmp_path / "out" / "sealed.bin"
    target.parent.mkdir()
    window.review_page.seal_to_path(target)
    helpers.wait_idle(qtbot, window)
    assert window.review_page.result_kind() == "success"
    assert "sealed.bin" in window.review_page.result_text()
    assert target.stat().st_size == sealed_size(request)
    assert sorted(p.name for p in target.parent.iterdir()) == ["sealed.bin"]
    folder = open_with_moderator_cli(target, tmp_path / "opened")
    photo = folder / "attachments" / "sample-photo.jpg"
    assert photo.exists()
    assert gps_tags(photo) == []
    report = (folder / "report.txt").read_text(encoding="utf-8")
    assert "DEMO: editor questioned about protest article" in report
    assert not window.form_page.is_dirty()  # sealed: closing no longer asks


def test_keep_original_sends_the_original_too(demo_window: EditorWindow, helpers: Any,
                                              qtbot: QtBot, tmp_path: Path) -> None:
    window = demo_window
    window.attachments_page.select_row(0)
    window.attachments_page.set_keep_original(0, True)
    qtbot.waitUntil(lambda: len(window.attachments_page.prepared()) == 2, timeout=10_000)
    window.go_to("review")
    target = tmp_path / "sealed.bin"
    window.review_page.seal_to_path(target)
    helpers.wait_idle(qtbot, window)
    folder = open_with_moderator_cli(target, tmp_path / "opened")
    assert len(list((folder / "attachments").iterdir())) == 2
