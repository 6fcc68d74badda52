"""``sealnote-moderator``: CLI commands go to app.cli.moderator without importing Qt; the window
starts (also in demo mode), and a SIGTERM ends it cleanly, leaving no demo folder behind;
``--portable`` prepares the process as the editor's start-up does (tests/e2e has the session)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ui.moderator_launch import wants_cli

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(("argv", "cli"), [
    ([], False), (["--demo"], False), (["--portable"], False),
    (["team", "create", "--name", "x"], True),
    (["--demo", "open", "r.bin", "--into", "out"], True), (["inspect", "r.bin"], True),
    (["demo-roundtrip"], True), (["--help"], True), (["-h"], True), (["nonsense"], True),
])
def test_which_arguments_go_to_the_command_line(argv: list[str], cli: bool) -> None:
    assert wants_cli(argv) is cli


def environment(home: Path) -> dict[str, str]:
    return dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"),
                XDG_CONFIG_HOME=str(home / "config"), QT_QPA_PLATFORM="offscreen")


def run_python(code: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, env=environment(home),
                          capture_output=True, text=True, timeout=120)


def test_help_goes_to_the_cli_without_qt(tmp_path: Path) -> None:
    code = ("import sys\nfrom ui.moderator_launch import moderator_entry\n"
            "try:\n    moderator_entry(['--help'])\nexcept SystemExit as e:\n    status = e.code\n"
            "assert status == 0, status\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
            "print('ok')")
    result = run_python(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "usage: sealnote-moderator" in result.stdout
    assert "demo-roundtrip" in result.stdout and result.stdout.strip().endswith("ok")
    assert "--portable" in result.stdout


def test_portable_option_and_start_up_before_qt(tmp_path: Path) -> None:
    from ui.moderator_launch import WINDOW_OPTIONS

    assert {"--demo", "--portable"} <= WINDOW_OPTIONS
    stick = tmp_path / "stick"
    stick.mkdir()
    code = ("import os, resource, sys\nfrom pathlib import Path\n"
            "from ui.moderator_launch import prepare_process\n"
            "print(prepare_process([], Path(sys.argv[1])).data)\n"
            f"paths = prepare_process(['--portable'], Path({str(stick)!r}))\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt too early'\n"
            "assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)\n"
            "assert paths.portable and os.environ['TMPDIR'] == str(paths.temp)\n"
            "assert os.environ['DBUS_SESSION_BUS_ADDRESS'].startswith('unix:path=')\n"
            "print(paths.data)")
    home = tmp_path / "home"
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "elsewhere")], cwd=REPO,
                            env={**environment(home), "DBUS_SESSION_BUS_ADDRESS": ""},
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    normal, portable = result.stdout.splitlines()
    assert portable == str((stick / "SealnoteData" / "moderator" / "data").resolve())
    assert normal == str(home / "data" / "Sealnote Moderator")


def test_demo_roundtrip_runs_through_the_cli(tmp_path: Path) -> None:
    code = ("import sys\nfrom ui.moderator_launch import moderator_entry\n"
            "try:\n    moderator_entry(['demo-roundtrip'])\nexcept SystemExit as e:\n"
            "    assert e.code == 0, e.code\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n")
    result = run_python(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "DEMO: opened with the demo team key" in result.stdout


def test_unknown_option_is_refused(tmp_path: Path) -> None:
    result = run_python("from ui.moderator_launch import moderator_entry\n"
                        "moderator_entry(['--frobnicate'])", tmp_path)
    assert result.returncode == 2
    assert "sealnote-moderator: error:" in result.stderr
    assert "sealnote-moderator: hint:" in result.stderr


def test_demo_window_starts_and_sigterm_leaves_nothing(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c",
         "from ui.moderator_launch import moderator_entry; moderator_entry(['--demo'])"],
        cwd=REPO, env=environment(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)
    session = tmp_path / "data" / "Sealnote Moderator" / "demo-session"
    deadline = time.monotonic() + 60
    while not list(session.glob("data/store/originals/*.bin")):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the demo window did not start"
        time.sleep(0.1)
    time.sleep(1.0)
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert not session.exists()
    assert "Traceback" not in err
