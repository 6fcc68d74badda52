"""Render the moderator window's screens into docs/screenshots/moderator-*.png.

    xvfb-run -a -s "-screen 0 1280x1024x24" .venv/bin/python tests/ui/moderator/make_screenshots.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/moderator/make_screenshots.py [FOLDER]

Everything runs under a throwaway folder: a fictional team (cheap Argon2id, passed explicitly: it
is only ever opened here), fictional concerns, the public demo sample. Nothing real is read or
written, and the folder is removed at the end.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from app.attachments import prepare_attachment
from app.demo_team import SAMPLE_PHOTO, sample_form
from app.importing import item_from_file, item_from_text
from app.keyring_unlock import KeyringUnlock, class_name
from app.moderator_keyring import SERVICE as MODERATOR_SERVICE
from app.moderator_store import ensure_store_key
from app.paths import AppPaths
from app.report import CATEGORIES, URGENCY, ConcernForm
from app.sealing import SealRequest, seal_to_bytes
from app.team import create_team, save_key_file
from app.team_admin import prepare_new_moderator
from crypto.armor import split_into_parts
from crypto.card import TeamCard
from crypto.inner import REPORT_ID_BYTES, Manifest
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY
from crypto.keys import SecretKey
from crypto.padding import PaddingProfile
from crypto.seal import SystemEntropy, seal_report
from ui.app_setup import configure_application
from ui.moderator.i18n import install_moderator_translations
from ui.moderator.main_window import ModeratorWindow
from ui.moderator.session import KdfChoice

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "support"))  # shared helpers
from memory_keyring import MemoryKeyring  # noqa: E402
from screenshot_kit import save_png, settle, wait_for  # noqa: E402

SIZE = (1100, 800)
DEFAULT_OUTPUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
PASSPHRASE = "violet harbour lantern pebble orchard"
KDF = KdfChoice(WEAK_KDF_FOR_TESTS_ONLY, CHEAP_FOR_TESTS_ONLY, CHEAP_FOR_TESTS_ONLY)
TITLES = ("Editor questioned about protest article", "Article on the dam project blocked",
          "Home address of an editor posted", "Editor detained after a talk page post",
          "Lawsuit threat over a biography", "No coverage of the river pollution",
          "Account of a translator suspended", "Threats in the comments of a draft",
          "Photos of an editor shared in a group", "Archive of a news site taken down")


def save(widget: QWidget, folder: Path, name: str) -> None:
    """Grab ``widget`` into ``folder/moderator-name``."""
    save_png(widget, folder / f"moderator-{name}")


def new_window(root: Path, demo: bool = False) -> ModeratorWindow:
    window = ModeratorWindow(AppPaths.under(root / "app"), demo=demo, kdf=KDF,
                             start_folder=root)
    window.resize(*SIZE)
    window.show()
    wait_for(lambda: not window.busy())
    settle()
    return window


def idle(window: ModeratorWindow) -> None:
    wait_for(lambda: not window.busy())
    settle()


def make_team(root: Path) -> tuple[Path, TeamCard]:
    """A fictional team with three moderators, its key file under ``root``."""
    secrets, card = create_team("Wiki Safety Team", dt.date.today())
    secrets, _added = ensure_store_key(secrets)
    key_file = root / "team.key"
    save_key_file(key_file, secrets, PASSPHRASE, CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
    return key_file, card


def concern(number: int) -> ConcernForm:
    values = dict(sample_form().values, title=TITLES[number % len(TITLES)],
                  category=CATEGORIES[number % len(CATEGORIES)],
                  urgency=URGENCY[(number * 3) % len(URGENCY)])
    values["what_happened"] = values["what_happened"].replace("a workshop", "these pictures")
    return ConcernForm(values)


def seal(card: TeamCard, number: int, *, photo: bool = False, reply: bool = False) -> bytes:
    pdf = Path(tempfile.gettempdir()) / "statement.pdf"
    attachments = [*prepare_attachment(SAMPLE_PHOTO)] if photo else []
    if photo:
        pdf.write_bytes(b"%PDF-1.4\n% a tiny stand-in document\n%%EOF\n")
        attachments += prepare_attachment(pdf)
    request = SealRequest(card, concern(number), attachments,
                          reply_key=SecretKey.generate().public if reply else None,
                          today=dt.date.today() - dt.timedelta(days=number * 2))
    return seal_to_bytes(request)


def unlock(window: ModeratorWindow, key_file: Path) -> None:
    window.start_page.key_file.set_path(key_file)
    window.start_page.passphrase.setText(PASSPHRASE)
    window.start_page.unlock()
    wait_for(lambda: window.session() is not None)
    idle(window)


def shoot_start(root: Path, out: Path) -> None:
    window = new_window(root / "start")
    page = window.start_page
    page.key_file.set_path(Path("/media/moderator/KEYS/team.key"))  # shown, never opened
    page.passphrase.setText("a wrong passphrase")
    page.team_name.setText("Wiki Safety Team")
    page.new_passphrase.set_passphrase("violet harbour lantern")
    page.new_key_file.set_path(Path("/media/moderator/KEYS/new-team.key"))
    page.create_message.clear()
    save(window, out, "01-unlock-create.png")
    window.close()


def shoot_team(root: Path, out: Path, key_file: Path, card: TeamCard) -> None:
    window = new_window(root / "team")
    unlock(window, key_file)
    for _ in range(2):
        window.team_page.add_key(prepare_new_moderator(card).encryption_keys[0].public)
        idle(window)
    window.go_to("team")
    window.team_page.message.clear()
    save(window, out, "02-team-fingerprint-qr.png")
    dialog = window.show_backup("shares")
    dialog.threshold.setValue(2)
    dialog.count.setValue(3)
    dialog.create_shares(root / "keys-backup.bin")
    dialog.resize(760, 420)
    save(dialog, out, "10-word-share.png")
    dialog.close()
    window.close()


class _FixedId(SystemEntropy):
    """Fresh randomness except the report id: a different file reusing an id (flagged)."""

    def __init__(self, report_id: bytes) -> None:
        self._report_id = report_id

    def take(self, size: int) -> bytes:
        return self._report_id if size == REPORT_ID_BYTES else super().take(size)


def reused_id(card: TeamCard, report_id: str) -> bytes:
    manifest = Manifest(fields={"title": "Same id, other content", "category": "other",
                                "urgency": "low", "what_happened": "x", "safe_now": "safe",
                                "consent": "team_only"}, sealed_on=dt.date.today().isoformat())
    sink = io.BytesIO()
    seal_report(sink, list(card.moderators), manifest, [], profile=PaddingProfile.COMPACT,
                entropy=_FixedId(bytes.fromhex(report_id)))
    return sink.getvalue()


def shoot_import(root: Path, out: Path, key_file: Path, card: TeamCard) -> ModeratorWindow:
    """Every outcome at once: imported, already imported, flagged, failed (uniform), parts."""
    window = new_window(root / "main")
    unlock(window, key_file)
    incoming = root / "incoming"
    incoming.mkdir()
    for number in range(36):
        name = f"{SecretKey.generate().public.encode()[5:17]}.bin"
        (incoming / name).write_bytes(seal(card, number, photo=number == 0,
                                           reply=number % 3 == 0))
    window.import_page.import_folder(incoming)
    idle(window)
    _other, other_card = create_team("Another Team", dt.date.today())
    extra = root / "extra"
    extra.mkdir()
    first = sorted(incoming.iterdir())[0]
    broken = bytearray(first.read_bytes())
    broken[5000] ^= 1
    (extra / "3f9a0c1d2e4b.bin").write_bytes(bytes(broken))
    (extra / "77c2e01b9d5a.bin").write_bytes(seal(other_card, 3))
    (extra / "b41d5e6f7a80.bin").write_bytes(
        reused_id(card, window.inbox_page.model.entries()[5].report_id))
    (extra / "e0a1b2c3d4f5.bin").write_bytes(seal(card, 41))
    parts = split_into_parts(seal(card, 40), 400_000)
    items = [item_from_file(path) for path in sorted(incoming.iterdir())[:2]]
    items += [item_from_file(path) for path in sorted(extra.iterdir())]
    items.append(item_from_text("\n".join([parts[0], *parts[2:]]), "Pasted text"))
    window.go_to("import")
    window.import_page.start(items)
    idle(window)
    save(window, out, "03-import-results.png")
    return window


def shoot_inbox(window: ModeratorWindow, out: Path) -> None:
    window.go_to("inbox")
    page = window.inbox_page
    page.clear_filters()
    page.urgency.setCurrentIndex(page.urgency.findData("high"))
    page.search.setText("editor")
    page.apply_filters()
    page.view.selectRow(0)
    save(window, out, "04-inbox-filters.png")
    page.clear_filters()


def shoot_report(window: ModeratorWindow, out: Path) -> None:
    page = window.inbox_page
    with_files = next(e for e in page.model.entries() if e.attachments)
    window.open_report(with_files.report_id)
    idle(window)
    save(window, out, "05-report-attachments.png")
    triage = window.report_page.triage
    triage.set_status("in_review")
    idle(window)
    for tag in ("follow-up", "legal-aid"):
        triage.add_tag(tag)
        idle(window)
    triage.add_note("Asked a partner organisation for legal advice; waiting for their answer.")
    idle(window)
    triage.check_log()
    idle(window)
    save(window, out, "06-triage.png")
    window.report_page.tabs.setCurrentIndex(1)
    reply = window.report_page.reply
    reply.text.setPlainText("Thank you. We received your report and a lawyer we trust is "
                            "looking into it. Stay safe; we will write again within a week.")
    reply.status.setCurrentIndex(reply.status.findData("in_review"))
    reply.seal()
    idle(window)
    save(window, out, "07-reply.png")


def shoot_export(window: ModeratorWindow, out: Path) -> None:
    window.go_to("inbox")
    window.inbox_page.view.selectAll()
    dialog = window.show_export(window.inbox_page.selected_ids())
    assert dialog is not None
    dialog.resize(640, 330)
    save(dialog, out, "11-case-export.png")
    dialog.close()


def shoot_flagged(window: ModeratorWindow, out: Path, number: int = 12, language: str = "") -> None:
    """The flagged list (a different file reusing an inbox report's id), then one opened."""
    window.show_flagged()
    page = window.inbox_page.flagged
    page.view.setFocus()
    save(window, out, f"{number:02d}-{language}flagged-list.png")
    window.open_flagged(page.model.pair_at(0))
    idle(window)
    save(window, out, f"{number + 1:02d}-{language}flagged-report.png")


def import_twins(window: ModeratorWindow, root: Path, card: TeamCard) -> None:
    """A few reports, then a different file carrying the id of one of them."""
    folder = root / "twins"
    folder.mkdir()
    for number in range(4):
        (folder / f"{number}.bin").write_bytes(seal(card, number, reply=number == 1))
    window.import_page.import_folder(folder)
    idle(window)
    target = window.inbox_page.model.entries()[1].report_id
    (root / "twin.bin").write_bytes(reused_id(card, target))
    window.import_page.start([item_from_file(root / "twin.bin")])
    idle(window)


def shoot_demo(root: Path, out: Path) -> None:
    window = new_window(root / "demo", demo=True)
    save(window, out, "08-demo-banner.png")
    window.close()


def shoot_arabic(app: QApplication, root: Path, out: Path) -> None:
    language = configure_application(app, root / "settings-ar", "ar")
    install_moderator_translations(app, language)
    window = new_window(root / "arabic", demo=True)
    save(window, out, "09-arabic-inbox.png")
    window.close()


def shoot_arabic_flagged(root: Path, out: Path, key_file: Path, card: TeamCard) -> None:
    """After shoot_arabic (the Arabic catalogues are still installed)."""
    window = new_window(root / "arabic-flagged")
    unlock(window, key_file)
    import_twins(window, root, card)
    shoot_flagged(window, out, 14, "arabic-")
    window.close()


def shoot_security(root: Path, out: Path, key_file: Path, name: str) -> None:
    """The team page's "Locking and keyring" box with keyring unlock just turned on."""
    backend = MemoryKeyring()
    access = KeyringUnlock(backend_source=lambda: backend, service=MODERATOR_SERVICE,
                           trusted_for_tests_only=frozenset({class_name(backend)}))
    window = ModeratorWindow(AppPaths.under(root / name), kdf=KDF, start_folder=root,
                             keyring=access)
    window.resize(*SIZE)
    window.show()
    unlock(window, key_file)
    window.go_to("team")
    idle(window)
    window.security_box.keyring_box().click()
    idle(window)
    save(window, out, name)
    window.close()


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="sealnote-moderator-shots-") as scratch:
        root = Path(scratch)
        configure_application(app, root / "settings", "en")
        key_file, card = make_team(root)
        shoot_start(root, out)
        shoot_team(root, out, key_file, card)
        window = shoot_import(root, out, key_file, card)
        shoot_inbox(window, out)
        shoot_report(window, out)
        shoot_export(window, out)
        shoot_flagged(window, out)
        window.close()
        shoot_security(root, out, key_file, "16-keyring-lock-settings.png")
        shoot_demo(root, out)
        shoot_arabic(app, root, out)
        shoot_arabic_flagged(root, out, key_file, card)
        shoot_security(root, out, key_file, "17-arabic-keyring-lock-settings.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
