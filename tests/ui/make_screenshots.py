"""Render every screen of the editor into docs/screenshots/*.png (for docs and for looking).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/make_screenshots.py [OUTPUT_FOLDER]
    xvfb-run -a -s "-screen 0 1280x1024x24" .venv/bin/python tests/ui/make_screenshots.py

Everything runs under a throwaway folder: a fictional team card, the public demo sample. Nothing
real is read or written, and the folder is removed at the end. Vaults use the test-only Argon2id
settings (crypto.keyfile's CHEAP_FOR_TESTS_ONLY / WEAK_KDF_FOR_TESTS_ONLY), passed explicitly.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from app.card_trust import accept
from app.demo_team import SAMPLE_PHOTO, sample_form
from app.paths import AppPaths
from app.report import ConcernForm
from crypto.card import TeamCard, issue_card
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY
from crypto.keys import IdentitySecretKey, SecretKey
from ui.app_setup import configure_application, install_translations
from ui.editor.main_window import EditorWindow
from ui.editor.vault_session import VaultOptions

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))  # shared helpers
from screenshot_kit import save_png, settle, wait_for  # noqa: E402

SIZE = (1100, 800)
DEFAULT_OUTPUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PASSPHRASE = "maple orbit lantern pebble harbour"
OPTIONS = VaultOptions(CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY, autosave_ms=200)


def save(widget: QWidget, folder: Path, name: str) -> Path:
    """Grab ``widget`` into ``folder/name``."""
    return save_png(widget, folder / name)


def example_card() -> TeamCard:
    """A fictional real-mode team (random keys, thrown away)."""
    today = dt.date.today()
    return issue_card("Wiki Safety Team", IdentitySecretKey.generate(),
                      [SecretKey.generate().public for _ in range(3)],
                      today - dt.timedelta(days=30), today + dt.timedelta(days=335))


def new_window(root: Path, demo: bool = False, unlock: bool = True) -> EditorWindow:
    """A window on its own folders under ``root`` (a real-mode one gets a vault, unlocked)."""
    window = EditorWindow(AppPaths.under(root), demo=demo, start_folder=root,
                          vault_options=OPTIONS)
    window.resize(*SIZE)
    window.show()
    if demo:
        wait_for(lambda: not window.attachments_page.busy())
    elif unlock:
        open_vault(window)
    settle()
    return window


def open_vault(window: EditorWindow, passphrase: str = PASSPHRASE) -> None:
    """Create the vault on first run, or unlock it; wait until the drafts are open."""
    if window.current_page() == "first_run":
        window.gate.first_run.fields.set_passphrase(passphrase)
        window.gate.first_run.request_create()
    else:
        window.gate.unlock.passphrase.setText(passphrase)
        window.gate.unlock.request_unlock()
    wait_for(window.session.is_unlocked)
    wait_for(window.session.queue_idle)


def close(window: EditorWindow) -> None:
    """Close without the unsaved-text question."""
    window.form_page.mark_clean()
    window.close()
    window.deleteLater()
    settle()


def shoot_first_run(root: Path, out: Path) -> None:
    """First run with a card loaded, waiting for the fingerprint check."""
    window = new_window(root / "first-run")
    window.card_page.load_text(example_card().text)
    save(window, out, "01-first-run-card.png")
    close(window)


def trusted_window(root: Path) -> EditorWindow:
    """A real-mode window that already trusts the example card."""
    paths = AppPaths.under(root).ensure()
    accept(paths, example_card())
    return new_window(root)


def shoot_form(root: Path, out: Path) -> None:
    """The form filled in (with the own-username warning), then the empty form's errors."""
    window = trusted_window(root / "form")
    values = dict(sample_form().values, title="Editor questioned about protest article")
    values["what_happened"] += "\n\nThe caller also named me (Sunbird_42) and my edits."
    window.form_page.set_form(ConcernForm(values))
    window.form_page.set_own_username("Sunbird 42")
    save(window, out, "02-form.png")
    window.form_page.set_form(ConcernForm({"wiki_links": "wiki.example.org/w/12345"}))
    window.form_page.request_next()
    save(window, out, "03-form-validation.png")
    close(window)


def shoot_attachments(root: Path, out: Path) -> None:
    """The GPS photo cleaned, plus a PDF whose metadata stays."""
    window = trusted_window(root / "attachments")
    window.form_page.set_form(sample_form())
    pdf = root / "statement.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% a tiny stand-in document\n%%EOF\n")
    window.attachments_page.add_files([SAMPLE_PHOTO, pdf])
    wait_for(lambda: not window.attachments_page.busy())
    window.go_to("attachments")
    window.attachments_page.select_row(0)
    save(window, out, "04-attachments.png")
    window.go_to("review")
    save(window, out, "05-review.png")
    close(window)


def shoot_progress(root: Path, out: Path) -> None:
    """Sealing a large attachment: the progress bar and Cancel."""
    window = trusted_window(root / "progress")
    window.form_page.set_form(sample_form())
    video = root / "interview.mkv"
    subprocess.run(["truncate", "-s", "1G", str(video)], check=True)
    window.attachments_page.add_files([video])
    window.go_to("attachments")
    window.attachments_page.select_row(0)
    wait_for(lambda: "Encrypting" in window.attachments_page.verdict(0)
             and "0%" not in window.attachments_page.verdict(0))
    save(window, out, "06a-attachment-into-draft.png")
    wait_for(lambda: not window.attachments_page.busy(), timeout_s=120)
    window.go_to("review")
    panel = window.review_page.panel
    panel.seal_to_path(root / "sealed.bin")
    wait_for(lambda: panel.findChild(QWidget, "sealProgress").property("value") > 40)
    save(window, out, "06-progress.png")
    panel.cancel()
    wait_for(lambda: not panel.busy())
    save(window, out, "07-cancelled.png")
    close(window)


