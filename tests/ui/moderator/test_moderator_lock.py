"""Auto-lock of the moderator window: after the chosen idle time everything secret is dropped;
activity restarts the count; a lock during an import leaves the store complete and consistent."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.fs import TEMP_SUFFIX
from app.importing import ImportItem, Outcome, item_from_file
from crypto.keys import SecretKey
from ui.moderator.security_box import AUTO_LOCK_CHOICES, AUTO_LOCK_DEFAULT, AUTO_LOCK_KEY


def open_report_with_reply(window: Any, mod: Any, qtbot: QtBot, team: Any, folder: Path) -> None:
    path = folder / "r.bin"
    path.write_bytes(mod.seal(team.card, reply_key=SecretKey.generate().public))
    window.import_page.import_paths([path])
    mod.wait_idle(qtbot, window)
    window.open_report(window.inbox_page.visible_ids()[0])
    mod.wait_idle(qtbot, window)
    assert window.report_page.view() is not None


def press_a_key(window: Any) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)


def test_idle_lock_drops_every_secret(unlocked: Any, mod: Any, qtbot: QtBot, team: Any,
                                      tmp_path: Path) -> None:
    window = unlocked
    open_report_with_reply(window, mod, qtbot, team, tmp_path)
    window.report_page.reply.text.setPlainText("A reply being written")
    window.clipboard.copy("-----BEGIN MESSAGE----- sealed reply")
    session = window.session()
    assert window.idle_lock.armed() and window.idle_lock.minutes() == AUTO_LOCK_DEFAULT == 10
    window.idle_lock.set_interval_ms(100)
    qtbot.waitUntil(lambda: window.session() is None, timeout=5_000)
    assert window.current_page() == "start"
    assert "locked itself after 10 minutes" in window.start_page.unlock_message.text()
    assert not session.check_passphrase(team.passphrase)  # the passphrase is forgotten
    assert window.report_page.view() is None
    assert window.report_page.reply.text.toPlainText() == ""
    assert window.report_page.fields.toPlainText() == ""
    assert window.inbox_page.model.rowCount() == 0
    assert window.team_page.card() is None
    assert window.start_page.passphrase.text() == ""
    assert not window.clipboard.holds_ours()
    assert "sealed reply" not in QGuiApplication.clipboard().text()
    assert not window.idle_lock.armed()
    mod.unlock(qtbot, window, team)  # and the same key file opens again
    assert window.inbox_page.model.rowCount() == 1


def test_activity_restarts_the_count(unlocked: Any, qtbot: QtBot) -> None:
    window = unlocked
    window.idle_lock.set_interval_ms(10_000)  # a coarse timer: remaining times are ±5 %
    qtbot.wait(2_000)
    assert 0 < window.idle_lock.remaining_ms() < 9_000
    press_a_key(window)
    assert window.idle_lock.remaining_ms() > 9_000
    window.idle_lock.set_interval_ms(400)
    for _ in range(6):  # 900 ms of typing: longer than the interval, still unlocked
        qtbot.wait(150)
        press_a_key(window)
        assert window.session() is not None
    qtbot.waitUntil(lambda: window.session() is None, timeout=5_000)


def test_the_choice_is_kept_and_demo_mode_never_locks(unlocked: Any, make_window: Any,
                                                      qtbot: QtBot) -> None:
    from ui.app_setup import settings

    box = unlocked.security_box
    box.set_auto_lock(5)
    assert unlocked.idle_lock.minutes() == 5 and settings().value(AUTO_LOCK_KEY) in (5, "5")
    assert unlocked.idle_lock.choices() == AUTO_LOCK_CHOICES
    box.set_auto_lock(0)
    assert unlocked.idle_lock.remaining_ms() == -1  # never
    demo = make_window(demo=True)
    assert demo.session() is not None and not demo.idle_lock.armed()


def test_lock_during_an_import_leaves_the_store_consistent(unlocked: Any, mod: Any,
                                                           qtbot: QtBot, team: Any,
                                                           chosen: Path, base: Any) -> None:
    window = unlocked
    files = [chosen / f"{i:03d}.bin" for i in range(120)]
    for number, path in enumerate(files):
        path.write_bytes(mod.seal_compact(team.card, f"R{number}"))
    loaded = threading.Semaphore(0)

    def slow(path: Path) -> ImportItem:
        item = item_from_file(path)

        def load() -> Any:
            time.sleep(0.01)
            loaded.release()
            return item.load()

        return ImportItem(item.label, load)

    window.import_page.start([slow(path) for path in files])
    for _ in range(20):  # the import is well under way
        assert loaded.acquire(timeout=10)
    assert window.import_page.busy()
    window.lock()
    assert window.session() is None and not window.busy()
    assert window.inbox_page.model.rowCount() == 0 and window.import_page.summary() is None
    assert not [p for p in base.data.rglob("*") if p.name.endswith(TEMP_SUFFIX)]
    mod.unlock(qtbot, window, team)
    session = window.session()
    kept = session.entries()
    assert 0 < len(kept) < len(files)  # cancelled part way; what was checked stayed
    with session.locked() as store:
        for entry in kept:
            assert store.read_report(entry.report_id).entry.report_id == entry.report_id
    window.import_page.import_paths(files)
    mod.wait_idle(qtbot, window)
    summary = window.import_page.summary()
    assert summary.count(Outcome.FAILED) == 0
    assert summary.count(Outcome.DUPLICATE) == len(kept)
    assert summary.count(Outcome.IMPORTED) == len(files) - len(kept)
    assert len(window.session().entries()) == len(files)


def test_nothing_arrives_after_the_lock(unlocked: Any, mod: Any, qtbot: QtBot, team: Any,
                                        tmp_path: Path) -> None:
    """A report that finishes decrypting while the lock runs is never shown."""
    window = unlocked
    open_report_with_reply(window, mod, qtbot, team, tmp_path)
    report_id = window.report_page.view().report_id
    window.go_to("inbox")
    window.open_report(report_id)  # decrypting in a worker…
    window.lock()  # …and the lock comes first
    qtbot.wait(200)
    assert window.report_page.view() is None
    assert window.report_page.fields.toPlainText() == ""
    assert window.current_page() == "start"


def test_arabic_minutes_take_the_right_plural(qapp: Any, make_window: Any, tmp_path: Path,
                                              monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QComboBox

    from ui.app_setup import configure_application
    from ui.moderator.i18n import install_moderator_translations

    language = configure_application(qapp, tmp_path / "settings", "ar")
    assert install_moderator_translations(qapp, language)
    window = make_window()
    combo = window.security_box.findChild(QComboBox, "autoLockCombo")
    texts = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert texts[10] == "10 دقائق دون نشاط"  # 3 to 10: plural
    assert texts[15] == "15 دقيقة دون نشاط"  # 11 to 99: singular
    assert texts[0] == "أبدًا"
