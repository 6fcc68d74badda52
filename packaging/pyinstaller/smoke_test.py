"""Run the frozen programs in dist/ as a person would, offscreen, and fail loudly.

    python3 packaging/pyinstaller/smoke_test.py dist

Each check starts a program in a fresh, empty HOME (and XDG folders) under a temporary folder:
the command lines' help, the moderator's demo round trip, reports sealed by the frozen editor
and opened by the frozen moderator (photo without its EXIF block), both windows in demo mode
(offscreen, closed with SIGTERM as a logout does: exit status 0, no traceback, the demo folder
gone), and the editor's portable mode from a copy of its folder (nothing written under HOME).
The moderator's demo imports its sample reports in the window, through its import workers.

Standard library only; exit status 1 with the failed check's output.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
SAMPLE_PHOTO = REPOSITORY / "app" / "demo" / "sample-photo.jpg"
CANARY = "smoke-test canary 7f3c: a concern written by the frozen editor"
WINDOW_TIMEOUT = 60.0


class SmokeFailure(Exception):
    """A check failed; the message says which and shows the program's output."""


def fresh_environment(home: Path) -> dict[str, str]:
    """The environment of a person with an empty home folder and no display."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("XDG_", "SEALNOTE_", "QT_")) and key not in
           ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
    home.mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
               XDG_STATE_HOME=str(home / ".local" / "state"),
               QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    return env


def run(command: list[str | Path], env: dict[str, str], cwd: Path,
        expect: int = 0) -> subprocess.CompletedProcess[str]:
    """Run a command line; its exit status must be ``expect`` and stderr free of tracebacks."""
    result = subprocess.run([str(part) for part in command], env=env, cwd=cwd,
                            capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != expect or "Traceback" in result.stderr:
        raise SmokeFailure(f"{command}: exit {result.returncode} (expected {expect})\n"
                           f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")
    return result


def run_window(command: list[str | Path], env: dict[str, str], cwd: Path,
               ready: Callable[[], bool]) -> str:
    """Start a window, wait until ``ready()``, let it run a second, then SIGTERM it.

    Returns its stderr. Raises SmokeFailure if it exits early, never gets ready, exits non-zero
    or prints a traceback.
    """
    process = subprocess.Popen([str(part) for part in command], env=env, cwd=cwd,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + WINDOW_TIMEOUT
    try:
        while not ready():
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                out, err = process.communicate()
                raise SmokeFailure(f"{command}: not ready (exit {process.returncode})\n{err}")
            time.sleep(0.2)
        time.sleep(1.0)
        if process.poll() is not None:
            raise SmokeFailure(f"{command}: exited by itself ({process.returncode})")
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    if process.returncode != 0 or "Traceback" in err:
        raise SmokeFailure(f"{command}: exit {process.returncode} after SIGTERM\n{err}")
    return err


def check_help(dist: Path, work: Path) -> str:
    for name in ("sealnote", "sealnote-moderator"):
        result = run([dist / name / name, "--help"], fresh_environment(work / "home"), work)
        if "usage:" not in result.stdout:
            raise SmokeFailure(f"{name} --help printed no usage:\n{result.stdout}")
    return "both --help print their usage"


def check_demo_roundtrip(dist: Path, work: Path) -> str:
    result = run([dist / "sealnote-moderator" / "sealnote-moderator", "demo-roundtrip"],
                 fresh_environment(work / "home"), work)
    if "metadata cleaned" not in result.stdout:
        raise SmokeFailure(f"demo-roundtrip did not report the photo:\n{result.stdout}")
    return "sealnote-moderator demo-roundtrip"


def check_seal_then_open(dist: Path, work: Path) -> str:
    env = fresh_environment(work / "home")
    (work / "concern.txt").write_text(CANARY + "\n", encoding="utf-8")
    editor = dist / "sealnote" / "sealnote"
    run([editor, "--demo", "seal", "--title", "Smoke test with photo", "--text-file",
         "concern.txt", "--attach", SAMPLE_PHOTO, "-o", "one.bin"], env, work)
    run([editor, "--demo", "seal", "--title", "Smoke test, text only", "--text-file",
         "concern.txt", "-o", "two.bin"], env, work)
    run([dist / "sealnote-moderator" / "sealnote-moderator", "--demo", "open", "one.bin",
         "two.bin", "--into", "opened"], env, work)
    reports = sorted((work / "opened").iterdir())
    texts = [(folder / "report.txt").read_text(encoding="utf-8") for folder in reports]
    if len(reports) != 2 or not all(CANARY in text for text in texts):
        raise SmokeFailure(f"opened {len(reports)} reports, canary in "
                           f"{sum(CANARY in t for t in texts)}")
    photos = list((work / "opened").glob("*/attachments/sample-photo.jpg"))
    if len(photos) != 1 or b"Exif\x00\x00" in photos[0].read_bytes():
        raise SmokeFailure(f"photo missing or still carries EXIF: {photos}")
    return "2 reports sealed by the frozen editor, opened by the frozen moderator, EXIF gone"


def check_editor_window(dist: Path, work: Path) -> str:
    env = fresh_environment(work / "home")
    session = Path(env["XDG_DATA_HOME"]) / "Sealnote" / "demo-session"
    run_window([dist / "sealnote" / "sealnote", "--demo"], env, work,
               lambda: (session / "data" / "outbox").is_dir())
    if session.exists():
        raise SmokeFailure(f"the demo session was left behind: {session}")
    return "editor window --demo (offscreen) started, closed on SIGTERM, left no demo folder"


def check_moderator_window(dist: Path, work: Path) -> str:
    env = fresh_environment(work / "home")
    session = Path(env["XDG_DATA_HOME"]) / "Sealnote Moderator" / "demo-session"
    run_window([dist / "sealnote-moderator" / "sealnote-moderator", "--demo"], env, work,
               lambda: (session / "data" / "store" / "index.bin").is_file())
    if session.exists():
        raise SmokeFailure(f"the demo session was left behind: {session}")
    return "moderator window --demo imported its sample reports, closed on SIGTERM"


def check_portable(dist: Path, work: Path) -> str:
    stick = work / "stick" / "sealnote"
    shutil.copytree(dist / "sealnote", stick, symlinks=True)
    home = work / "home"
    env = fresh_environment(home)
    data = stick / "SealnoteData"
    run_window([stick / "sealnote", "--portable"], env, work, data.is_dir)
    left = sorted(str(path.relative_to(home)) for path in home.rglob("*"))
    if left:
        raise SmokeFailure(f"portable mode wrote under HOME: {left}")
    return "editor --portable from a copy of its folder: nothing written under HOME"


CHECKS = (check_help, check_demo_roundtrip, check_seal_then_open, check_editor_window,
          check_moderator_window, check_portable)


def main(argv: list[str]) -> int:
    """Run every check against ``argv[0]`` (the dist folder); 0 if all passed."""
    dist = Path(argv[0] if argv else "dist").resolve()
    failed = 0
    for check in CHECKS:
        started = time.monotonic()
        with tempfile.TemporaryDirectory(prefix="sealnote-smoke-") as folder:
            try:
                said = check(dist, Path(folder))
            except (SmokeFailure, OSError, subprocess.SubprocessError) as error:
                failed += 1
                print(f"smoke: FAILED {check.__name__}: {error}", file=sys.stderr)
                continue
        print(f"smoke: ok ({time.monotonic() - started:4.1f} s) {said}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
