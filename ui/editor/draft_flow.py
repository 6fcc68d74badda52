"""The drafts in the window: what the pages hold is saved, and drafts are opened, listed, started
and deleted. Glue between the DraftKeeper (no widgets) and the workspace's pages.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.drafts import Draft
from ui.editor.draft_keeper import DraftKeeper, DraftListing, DraftSnapshot
from ui.editor.vault_session import VaultSession
from ui.editor.window_parts import Workspace
from ui.messages import message_for
from ui.widgets.secret_clipboard import SecretClipboard


class DraftFlow(QObject):
    """Keeps the current draft saved and moves between drafts."""

    navigate = Signal(str)  # a page the window should show
    contentReset = Signal()  # the form now holds another draft, or none

    def __init__(self, session: VaultSession, workspace: Workspace,
                 clipboard: SecretClipboard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session, self._ws, self._clipboard = session, workspace, clipboard
        self.keeper = DraftKeeper(session, self.snapshot, self)
        self._arriving = False
        keeper, ws = self.keeper, workspace
        ws.form_page.changed.connect(keeper.schedule)
        ws.attachments_page.changed.connect(keeper.schedule)
        ws.drafts_page.newRequested.connect(self.new_report)
        ws.drafts_page.openRequested.connect(self.open_draft)
        ws.drafts_page.deleteRequested.connect(self.delete_draft)
        keeper.loaded.connect(self._apply)
        keeper.listed.connect(self._listed)
        keeper.deleted.connect(lambda _id: keeper.refresh_list())
        keeper.saveFailed.connect(self._save_failed)
        keeper.failed.connect(lambda code: ws.show_message("error", message_for(code)))
        keeper.stateChanged.connect(self.update_status)
        keeper.saved.connect(self.update_status)

    def snapshot(self) -> DraftSnapshot:
        """What the pages hold now."""
        return DraftSnapshot(self._ws.form_page.form(), self._ws.attachments_page.stored(),
                             self._ws.form_page.own_username())

    def arrive(self) -> None:
        """Just unlocked: list the drafts, then reopen the one open when locking (if any)."""
        self._ws.attachments_page.set_storer_source(self.keeper.attachment_storer)
        self._arriving = True
        self.keeper.refresh_list()
        self.update_status()

    def leave(self) -> None:
        """Locked: attachments are no longer copied anywhere."""
        self._ws.attachments_page.set_storer_source(None)

    def clear_pages(self) -> None:
        """Nothing of a report stays on screen or on the clipboard (lock, wipe, new report)."""
        ws = self._ws
        with self.keeper.quiet():
            ws.form_page.clear()
            ws.form_page.mark_clean()
            ws.attachments_page.clear()
        for page in (ws.review_page, ws.qr_page, ws.parts_page, ws.drafts_page):
            page.clear()
        ws.security_page.clear_fields()
        ws.clear_message()
        self._clipboard.clear_if_ours()

    def _listed(self, items: object) -> None:
        assert isinstance(items, list)
        listing: list[DraftListing] = items
        self._ws.drafts_page.set_listing(listing, self.keeper.current_id())
        arriving, self._arriving = self._arriving, False
        if not arriving or self._ws.current_page() != "drafts":
            return  # the person already moved on
        resume = self.keeper.resume_id()
        if resume is not None and resume in [item.draft_id for item in listing]:
            self.open_draft(resume)
        elif not listing:
            self.navigate.emit("form")

    def open_draft(self, draft_id: str) -> None:
        """Open a draft in the form (the current one is saved first)."""
        if draft_id == self.keeper.current_id():
            self.navigate.emit("form")
        else:
            self.keeper.open(draft_id)

    def _apply(self, draft: object) -> None:
        assert isinstance(draft, Draft)
        store = self._session.store()
        if store is None:
            return
        ws = self._ws
        with self.keeper.quiet():
            ws.form_page.set_form(draft.form)
            ws.form_page.set_own_username(draft.own_username)
            ws.attachments_page.clear()
            ws.attachments_page.restore(
                draft.attachments, lambda item: store.prepared(draft.draft_id, item))
        ws.review_page.clear()
        self.contentReset.emit()
        self.navigate.emit("form")
        self.keeper.refresh_list()

    def new_report(self) -> None:
        """Start an empty report (the current draft stays in the list)."""
        if not self.keeper.active():
            return
        self.keeper.new_draft()
        self.clear_pages()
        self.contentReset.emit()
        self.navigate.emit("form")
        self.keeper.refresh_list()

    def delete_draft(self, draft_id: str) -> None:
        """Delete a draft for good (if it is the open one, the form empties)."""
        if draft_id == self.keeper.current_id():
            self._ws.attachments_page.stop_work()
            self.keeper.delete(draft_id)
            self.clear_pages()
            self.contentReset.emit()
        else:
            self.keeper.delete(draft_id)
        self._ws.drafts_page.show_message("success", self.tr("The draft was deleted."))

    def delete_current_draft(self) -> None:
        """"Delete the draft" after an export."""
        draft_id = self.keeper.current_id()
        if draft_id is not None:
            self.delete_draft(draft_id)
        self.navigate.emit("drafts")

    def _save_failed(self, code: str, disk_full: bool) -> None:
        self._ws.show_message("error", message_for("draft.disk_full" if disk_full else code))
        self.update_status()

    def update_status(self) -> None:
        """The short save status at the end of the step bar."""
        if not self._session.is_unlocked():
            self._ws.set_status("")
        elif self._session.is_ram_only():
            self._ws.set_status(self.tr("Not saved (RAM-only)"))
        elif self.keeper.pending():
            self._ws.set_status(self.tr("Saving…"))
        elif self.keeper.current_id() is not None:
            self._ws.set_status(self.tr("Saved, encrypted"))
        else:
            self._ws.set_status("")