def shoot_exports(root: Path, out: Path) -> None:
    """QR codes and parts of the demo sample (text only)."""
    window = new_window(root / "exports", demo=True)
    window.attachments_page.clear()
    window.go_to("review")
    window.review_page.show_qr()
    wait_for(lambda: window.current_page() == "qr")
    save(window, out, "08-qr-codes.png")
    window.go_to("review")
    window.review_page.split_into_parts()
    wait_for(lambda: window.current_page() == "parts")
    window.parts_page.set_part_size(300_000)
    save(window, out, "09-parts.png")
    close(window)


def shoot_outbox(root: Path, out: Path) -> None:
    """Two sealed files in the outbox, one marked as sent; the text copied to the clipboard."""
    window = new_window(root / "outbox", demo=True)
    window.go_to("review")
    panel = window.review_page.panel
    for _ in range(2):
        panel.save_to_outbox()
        wait_for(lambda: not panel.busy())
    panel.copy_as_text()
    wait_for(lambda: not panel.busy())
    save(window, out, "10-review-demo-copied.png")
    window.go_to("outbox")
    window.outbox_page.select_name(window.outbox_page.names()[-1])
    window.outbox_page.mark_selected_sent()
    save(window, out, "11-outbox.png")
    window.clipboard.clear_if_ours()
    close(window)


def fill_draft(window: EditorWindow, title: str, what: str) -> None:
    """A draft with ``title``, saved."""
    window.new_report()
    window.form_page.set_form(ConcernForm(dict(sample_form().values, title=title,
                                               what_happened=what)))
    window.form_page.set_value("urgency", "high")
    window.keeper.save_now()
    wait_for(lambda: not window.keeper.pending() and window.session.queue_idle())


def shoot_vault(root: Path, out: Path) -> None:
    """First run with strength feedback, drafts, security, lock screens, wipe."""
    folder = root / "vault"
    accept(AppPaths.under(folder).ensure(), example_card())
    window = new_window(folder, unlock=False)
    window.gate.first_run.fields.set_passphrase("freedom2024", "freedom2024")
    save(window, out, "16-first-run-passphrase.png")
    open_vault(window)
    for title in ("Editor questioned about protest article", "Threats after the election edits",
                  "Blocked article on the river dam"):
        fill_draft(window, title, "Three men came to the office and asked about my edits.")
    window.go_to("drafts")
    wait_for(lambda: len(window.drafts_page.titles()) == 3)
    save(window, out, "20-drafts.png")
    window.go_to("security")
    wait_for(lambda: window.security_page.keyring_reason() not in ("", "Checking the system "
                                                                   "keyring…"))
    save(window, out, "22-security.png")
    window.idle_lock.set_interval_ms(50)
    wait_for(lambda: window.current_page() == "unlock")
    window.idle_lock.reload()
    save(window, out, "18-locked.png")
    close(window)
    window = new_window(folder, unlock=False)
    save(window, out, "17-unlock.png")
    open_vault(window)
    window.request_wipe()
    save(window, out, "19-wipe-confirmation.png")
    window.wipe_now()
    wait_for(lambda: window.current_page() == "first_run")
    save(window, out, "21-wiped.png")
    close(window)


def shoot_demo(root: Path, out: Path) -> None:
    """Demo mode: the banner and the prefilled sample."""
    window = new_window(root / "demo", demo=True)
    save(window, out, "12-demo-banner.png")
    close(window)


def shoot_rtl(app: QApplication, root: Path, out: Path) -> None:
    """Arabic (form, review) and Persian (first run), right to left."""
    install_translations(app, "ar")
    window = new_window(root / "ar", demo=True)
    save(window, out, "13-arabic-form.png")
    window.go_to("review")
    save(window, out, "14-arabic-review.png")
    close(window)
    install_translations(app, "fa")
    window = new_window(root / "fa", unlock=False)
    window.gate.first_run.fields.set_passphrase("maple orbit", "maple orbit")
    save(window, out, "23-persian-first-run-passphrase.png")
    open_vault(window)
    window.card_page.load_text(example_card().text)
    save(window, out, "15-persian-first-run.png")
    window.lock_now()
    wait_for(lambda: window.current_page() == "unlock")
    save(window, out, "24-persian-locked.png")
    close(window)
    install_translations(app, "ar")
    window = new_window(root / "ar-wipe")
    window.request_wipe()
    save(window, out, "25-arabic-wipe-confirmation.png")
    close(window)
    install_translations(app, "en")


def main(argv: list[str]) -> int:
    """Render every screen into the folder given (default: docs/screenshots)."""
    out = Path(argv[0]) if argv else DEFAULT_OUTPUT
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="sealnote-shots-") as scratch:
        root = Path(scratch)
        configure_application(app, root / "settings", "en")
        for shoot in (shoot_first_run, shoot_form, shoot_attachments, shoot_progress,
                      shoot_exports, shoot_outbox, shoot_demo, shoot_vault):
            shoot(root, out)
        shoot_rtl(app, root, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
