"""Fixtures for the moderator window tests (pytest-qt, offscreen; see tests/conftest.py).

Every test gets its own folders under tmp_path and its own window, closed at the end. Key files
use the cheap Argon2id parameters, passed explicitly (crypto.keyfile's *_FOR_TESTS_ONLY seam):
never through the environment.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.attachments import PreparedAttachment
from app.image_metadata import MetadataVerdict
from app.moderator_store import ensure_store_key
from app.paths import AppPaths
from app.report import ConcernForm
from app.sealing import SealRequest, seal_to_bytes
from app.team import create_team, save_key_file
from crypto.card import TeamCard
from crypto.inner import REPORT_ID_BYTES, Manifest
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY, ModeratorSecrets
from crypto.keys import PublicKey
from crypto.padding import PaddingProfile
from crypto.seal import SystemEntropy, seal_report
from ui.app_setup import configure_settings, remove_translations
from ui.moderator.i18n import remove_moderator_translations
from ui.moderator.main_window import ModeratorWindow
from ui.moderator.session import KdfChoice

PASSPHRASE = "violet harbour lantern pebble orchard"
TEST_KDF = KdfChoice(policy=WEAK_KDF_FOR_TESTS_ONLY, new_key_file=CHEAP_FOR_TESTS_ONLY,
                     backup=CHEAP_FOR_TESTS_ONLY)
WindowFactory = Callable[..., ModeratorWindow]


@dataclass(frozen=True)
class Team:
    """A team made for one test: its key file (cheap KDF), passphrase, secrets and card."""

    key_file: Path
    passphrase: str
    secrets: ModeratorSecrets
    card: TeamCard


def make_team(folder: Path, name: str = "Wiki Safety Team") -> Team:
    """A fresh team whose key file opens under TEST_KDF."""
    secrets, card = create_team(name, dt.date.today())
    secrets, _added = ensure_store_key(secrets)
    key_file = folder / f"{name.replace(' ', '-').lower()}.key"
    save_key_file(key_file, secrets, PASSPHRASE, CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
    return Team(key_file, PASSPHRASE, secrets, card)


def concern(title: str = "Editor threatened over an article", **values: str) -> ConcernForm:
    """A valid concern form."""
    base = {"title": title, "category": "threat", "urgency": "high",
            "what_happened": "Someone called and asked for the names of other editors.",
            "when": "last week", "safe_now": "unsure", "consent": "team_only",
            "contact": "no_contact"}
    return ConcernForm({**base, **values})


def attachment(path: Path, name: str, data: bytes, media_type: str = "application/pdf",
               verdict: MetadataVerdict = MetadataVerdict.NOT_CLEANABLE) -> PreparedAttachment:
    """An attachment whose (untrusted) name is ``name``, read from ``path``."""
    path.write_bytes(data)
    return PreparedAttachment(name, len(data), media_type, verdict, (), path)


def seal(card: TeamCard, form: ConcernForm | None = None, *,
         attachments: tuple[PreparedAttachment, ...] = (), reply_key: PublicKey | None = None,
         demo: bool = False) -> bytes:
    """A sealed report as the editor's app makes it."""
    request = SealRequest(card, form or concern(), attachments, demo_mode=demo,
                          reply_key=reply_key, today=dt.date.today())
    return seal_to_bytes(request)


class _FixedId(SystemEntropy):
    def __init__(self, report_id: bytes) -> None:
        self._report_id = report_id

    def take(self, size: int) -> bytes:
        return self._report_id if size == REPORT_ID_BYTES else super().take(size)


def seal_compact(card: TeamCard, title: str, *, report_id: bytes | None = None,
                 category: str = "threat", urgency: str = "low", sealed_on: str = "2026-03-01",
                 demo: bool = False) -> bytes:
    """A small text-only report (COMPACT padding), optionally with a chosen report id."""
    manifest = Manifest(fields={"title": title, "category": category, "urgency": urgency,
                                "what_happened": "text", "safe_now": "safe",
                                "consent": "team_only"}, sealed_on=sealed_on, demo=demo)
    sink = io.BytesIO()
    seal_report(sink, list(card.moderators), manifest, [], profile=PaddingProfile.COMPACT,
                entropy=_FixedId(report_id) if report_id else None)
    return sink.getvalue()


def button(parent: QWidget, name: str) -> QPushButton:
    """A push button found by objectName (fails the test if missing)."""
    found = parent.findChild(QPushButton, name)
    assert found is not None, name
    return found


def wait_idle(qtbot: QtBot, window: ModeratorWindow, timeout: int = 30_000) -> None:
    """Wait until no job of the window runs."""
    qtbot.waitUntil(lambda: not window.busy(), timeout=timeout)


def unlock(qtbot: QtBot, window: ModeratorWindow, team: Team) -> None:
    """Unlock ``team``'s key file through the start page."""
    page = window.start_page
    page.key_file.set_path(team.key_file)
    page.passphrase.setText(team.passphrase)
    button(page, "unlockButton").click()
    qtbot.waitUntil(lambda: window.session() is not None, timeout=30_000)
    wait_idle(qtbot, window)


class Helpers:
    """What the tests share, handed out by the ``mod`` fixture (no test-module imports: the
    suite runs with --import-mode=importlib)."""

    PASSPHRASE = PASSPHRASE
    KDF = TEST_KDF
    make_team = staticmethod(make_team)
    concern = staticmethod(concern)
    attachment = staticmethod(attachment)
    seal = staticmethod(seal)
    seal_compact = staticmethod(seal_compact)
    button = staticmethod(button)
    wait_idle = staticmethod(wait_idle)
    unlock = staticmethod(unlock)


@pytest.fixture
def mod() -> type[Helpers]:
    """Team makers, sealing helpers, button lookup and waiting helpers."""
    return Helpers


@pytest.fixture
def base(tmp_path: Path) -> AppPaths:
    """The moderator app's folders for this test."""
    return AppPaths.under(tmp_path / "moderator")


@pytest.fixture
def chosen(tmp_path: Path) -> Path:
    """The folder file dialogs start in (and tests save to)."""
    folder = tmp_path / "chosen"
    folder.mkdir()
    return folder


@pytest.fixture
def team(tmp_path: Path) -> Team:
    """A team with a key file under tmp_path/keys."""
    folder = tmp_path / "keys"
    folder.mkdir()
    return make_team(folder)


@pytest.fixture(autouse=True)
def _moderator_qt_state(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """Qt's settings under tmp_path; every translation removed afterwards (also done by
    tests/ui/conftest.py: repeated here so this folder does not depend on the editor's)."""
    configure_settings(tmp_path / "qt-settings")
    yield
    remove_moderator_translations(qapp)
    remove_translations(qapp)


@pytest.fixture
def make_window(qtbot: QtBot, base: AppPaths, chosen: Path) -> Iterator[WindowFactory]:
    """Build a window (cheap KDF); shut down and closed at the end."""
    windows: list[ModeratorWindow] = []

    def factory(demo: bool = False, **kwargs: object) -> ModeratorWindow:
        window = ModeratorWindow(base, demo=demo, kdf=TEST_KDF, start_folder=chosen,
                                 **kwargs)  # type: ignore[arg-type]
        window.show()
        windows.append(window)
        if demo:
            wait_idle(qtbot, window)
        return window

    yield factory
    for window in windows:
        window.close()
        window.deleteLater()


@pytest.fixture
def unlocked(make_window: WindowFactory, qtbot: QtBot, team: Team) -> ModeratorWindow:
    """A window with ``team``'s key file unlocked (empty inbox)."""
    window = make_window()
    unlock(qtbot, window, team)
    return window
