"""``sealnote``: CLI commands never import Qt; the window starts, and a SIGTERM ends it cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ui.launch import wants_cli

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("argv", "cli"), [
    ([], False), (["--demo"], False), (["seal", "--title", "x"], True),
    (["--demo", "card", "show", "c.txt"], True), (["--help"], True), (["-h"], True),
    (["nonsense"], True),
])
def test_which_arguments_go_to_the_command_line(argv: list[str], cli: bool) -> None:
    assert wants_cli(argv) is cli


def run_python(code: str, home: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=timeout)


def test_cli_commands_do_not_import_qt(tmp_path: Path) -> None:
    code = ("import sys\nfrom ui.launch import editor_entry\n"
            "try:\n    editor_entry(['--help'])\nexcept SystemExit as e:\n    status = e.code\n"
            "assert status == 0, status\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
            "print('ok')")
    result = run_python(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "usage: sealnote" in result.stdout and result.stdout.strip().endswith("ok")


def test_card_show_runs_through_the_cli(tmp_path: Path) -> None:
    from app.demo_team import demo_card

    card = tmp_path / "card.txt"
    card.write_text(demo_card().text, encoding="utf-8")
    code = f"from ui.launch import editor_entry\neditor_entry(['card', 'show', {str(card)!r}])"
    result = run_python(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "fingerprint:" in result.stdout and "DEMO card" in result.stdout


def test_unknown_option_is_refused(tmp_path: Path) -> None:
    result = run_python("from ui.launch import editor_entry\neditor_entry(['--frobnicate'])",
                        tmp_path)
    assert result.returncode == 2
    assert "sealnote: error:" in result.stderr and "sealnote: hint:" in result.stderr


def test_demo_window_starts_and_sigterm_leaves_nothing(tmp_path: Path) -> None:
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-c", "from ui.launch import editor_entry; editor_entry(['--demo'])"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    session = tmp_path / "data" / "Sealnote" / "demo-session"
    deadline = time.monotonic() + 30
    while not (session / "data" / "outbox").exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the demo window did not start"
        time.sleep(0.1)
    time.sleep(1.0)
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert not session.exists()
    assert not (tmp_path / "data" / "Sealnote").exists()


def test_start_up_disables_core_dumps_and_redirects_portable_mode_before_qt(
        tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    code = ("import os, resource, sys\nfrom pathlib import Path\n"
            "from ui.launch import prepare_process\n"
            f"paths = prepare_process(['--portable'], Path({str(stick)!r}))\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt too early'\n"
            "assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)\n"
            "assert paths.portable and os.environ['TMPDIR'] == str(paths.temp)\n"
            "assert os.environ['XDG_CONFIG_HOME'].startswith(str(paths.data.parent))\n"
            "print(paths.data)")
    result = run_python(code, tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str((stick / "SealnoteData" / "data").resolve())
    assert not (tmp_path / "home").exists() or not any((tmp_path / "home").rglob("*"))


def test_portable_option_is_accepted() -> None:
    from ui.launch import WINDOW_OPTIONS

    assert {"--demo", "--portable"} <= WINDOW_OPTIONS
    assert not wants_cli(["--portable"])
