"""One message table mirroring the CLI's; the editor never imports code that unseals reports;
Qt's file dialog leaves no history behind; demo files are thrown away."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.cli.messages import MESSAGES
from app.demo_team import SAMPLE_PHOTO, sample_form
from app.paths import AppPaths
from ui.app_setup import configure_settings
from ui.editor.demo_session import DEMO_FOLDER
from ui.editor.main_window import EditorWindow
from ui.messages import field_error, known_codes, message_for
from ui.widgets.file_dialogs import forget_dialog_state, new_dialog

REPO = Path(__file__).resolve().parents[2]
FORBIDDEN_IMPORTS = {"app.opening", "crypto.sealed_report.open_report",
                     "crypto.stream.open_stream", "crypto.header.unlock_header"}


def test_every_cli_code_has_gui_text() -> None:
    assert set(MESSAGES) <= known_codes()


@pytest.mark.parametrize("code", ["required", "too_long", "invalid_choice", "invalid_date",
                                  "future_date", "invalid_link", "contact_details_needed"])
def test_every_validation_code_has_text(code: str) -> None:
    assert field_error(code) != message_for("internal")


def test_unknown_codes_and_bad_params_fall_back_calmly() -> None:
    assert message_for("no.such.code") == message_for("internal")
    assert "3" in message_for("armor.missing_parts", missing="3", total=4)


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_editor_never_imports_the_code_that_unseals() -> None:
    offenders = {f"{path.name}: {name}" for path in (REPO / "ui" / "editor").rglob("*.py")
                 for name in _imports(path) if name in FORBIDDEN_IMPORTS}
    assert offenders == set()
    code = ("import sys, ui.editor.main_window, ui.launch\n"
            "assert 'app.opening' not in sys.modules, 'app.opening imported'\nprint('ok')")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=60, env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "ok", result.stderr


def test_file_dialogs_are_qt_own_and_forget_their_history(qtbot: QtBot, tmp_path: Path) -> None:
    configure_settings(tmp_path / "qt")
    dialog = new_dialog(None, "Add files", tmp_path)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setHistory([str(tmp_path / "a-folder-name-that-must-not-stay")])
    shiboken6.delete(dialog)
    written = list((tmp_path / "qt").rglob("*"))
    assert any("a-folder-name" in p.read_text() for p in written if p.is_file())
    forget_dialog_state()
    assert not [p for p in (tmp_path / "qt").rglob("*") if p.is_file()]


def test_demo_lives_in_a_throwaway_folder(make_window: Any, paths: AppPaths,
                                          qtbot: QtBot) -> None:
    window: EditorWindow = make_window(demo=True)
    session = paths.data / DEMO_FOLDER
    assert session.is_dir()
    qtbot.waitUntil(lambda: not window.attachments_page.busy(), timeout=10_000)
    window.go_to("review")
    window.review_page.save_to_outbox()
    qtbot.waitUntil(lambda: not window.review_page.busy(), timeout=30_000)
    assert len(list(session.rglob("*.bin"))) == 1
    assert not (paths.config / "team-card.txt").exists()  # the demo card is never stored
    window.form_page.set_value("title", "changed by a trainee")
    window.attachments_page.clear()
    window.reset_demo()
    qtbot.waitUntil(lambda: not window.attachments_page.busy(), timeout=10_000)
    assert window.form().values == sample_form().values
    assert window.attachments_page.paths() == [SAMPLE_PHOTO]
    assert window.outbox_page.names() == [] and not list(session.rglob("*.bin"))
    window.form_page.mark_clean()
    window.close()
    assert not session.exists()


def test_files_can_be_dropped(make_window: Any, qtbot: QtBot, tmp_path: Path) -> None:
    window: EditorWindow = make_window(demo=True)
    window.attachments_page.clear()
    note = tmp_path / "notes.txt"
    note.write_text("a note", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(note))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.attachments_page.dropEvent(event)
    qtbot.waitUntil(lambda: not window.attachments_page.busy(), timeout=10_000)
    assert window.attachments_page.paths() == [note]
    assert "cannot be cleaned" in window.attachments_page.verdict(0)


def _core_codes(*modules: str) -> set[str]:
    import re

    found: set[str] = set()
    for module in modules:
        source = (REPO / module).read_text(encoding="utf-8")
        found |= set(re.findall(r'"((?:vault|draft|keyring)\.[a-z_]+)"', source))
    return found


def test_every_vault_draft_and_keyring_code_has_calm_text() -> None:
    codes = _core_codes("app/vault.py", "app/drafts.py", "app/keyring_unlock.py",
                        "app/wipe.py", "crypto/vault_format.py")
    codes -= {"keyring.bad_request", "keyring.ok", "keyring.absent", "keyring.available",
              "vault.error"}  # never shown: programming errors and success codes
    assert {"vault.wrong_passphrase", "draft.save_failed", "keyring.no_backend"} <= codes
    missing = sorted(code for code in codes if code not in known_codes())
    assert missing == []


# Codes that never reach a person: abstract bases, programming errors, and a crypto error that
# app.replies always turns into its own code (reply.invalid_message).
NEVER_SHOWN = {"crypto.error", "vault.error", "keyring.bad_request", "reply.invalid"}


def _every_raised_code() -> set[str]:
    """Every AppError code and keyring reason written in app/ (and in the moderator's session,
    plain Python under ui/), and the public code of every crypto error class (as
    app.errors.public_code shows them)."""
    import importlib
    import pkgutil
    import re

    import crypto
    from app.errors import public_code
    from crypto.errors import SealnoteCryptoError

    found: set[str] = set()
    for path in [*(REPO / "app").rglob("*.py"), REPO / "ui" / "moderator" / "session.py"]:
        source = path.read_text(encoding="utf-8")
        found |= set(re.findall(r'AppError\(\s*"([a-z_]+\.[a-z_.]+)"', source))
        found |= set(re.findall(r'(?:_Refused|KeyringResult\(False,|KeyringStatus\(False,)'
                                r'\s*"([a-z_]+\.[a-z_.]+)"', source))
    for module in pkgutil.iter_modules(crypto.__path__):
        importlib.import_module(f"crypto.{module.name}")
    classes, seen = [SealnoteCryptoError], set()
    while classes:
        cls = classes.pop()
        seen.add(cls)
        found.add(public_code(cls.__new__(cls)))
        classes.extend(sub for sub in cls.__subclasses__() if sub not in seen)
    return found - NEVER_SHOWN


def test_every_code_the_core_can_raise_has_gui_text() -> None:
    """One table for both windows: every code of the editor's and the moderator's core."""
    codes = _every_raised_code()
    assert {"team.full", "store.duplicate_id", "backup.share_invalid", "keyring.copy_outdated",
            "keyring.copy_rejected", "keyring.demo_mode", "keyfile.passphrase_needed",
            "vault.wrong_passphrase", "open.failed"} <= codes
    missing = sorted(code for code in codes if code not in known_codes())
    assert missing == []
    assert "ui/messages_moderator.py" not in {str(p.relative_to(REPO))
                                              for p in (REPO / "ui").glob("*.py")}
