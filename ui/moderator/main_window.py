"""The moderator's one window: start (unlock/create), then inbox, report, import and team pages.

The window title is only "Sealnote Moderator" (plus " — DEMO"): never a report title. The
window owns no core logic: pages call app/ through workers and the session's lock, and the window
moves between them, opens the dialogs and ends the session on "Lock", after the chosen time
without activity (ui.widgets.idle_lock; not in demo mode) or on close.

Locking first stops every job: an import is cancelled (the reports checked before it stay
imported, complete), a key file save or a keyring call is waited for, and the results they
already posted are delivered before the pages are emptied, so nothing arrives after the lock.
Then the session closes its store and forgets the passphrase, and the window drops the session,
the open report, the reply being written, the dialogs and its text on the clipboard.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.importing import ImportSummary
from app.keyring_unlock import KeyringUnlock
from app.moderator_keyring import ModeratorKeyring, moderator_keyring_access
from app.paths import AppPaths
from ui.moderator.backup_dialogs import PassphraseBackupDialog, ShareBackupDialog
from ui.moderator.controls import push
from ui.moderator.demo import DemoWorkspace
from ui.moderator.export_dialog import CaseExportDialog
from ui.moderator.flagged import FlaggedPair
from ui.moderator.import_page import ImportPage
from ui.moderator.inbox_page import InboxPage
from ui.moderator.report_page import ReportPage
from ui.moderator.restore_dialog import RestoreDialog
from ui.moderator.security_box import SecurityBox, moderator_idle_lock
from ui.moderator.session import KdfChoice, ModeratorSession
from ui.moderator.start_page import StartPage
from ui.moderator.team_page import TeamPage
from ui.widgets.basics import label, named
from ui.widgets.file_dialogs import forget_dialog_state
from ui.widgets.secret_clipboard import SecretClipboard
from ui.widgets.style import STYLE_SHEET
from ui.workers import TaskRunner

APP_TITLE = "Sealnote Moderator"
DEMO_TITLE = "Sealnote Moderator — DEMO"
NAV_PAGES = ("inbox", "import", "team")


class ModeratorWindow(QMainWindow):
    """Sealnote Moderator: keys, import, inbox, triage, replies."""

    def __init__(self, paths: AppPaths, demo: bool = False, kdf: KdfChoice | None = None,
                 today: Callable[[], dt.date] = dt.date.today,
                 start_folder: Path | None = None, keyring: KeyringUnlock | None = None) -> None:
        super().__init__()
        self.setObjectName("moderatorWindow")
        self.setStyleSheet(STYLE_SHEET)
        self._base, self._kdf, self._today = paths, kdf or KdfChoice(), today
        self._keyring = ModeratorKeyring(
            paths.data, keyring or moderator_keyring_access(portable=paths.portable))
        self.idle_lock = moderator_idle_lock(self)
        self._start = start_folder or Path.home()
        self._session: ModeratorSession | None = None
        self._demo: DemoWorkspace | None = None
        self._runner = TaskRunner(self)
        self.clipboard = SecretClipboard(self)
        self.dialog: QWidget | None = None
        self._pages: dict[str, QWidget] = {}
        self._build()
        self._connect()
        self.resize(1100, 800)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.press_primary)
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search)
        self._set_session(None)
        if demo:
            self.start_demo()

    # ----------------------------------------------------------------- build

    def _build(self) -> None:
        self.start_page = StartPage(self._base, self._kdf, self._today, self._start,
                                    keyring=self._keyring)
        self.inbox_page = InboxPage()
        self.report_page = ReportPage(self.clipboard, self._today, self._start)
        self.import_page = ImportPage(self._start)
        self.security_box = SecurityBox(self.idle_lock)
        self.team_page = TeamPage(self._today, self._start, extra=self.security_box)
        self._stack = QStackedWidget()
        for name, page in (("start", self.start_page), ("inbox", self.inbox_page),
                           ("report", self.report_page), ("import", self.import_page),
                           ("team", self.team_page)):
            self._pages[name] = page
            self._stack.addWidget(page)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._banner = self._demo_banner()
        layout.addWidget(self._banner)
        self._nav = self._nav_bar()
        layout.addWidget(self._nav)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(18, 12, 18, 12)
        body_layout.addWidget(self._stack)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)

    def _demo_banner(self) -> QWidget:
        row = QWidget()
        row.setObjectName("demoBannerRow")
        row.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        banner = label(self.tr("DEMO — workshop mode: the demo team's keys are public; these "
                               "are sample reports, never real ones"), object_name="demoBanner")
        banner.setAccessibleName(banner.text())
        reset = push(self.tr("&Reset demo"), "resetDemoButton", self.tr("Reset demo"),
                     self.reset_demo)
        reset.setStyleSheet("QPushButton { background: white; color: #7a1912; font-weight: 700;"
                            " border: 1px solid white; border-radius: 4px; padding: 6px 14px; }"
                            "QPushButton:focus { border: 2px solid black; }")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.addWidget(banner, 1)
        layout.addWidget(reset)
        row.hide()
        return row

    def _nav_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("stepBar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._nav_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(bar)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(8, 0, 8, 0)
        titles = {"inbox": self.tr("Inbox"), "import": self.tr("Import"),
                  "team": self.tr("Team and keys")}
        for number, key in enumerate(NAV_PAGES, start=1):
            button = named(QPushButton(f"&{number}  {titles[key]}"), f"nav_{key}", titles[key])
            button.setCheckable(True)
            button.setProperty("step", True)
            button.clicked.connect(lambda _checked=False, k=key: self.go_to(k))
            group.addButton(button)
            self._nav_buttons[key] = button
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(push(self.tr("&Lock"), "lockButton",
                              self.tr("Lock: forget the keys until the next unlock"), self.lock))
        return bar

    def _connect(self) -> None:
        self.start_page.sessionReady.connect(self._set_session)
        self.start_page.demoRequested.connect(self.start_demo)
        self.start_page.restoreRequested.connect(self.show_restore)
        self.inbox_page.openRequested.connect(self.open_report)
        self.inbox_page.openFlaggedRequested.connect(self.open_flagged)
        self.import_page.flaggedRequested.connect(self.show_flagged)
        self.inbox_page.exportRequested.connect(self.show_export)
        self.report_page.backRequested.connect(lambda: self.go_to("inbox"))
        self.report_page.entryChanged.connect(self.inbox_page.update_entry)
        self.import_page.imported.connect(self._imported)
        self.team_page.backupRequested.connect(self.show_backup)
        self.idle_lock.idle.connect(lambda: self.lock("idle"))

    # ------------------------------------------------------------ navigation

    def go_to(self, name: str) -> None:
        """Show page ``name`` (start, inbox, report, import, team)."""
        if self._session is None:
            name = "start"
        self._stack.setCurrentWidget(self._pages[name])
        if name in self._nav_buttons:
            self._nav_buttons[name].setChecked(True)
        elif name == "report":
            self._nav_buttons["inbox"].setChecked(True)

    def current_page(self) -> str:
        """The name of the page on screen."""
        current = self._stack.currentWidget()
        return next(name for name, page in self._pages.items() if page is current)

    def page(self, name: str) -> QWidget:
        """A page by name (tests and screenshots)."""
        return self._pages[name]

    def page_names(self) -> list[str]:
        """Every page name."""
        return list(self._pages)

    def press_primary(self) -> bool:
        """Ctrl+Enter: the current page's main button, if it can be pressed."""
        page = self._stack.currentWidget()
        for button in page.findChildren(QPushButton) if page is not None else []:
            if button.property("primary") and button.isVisible() and button.isEnabled():
                button.click()
                return True
        return False

    def _focus_search(self) -> None:
        if self._session is not None:
            self.go_to("inbox")
            self.inbox_page.focus_search()

    # --------------------------------------------------------------- session

    def session(self) -> ModeratorSession | None:
        """The unlocked session (None on the start page)."""
        return self._session

    def is_demo(self) -> bool:
        """True in demo mode."""
        return self._demo is not None

    def _set_session(self, session: object) -> None:
        assert session is None or isinstance(session, ModeratorSession)
        self._session = session
        self._nav.setVisible(session is not None)
        self._banner.setVisible(self._demo is not None)
        self.setWindowTitle(DEMO_TITLE if self._demo is not None else APP_TITLE)
        for page in (self.import_page, self.team_page, self.report_page, self.security_box):
            page.set_session(session)
        if session is not None and self._demo is None:
            self.idle_lock.arm()
        else:
            self.idle_lock.disarm()
        if session is not None:
            self.inbox_page.set_entries(session.entries(), session.flagged())
        else:
            self.inbox_page.set_entries([])
        self.go_to("inbox" if session is not None else "start")

    def open_report(self, report_id: str) -> None:
        """Decrypt and show one report."""
        self.report_page.open_report(report_id)
        self.go_to("report")

    def open_flagged(self, pair: object) -> None:
        """Show a flagged file (a different file reusing an inbox report's id) read-only."""
        assert isinstance(pair, FlaggedPair)
        self.report_page.open_flagged(pair)
        self.go_to("report")

    def show_flagged(self) -> None:
        """The inbox's list of flagged files."""
        self.go_to("inbox")
        self.inbox_page.show_flagged()

    def _imported(self, entries: object, flagged: object) -> None:
        assert isinstance(entries, list) and isinstance(flagged, list)
        if self._session is not None:
            self.inbox_page.set_entries(entries, flagged)

    def lock(self, reason: str = "manual") -> None:
        """Forget the keys (and end demo mode); back to the start page. ``reason`` "idle"
        says so on the start page."""
        self.idle_lock.disarm()
        self._stop_work()
        key_file = self._session.key_file if self._session is not None else None
        if self._session is not None:
            self._session.close()
        if self._demo is not None:
            self._demo.close()
            self._demo = None
        self._set_session(None)
        if key_file is not None:  # ready to unlock again (kept in memory only)
            self.start_page.key_file.set_path(key_file)
        if reason == "idle":
            self.start_page.show_notice(self.tr(
                "Sealnote Moderator locked itself after %n minutes without activity. Unlock "
                "to go on.", "", self.idle_lock.minutes()))

    def _stop_work(self) -> None:
        """Cancel or finish every job, then deliver what they posted (before the pages are
        emptied: no result may arrive after the lock)."""
        self._runner.shut_down()
        for page in (self.start_page, self.import_page, self.team_page, self.report_page,
                     self.security_box):
            page.shut_down()
        QCoreApplication.sendPostedEvents()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        self.clipboard.clear_if_ours()

    def busy(self) -> bool:
        """True while any job runs."""
        return (self._runner.busy() or self.start_page.busy() or self.import_page.busy()
                or self.team_page.busy() or self.report_page.busy() or self.security_box.busy())

    # ------------------------------------------------------------------ demo

    def start_demo(self) -> None:
        """The demo team with fresh sample reports (sealed and imported in a worker)."""
        self.lock()
        self._demo = DemoWorkspace(self._base)
        self._set_session(self._demo.open_session())
        session, demo, today = self._session, self._demo, self._today()
        assert session is not None

        def job(progress: Callable[[int, int], None],
                cancel: Callable[[], bool]) -> tuple[ImportSummary, list[object], list[object]]:
            summary = demo.fill(session, today, progress, cancel)
            return summary, list(session.entries()), list(session.flagged())

        self.inbox_page.message.show_message("info", self.tr("Preparing the sample reports…"))
        self._runner.start(job, on_finished=self._demo_filled,
                           on_failed=lambda code: self.inbox_page.message.show_message(
                               "error", self.tr("The sample reports could not be made.")))

    def _demo_filled(self, result: object) -> None:
        assert isinstance(result, tuple)
        summary, entries, flagged = result
        self.import_page.show_summary(summary)
        self.inbox_page.set_entries(entries, flagged)
        self.inbox_page.message.clear()

    def reset_demo(self) -> None:
        """"Reset demo": a fresh folder, fresh samples, clipboard cleared."""
        if self._demo is not None:
            self.start_demo()

    # --------------------------------------------------------------- dialogs

    def _open_dialog(self, dialog: QWidget) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]  # every dialog here is a QDialog

    def show_restore(self) -> RestoreDialog:
        """"Restore keys from a backup…"."""
        dialog = RestoreDialog(self._kdf, self._start, self)
        dialog.restored.connect(self.start_page.open_restored)
        self._open_dialog(dialog)
        return dialog

    def show_backup(self, kind: str) -> QWidget | None:
        """Word shares or a passphrase backup of the keys."""
        if self._session is None:
            return None
        dialog: QWidget
        if kind == "shares":
            dialog = ShareBackupDialog(self._session.secrets, self._start, self)
        else:
            dialog = PassphraseBackupDialog(self._session.secrets, self._kdf, self._start, self)
        self._open_dialog(dialog)
        return dialog

    def show_export(self, report_ids: object) -> CaseExportDialog | None:
        """Export the selected reports for case work."""
        if self._session is None:
            return None
        assert isinstance(report_ids, list)
        dialog = CaseExportDialog(self._session, report_ids, self._start, self)
        self._open_dialog(dialog)
        return dialog

    # ----------------------------------------------------------------- close

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.shut_down()
        event.accept()

    def shut_down(self) -> None:
        """Stop workers, forget the keys, take back the clipboard, remove demo files."""
        self.lock()
        forget_dialog_state()
