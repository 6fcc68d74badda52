"""Fixtures for the editor window tests (pytest-qt, offscreen; see tests/conftest.py).

Every test gets its own AppPaths under tmp_path and its own window; windows are closed (without
the unsaved-text question) and their workers stopped at the end of the test.

Windows get cheap Argon2id settings through the explicit test seams of crypto.keyfile
(CHEAP_FOR_TESTS_ONLY with WEAK_KDF_FOR_TESTS_ONLY, which the production policy refuses), passed
in through VaultOptions: never through the environment. A real-mode window starts unlocked in
RAM-only mode unless a test asks for the gate (``unlock=None``) or a vault (``unlock="vault"``).
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.card_trust import accept
from app.paths import AppPaths
from app.team import create_team
from crypto.card import BEGIN, END, TeamCard, issue_card
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY, ModeratorSecrets
from crypto.keys import IdentitySecretKey, SecretKey
from ui.app_setup import configure_settings, remove_translations
from ui.editor.main_window import EditorWindow
from ui.editor.vault_session import VaultOptions

WindowFactory = Callable[..., EditorWindow]
PASSPHRASE = "maple orbit lantern pebble harbour"


def cheap_options(**changes: object) -> VaultOptions:
    """Test-only KDF settings (production refuses them), quick autosave."""
    fields: dict[str, object] = {"autosave_ms": 50, **changes}
    return VaultOptions(CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY, **fields)  # type: ignore


def create_vault(qtbot: QtBot, window: EditorWindow, passphrase: str = PASSPHRASE) -> None:
    """First run through the gate: choose a passphrase, wait until the vault is open."""
    assert window.current_page() == "first_run"
    window.gate.first_run.fields.set_passphrase(passphrase)
    window.gate.first_run.request_create()
    qtbot.waitUntil(window.session.is_unlocked, timeout=10_000)


def unlock(qtbot: QtBot, window: EditorWindow, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase on the lock screen and wait until the vault is open."""
    assert window.current_page() == "unlock"
    window.gate.unlock.passphrase.setText(passphrase)
    window.gate.unlock.request_unlock()
    qtbot.waitUntil(window.session.is_unlocked, timeout=10_000)


def settle_saves(qtbot: QtBot, window: EditorWindow) -> None:
    """Wait until the last change is saved (autosave and the vault queue are idle)."""
    qtbot.waitUntil(lambda: not window.keeper.pending() and window.session.queue_idle(),
                    timeout=10_000)


def make_card(name: str = "Wiki Safety Team", *, identity: IdentitySecretKey | None = None,
              previous: IdentitySecretKey | None = None,
              created: dt.date | None = None, expires: dt.date | None = None,
              moderators: int = 2) -> TeamCard:
    """A signed team card (real, not demo)."""
    today = dt.date.today()
    return issue_card(name, identity or IdentitySecretKey.generate(),
                      [SecretKey.generate().public for _ in range(moderators)],
                      created or today - dt.timedelta(days=10),
                      expires or today + dt.timedelta(days=365), previous=previous)


def forge(card_text: str) -> str:
    """The same card with one byte of its signature flipped."""
    lines = card_text.strip().splitlines()
    blob = bytearray(base64.b64decode("".join(lines[1:-1])))
    body_length = int.from_bytes(blob[1:5], "big")
    blob[5 + body_length + 7] ^= 0x40
    text = base64.b64encode(bytes(blob)).decode()
    return "\n".join([BEGIN, *(text[i:i + 64] for i in range(0, len(text), 64)), END]) + "\n"


def button(parent: QWidget, name: str) -> QPushButton:
    """A push button found by objectName (fails the test if missing)."""
    found = parent.findChild(QPushButton, name)
    assert found is not None, name
    return found


def wait_idle(qtbot: QtBot, window: EditorWindow, timeout: int = 30_000) -> None:
    """Wait until no seal is running."""
    qtbot.waitUntil(lambda: not window.review_page.busy(), timeout=timeout)


def fill_form(window: EditorWindow, title: str) -> None:
    """Fill the required fields of the concern form."""
    for key, value in (("title", title), ("category", "threat"),
                       ("what_happened", "A phone call at night."), ("safe_now", "unsure"),
                       ("consent", "team_only"), ("urgency", "high")):
        window.form_page.set_value(key, value)


def seal_to(window: EditorWindow, qtbot: QtBot, target: Path) -> None:
    """Seal from the review page into ``target`` and wait until it is done."""
    window.go_to("review")
    window.review_page.seal_to_path(target)
    wait_idle(qtbot, window)


class Helpers:
    """What the tests share, handed out by the ``helpers`` fixture (no test-module imports:
    the suite runs with --import-mode=importlib)."""

    make_card = staticmethod(make_card)
    forge = staticmethod(forge)
    button = staticmethod(button)
    wait_idle = staticmethod(wait_idle)
    cheap_options = staticmethod(cheap_options)
    create_vault = staticmethod(create_vault)
    unlock = staticmethod(unlock)
    settle_saves = staticmethod(settle_saves)
    fill_form = staticmethod(fill_form)
    seal_to = staticmethod(seal_to)
    passphrase = PASSPHRASE


@pytest.fixture
def helpers() -> type[Helpers]:
    """Card makers, button lookup and waiting helpers."""
    return Helpers


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """The app's folders for this test."""
    return AppPaths.under(tmp_path / "sealnote")


@pytest.fixture
def team(paths: AppPaths) -> ModeratorSecrets:
    """A real team whose card the window trusts, and its moderator keys (to open reports)."""
    secrets, card = create_team("Wiki Safety Team", dt.date.today())
    accept(paths.ensure(), card)
    return secrets


@pytest.fixture(autouse=True)
def _qt_settings(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    configure_settings(tmp_path / "qt-settings")
    yield
    remove_translations(qapp)


@pytest.fixture
def make_window(qtbot: QtBot, paths: AppPaths, tmp_path: Path) -> Iterator[WindowFactory]:
    """Build a window; closes it at the end without asking."""
    windows: list[EditorWindow] = []
    folder = tmp_path / "chosen"
    folder.mkdir()

    def factory(demo: bool = False, unlock: str | None = "ram_only",
                **kwargs: object) -> EditorWindow:
        kwargs.setdefault("vault_options", cheap_options())
        window = EditorWindow(paths, demo=demo, start_folder=folder, **kwargs)  # type: ignore
        window.show()
        windows.append(window)
        if not demo and unlock == "ram_only":
            window.session.start_ram_only()
        elif not demo and unlock == "vault":
            create_vault(qtbot, window)
        return window

    yield factory
    for window in windows:  # not qtbot.addWidget: it closes before this and would ask
        window.form_page.mark_clean()
        window.close()
        window.deleteLater()


@pytest.fixture
def demo_window(make_window: WindowFactory, qtbot: QtBot) -> EditorWindow:
    """A demo-mode window with the sample photo already checked."""
    window = make_window(demo=True)
    qtbot.waitUntil(lambda: not window.attachments_page.busy(), timeout=10_000)
    return window
