"""Portable mode of the moderator: a scripted window session writes nothing new under HOME.

The moderator's counterpart of tests/e2e/test_canary_traces.py's portable session. It starts as
``sealnote-moderator --portable`` starts (ui.moderator_launch.prepare_process, shared with the
editor through ui.entry: no core dumps, the portable environment and no D-Bus autolaunch before
Qt is imported), under Xvfb when it is installed (a real X11 Qt and no session bus: the worst
case for D-Bus autolaunch), else offscreen. The session: create a team (key file and store on
the stick), import a sealed report, open it, write a reply, lock, unlock, close. Afterwards HOME
holds exactly what it held before, and the moderator's files are under
``SealnoteData/moderator`` next to the program, apart from the editor's.

Run by hand: ``python tests/e2e/test_moderator_portable.py drive CONFIG_JSON``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
XVFB_RUN = shutil.which("xvfb-run")
PASSPHRASE = "portable moderator passphrase with five words"


def _wait(condition: Callable[[], bool], what: str, timeout_s: float = 60.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for: {what}")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def drive(config_json: str) -> int:
    """The window session (runs in the subprocess)."""
    config = json.loads(config_json)
    from ui.moderator_launch import prepare_process

    paths = prepare_process(["--portable"], Path(config["program_dir"]))
    assert not [m for m in sys.modules if m.startswith("PySide6")], "Qt imported too early"
    from app.report import ConcernForm
    from app.sealing import SealRequest, seal_to_bytes
    from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY
    from crypto.keys import SecretKey
    from ui.app_setup import configure_application, create_application
    from ui.messages import message_for
    from ui.moderator.i18n import install_moderator_translations
    from ui.moderator.main_window import ModeratorWindow
    from ui.moderator.session import KdfChoice

    app = create_application(["sealnote-moderator"])
    install_moderator_translations(app, configure_application(app, paths.config, "en"))
    source = Path(config["source"])
    window = ModeratorWindow(paths, kdf=KdfChoice(WEAK_KDF_FOR_TESTS_ONLY, CHEAP_FOR_TESTS_ONLY,
                                                  CHEAP_FOR_TESTS_ONLY), start_folder=source)
    window.show()
    start = window.start_page
    start.team_name.setText("Portable Team")
    start.new_passphrase.set_passphrase(PASSPHRASE)
    assert start.new_key_file.path() == paths.data / "team.key"
    start.create_team()
    _wait(lambda: window.session() is not None and not window.busy(), "the new team")
    session = window.session()
    assert session is not None
    form = ConcernForm({"title": "Portable report", "category": "threat", "urgency": "high",
                        "what_happened": "Text.", "safe_now": "unsure",
                        "consent": "team_only", "contact": "no_contact"})
    report = source / "report.bin"
    report.write_bytes(seal_to_bytes(SealRequest(session.card, form, (),
                                                 reply_key=SecretKey.generate().public,
                                                 today=dt.date.today())))
    window.import_page.import_paths([report])
    _wait(lambda: not window.busy(), "the import")
    window.open_report(window.inbox_page.visible_ids()[0])
    _wait(lambda: not window.busy() and window.report_page.view() is not None, "the report")
    window.report_page.reply.text.setPlainText("We received it.")
    window.go_to("team")
    _wait(lambda: not window.busy(), "the keyring question")
    assert window.security_box.keyring_reason() == message_for("keyring.portable_mode")
    window.security_box.set_auto_lock(30)  # a setting saved: where does it go?
    window.lock()
    start.key_file.set_path(paths.data / "team.key")
    start.passphrase.setText(PASSPHRASE)
    start.unlock()
    _wait(lambda: window.session() is not None and not window.busy(), "the unlock")
    window.close()
    app.quit()
    print("DONE", flush=True)
    return 0


def listing(root: Path) -> set[str]:
    """Every file and folder under ``root``."""
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def test_portable_moderator_session_writes_nothing_under_home(tmp_path: Path) -> None:
    home, stick, source, scratch = (tmp_path / name for name in
                                    ("home", "stick", "source", "tmpdir"))
    for folder in (home / ".config", home / ".local" / "share", stick, source, scratch):
        folder.mkdir(parents=True)
    env = dict(os.environ, HOME=str(home), TMPDIR=str(scratch), QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
               PYTHONPATH=str(REPO), PYTHONDONTWRITEBYTECODE="1")
    prefix: list[str] = []
    if XVFB_RUN is not None:
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        env["QT_QPA_PLATFORM"] = "xcb"
        prefix = [XVFB_RUN, "-a", "-s", "-screen 0 1280x1024x24"]
    before = listing(home)
    config = {"program_dir": str(stick), "source": str(source)}
    result = subprocess.run([*prefix, sys.executable, str(Path(__file__).resolve()), "drive",
                             json.dumps(config)], cwd=REPO, env=env, capture_output=True,
                            text=True, timeout=180)
    assert result.returncode == 0 and "DONE" in result.stdout, result.stderr[-3000:]
    assert listing(home) == before, sorted(listing(home) - before)
    moderator = stick / "SealnoteData" / "moderator"
    assert (moderator / "data" / "team.key").is_file()
    assert list((moderator / "data" / "teams").iterdir())  # the store
    assert [p for p in (moderator / "config").rglob("*.ini")
            if "auto_lock_minutes=30" in p.read_text()]  # the settings, on the stick
    assert not (stick / "SealnoteData" / "data").exists()  # the editor's place stays free
    assert not list(scratch.iterdir())  # TMPDIR moved to the stick too


if __name__ == "__main__":
    if sys.argv[1:2] == ["drive"]:
        sys.exit(drive(sys.argv[2]))
    sys.exit("usage: test_moderator_portable.py drive CONFIG_JSON")
