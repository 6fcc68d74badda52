"""Traces (SECURITY.md, "Traces and hygiene"): a scripted editor session leaves no readable trace.

A real GUI session runs in a subprocess under offscreen Qt, started exactly as ``sealnote`` starts
(ui.launch.prepare_process: no core dumps, portable environment before Qt is imported), so Qt's
own writes (caches, runtime folder, settings) are part of what is checked. The session: first run
(a vault), team card, a draft whose title and text hold a unique canary, an attachment whose file
name and content hold it, autosave, seal to a file, copy as text, lock, unlock, quick wipe.

The canary (``CNRY`` + 16 hex digits) is then searched as ASCII/UTF-8 and UTF-16 (both byte
orders) in every file under HOME, the app's data folder, TMPDIR and /dev/shm — once before the
wipe (drafts are on disk then, encrypted) and once after. Only two places are exempt: the folder
of files the person explicitly exported (a sealed file, ciphertext anyway, and the pasted text)
and the folder holding the attachment the test itself created. In portable mode no file or
folder at all may appear under HOME; that session runs under Xvfb when it is installed (a real
X11 Qt, no session bus), else offscreen.

Run by hand: ``python tests/e2e/test_canary_traces.py drive CONFIG_JSON`` is the session itself.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import queue
import secrets
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "canary session passphrase with five words"
SESSION_TIMEOUT_S = 120
XVFB_RUN = shutil.which("xvfb-run")


# --------------------------------------------------------------------- the session


def _wait(condition: Callable[[], bool], what: str, timeout_s: float = 30.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for: {what}")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def drive(config_json: str) -> int:
    """The GUI session (runs in the subprocess). Prints SCAN, waits for GO, prints DONE."""
    config = json.loads(config_json)
    from ui.launch import prepare_process

    paths = prepare_process(["--portable"] if config["portable"] else [],
                            Path(config["program_dir"]))
    from PySide6.QtGui import QGuiApplication

    from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY
    from ui.app_setup import configure_application, create_application
    from ui.editor.main_window import EditorWindow
    from ui.editor.vault_session import VaultOptions

    app = create_application(["sealnote"])
    configure_application(app, paths.config, "en")
    attachment, exports = Path(config["attachment"]), Path(config["exports"])
    window = EditorWindow(paths, start_folder=attachment.parent, vault_options=VaultOptions(
        CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY, autosave_ms=100))
    window.show()
    _wait(lambda: window.current_page() == "first_run", "the first-run screen")
    window.gate.first_run.fields.set_passphrase(PASSPHRASE)
    window.gate.first_run.request_create()
    _wait(window.session.is_unlocked, "the new vault")
    window.card_page.load_text(Path(config["card"]).read_text(encoding="utf-8"))
    assert window.card_page.accept_card()
    _write_draft(window, config["canary"], attachment)
    _export(window, exports)
    window.lock_now()
    _wait(lambda: window.current_page() == "unlock" and window.session.queue_idle(), "the lock")
    assert QGuiApplication.clipboard().text() == "", "the clipboard was not cleared on lock"
    assert window.form_page.value("title") == "", "the form was not cleared on lock"
    window.gate.unlock.passphrase.setText(PASSPHRASE)
    window.gate.unlock.request_unlock()
    _wait(lambda: config["canary"] in window.form_page.value("title"), "the draft after unlock")
    print("SCAN", flush=True)
    assert sys.stdin.readline().strip() == "GO"
    window.request_wipe()
    window.gate.wipe.wipeConfirmed.emit()
    _wait(lambda: window.current_page() == "first_run", "the wipe")
    assert window.gate.first_run.bar.text().startswith("Sealnote was wiped")
    window.close()
    app.quit()
    print("DONE", flush=True)
    return 0


def _write_draft(window: object, canary: str, attachment: Path) -> None:
    from ui.editor.main_window import EditorWindow

    assert isinstance(window, EditorWindow)
    page = window.form_page
    for key, value in (("title", f"Concern {canary}"), ("category", "threat"),
                       ("what_happened", f"What happened: {canary} was threatened."),
                       ("safe_now", "unsure"), ("consent", "team_only"), ("urgency", "high")):
        page.set_value(key, value)
    window.attachments_page.add_files([attachment])
    _wait(lambda: not window.attachments_page.busy(), "the attachment")
    assert window.attachments_page.failed_count() == 0
    _wait(lambda: not window.keeper.pending() and window.session.queue_idle(), "the autosave")


def _export(window: object, exports: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    from app.fs import atomic_write_text
    from ui.editor.main_window import EditorWindow

    assert isinstance(window, EditorWindow)
    window.go_to("review")
    window.review_page.seal_to_path(exports / "report.bin")
    _wait(lambda: not window.review_page.busy(), "the sealed file")
    assert window.review_page.result_kind() == "success", window.review_page.result_text()
    window.review_page.copy_as_text()
    _wait(lambda: not window.review_page.busy(), "the sealed text")
    pasted = QGuiApplication.clipboard().text()
    assert pasted.startswith("-----BEGIN")
    atomic_write_text(exports / "pasted.txt", pasted)  # the person pastes it into a message


# ------------------------------------------------------------------------ the test


def encodings(canary: str) -> list[bytes]:
    """ASCII (= UTF-8 here) and UTF-16 in both byte orders."""
    return [canary.encode("ascii"), canary.encode("utf-8"), canary.encode("utf-16-le"),
            canary.encode("utf-16-be")]


def _files(root: Path) -> Iterator[Path]:
    for folder, _dirs, names in os.walk(root):
        for name in names:
            yield Path(folder) / name


def files_with_canary(roots: list[Path], canary: str, exempt: list[Path]) -> list[str]:
    """Every readable file under ``roots`` (not under ``exempt``) holding the canary."""
    needles, found = encodings(canary), []
    for root in roots:
        if not root.exists():
            continue
        for path in _files(root):
            if any(path.is_relative_to(folder) for folder in exempt) or path.is_symlink():
                continue
            try:
                data = path.read_bytes()
            except OSError:
                continue  # another user's file in /dev/shm
            if any(needle in data for needle in needles):
                found.append(str(path))
    return found


def listing(root: Path) -> set[str]:
    """Every file and folder under ``root``."""
    return {str(p.relative_to(root)) for p in root.rglob("*")}


class Session:
    """The subprocess, with a line reader that never blocks the test forever."""

    def __init__(self, config: dict[str, object], env: dict[str, str],
                 prefix: list[str] | None = None) -> None:
        self.process = subprocess.Popen(
            [*(prefix or []), sys.executable, str(Path(__file__).resolve()), "drive",
             json.dumps(config)],
            cwd=REPO, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def expect(self, word: str) -> None:
        deadline = time.monotonic() + SESSION_TIMEOUT_S
        while time.monotonic() < deadline:
            try:
                if self.lines.get(timeout=0.5) == word:
                    return
            except queue.Empty:
                if self.process.poll() is not None:
                    break
        self.process.kill()
        raise AssertionError(f"the session did not reach {word}: "
                             f"{self.process.communicate()[1][-3000:]}")

    def go_on(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("GO\n")
        self.process.stdin.flush()

    def finish(self) -> None:
        self.expect("DONE")
        _out, err = self.process.communicate(timeout=SESSION_TIMEOUT_S)
        assert self.process.returncode == 0, err[-3000:]


def _prepare(tmp_path: Path, portable: bool) -> tuple[dict[str, object], dict[str, str], str]:
    from app.team import create_team

    canary = "CNRY" + secrets.token_hex(8)
    source, exports, scratch, program = (tmp_path / name for name in
                                         ("source", "exports", "tmpdir", "stick"))
    for folder in (source, exports, scratch, program):
        folder.mkdir()
    attachment = source / f"{canary}.txt"
    attachment.write_text(f"attachment content {canary}\n", encoding="utf-8")
    team, card = create_team("Canary Team", dt.date.today())
    (source / "card.txt").write_text(card.text, encoding="utf-8")
    (source / "team.json").write_text(json.dumps([k.encode() for k in team.encryption_keys]),
                                      encoding="utf-8")
    config = {"canary": canary, "portable": portable, "program_dir": str(program),
              "attachment": str(attachment), "exports": str(exports),
              "card": str(source / "card.txt")}
    env = dict(os.environ, TMPDIR=str(scratch), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(REPO), PYTHONDONTWRITEBYTECODE="1")
    return config, env, canary


def _check_exports(tmp_path: Path, canary: str) -> None:
    """The canary really went through: the team opens both exports and finds it."""
    from app.opening import open_file_into_folder
    from crypto.keys import SecretKey

    keys = [SecretKey.decode(text) for text in
            json.loads((tmp_path / "source" / "team.json").read_text(encoding="utf-8"))]
    for number, name in enumerate(("report.bin", "pasted.txt")):
        opened = open_file_into_folder(tmp_path / "exports" / name, keys,
                                       tmp_path / f"opened-{number}")
        assert canary in opened.manifest.fields["title"]
        assert [a.name for a in opened.manifest.attachments] == [f"{canary}.txt"]
        assert canary in opened.attachment_files[0].read_text(encoding="utf-8")


def _x11(env: dict[str, str]) -> list[str]:
    """Run under a real X server when there is one: Qt's X11 side (input methods, D-Bus
    autolaunch for accessibility) writes more than offscreen Qt. No session bus, as on a bare
    system: the worst case for D-Bus autolaunch."""
    if XVFB_RUN is None:
        return []
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env["QT_QPA_PLATFORM"] = "xcb"
    return [XVFB_RUN, "-a", "-s", "-screen 0 1280x1024x24"]


def _run(tmp_path: Path, portable: bool) -> None:
    config, env, canary = _prepare(tmp_path, portable)
    prefix = _x11(env) if portable else []
    home = Path(env["HOME"])
    home_before = listing(home)
    if portable:
        root = tmp_path / "stick" / "SealnoteData"  # data, tmp (TMPDIR) and Qt's folders
        roots = [home, root, tmp_path / "tmpdir", Path("/dev/shm")]
        drafts = root / "data" / "drafts"
    else:
        data = Path(env["XDG_DATA_HOME"]) / "Sealnote"
        roots = [home, data, tmp_path / "tmpdir", Path("/dev/shm")]
        drafts = data / "drafts"
    exempt = [tmp_path / "exports", tmp_path / "source"]
    session = Session(config, env, prefix)
    session.expect("SCAN")
    assert drafts.is_dir() and any(_files(drafts)), "no draft on disk: the scan proves nothing"
    assert files_with_canary(roots, canary, exempt) == []
    session.go_on()
    session.finish()
    assert files_with_canary(roots, canary, exempt) == []
    assert not drafts.exists()
    if portable:
        assert listing(home) == home_before, sorted(listing(home) - home_before)
    # Exempt, but still no readable canary: the sealed file and the pasted text are ciphertext.
    assert files_with_canary([tmp_path / "exports"], canary, []) == []
    _check_exports(tmp_path, canary)


def test_gui_session_leaves_no_canary(tmp_path: Path) -> None:
    _run(tmp_path, portable=False)


def test_portable_gui_session_leaves_no_canary_and_nothing_under_home(tmp_path: Path) -> None:
    _run(tmp_path, portable=True)


def test_the_scan_can_fail(tmp_path: Path) -> None:
    canary = "CNRY" + secrets.token_hex(8)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "utf16.bin").write_bytes(b"x" + canary.encode("utf-16-le"))
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "plain.txt").write_text(canary, encoding="ascii")
    assert files_with_canary([tmp_path], canary, [tmp_path / "b"]) == \
        [str(tmp_path / "a" / "utf16.bin")]


if __name__ == "__main__":
    if sys.argv[1:2] == ["drive"]:
        sys.exit(drive(sys.argv[2]))
    sys.exit("usage: test_canary_traces.py drive CONFIG_JSON")
