"""The GUI's one table from error codes to translated text (mirrors app/cli/messages.py).

Both windows use it: the editor's codes and the moderator's (team, backups, store, triage,
replies, exports) are in the same table, so a code has one text wherever it is shown.

Messages are shown inline, next to the field or in a message bar: never in a pop-up. They are
calm and say what to do next; none of them repeats report content, file names or paths.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import public_code
from crypto.errors import MissingParts

translate = QCoreApplication.translate


def _card_and_key_errors() -> dict[str, str]:
    """Codes shared with the CLI (app/cli/messages.py): opening, cards, keys."""
    return {
        "open.failed": translate(
            "Messages",
            "This report cannot be opened. It was not sealed to your team's keys, or it was "
            "damaged on the way."),
        "armor.invalid": translate(
            "Messages",
            "The text is not a complete sealed message. Copy everything from the BEGIN line "
            "to the END line."),
        "armor.missing_parts": translate(
            "Messages",
            "Parts {missing} of {total} are missing."),
        "card.invalid": translate(
            "Messages",
            "This is not a valid team card. It may be damaged or forged: get the card again "
            "from your team."),
        "card.expired": translate(
            "Messages",
            "This team card has expired. Ask your team for their current card."),
        "card.demo_refused": translate(
            "Messages",
            "This is the public demo card: it only works in demo mode. Import your team's "
            "real card."),
        "card.real_in_demo": translate(
            "Messages",
            "Demo mode only uses the built-in demo team. Start Sealnote without demo mode "
            "to use a real team card."),
        "keyfile.invalid": translate(
            "Messages",
            "This is not a usable key file."),
        "keyfile.kdf_refused": translate(
            "Messages",
            "The key file asks for unsafe settings. It was not made by Sealnote or was "
            "altered."),
        "keyfile.wrong_passphrase": translate(
            "Messages",
            "Wrong passphrase, or the key file was altered. Check the keyboard layout and "
            "try again."),
        "key.encoding": translate(
            "Messages",
            "This key is not valid. Copy the whole key."),
        "passphrase.too_short": translate(
            "Messages",
            "The passphrase is too short: use at least 8 characters. Several words are "
            "best."),
        "passphrase.mismatch": translate(
            "Messages",
            "The two passphrases differ. Type the same passphrase twice."),
        "passphrase.unavailable": translate(
            "Messages",
            "No passphrase was given."),
    }


def _file_errors() -> dict[str, str]:
    """Codes shared with the CLI: forms, files, sealing."""
    return {
        "form.invalid": translate(
            "Messages",
            "Some fields need attention. They are marked in the form."),
        "attachment.unreadable": translate(
            "Messages",
            "A file cannot be read. Check that it still exists."),
        "attachment.not_a_file": translate(
            "Messages",
            "This is not a regular file. Attach files, not folders."),
        "input.unreadable": translate(
            "Messages",
            "The file cannot be read."),
        "output.exists": translate(
            "Messages",
            "A file with this name already exists. Choose another name."),
        "output.terminal": translate(
            "Messages",
            "Refusing to write binary data to a terminal."),
        "io.write_failed": translate(
            "Messages",
            "Writing failed (is the disk full or write-protected?). Nothing was left "
            "half-written."),
        "io.failed": translate(
            "Messages",
            "A file operation failed. Check the place you chose and the free space."),
        "seal.source_changed": translate(
            "Messages",
            "A file changed while it was being sealed. Nothing was written: please try "
            "again."),
        "seal.failed": translate(
            "Messages",
            "Sealing failed. Nothing was written."),
        "team.invalid_name": translate(
            "Messages",
            "The team name is not valid."),
        "team.invalid_validity": translate(
            "Messages",
            "The validity must be 1 to 1830 days."),
        "cancelled": translate(
            "Messages",
            "Cancelled. Nothing was written."),
        "system.out_of_memory": translate(
            "Messages",
            "Out of memory. Close other programs and try again."),
        "internal": translate(
            "Messages",
            "Something unexpected went wrong. Nothing was sent anywhere."),
    }


def _field_errors() -> dict[str, str]:
    """Codes only the window uses: the form's inline errors."""
    return {
        "field.required": translate(
            "Messages",
            "Please fill this in."),
        "field.too_long": translate(
            "Messages",
            "This is too long. Please shorten it."),
        "field.invalid_choice": translate(
            "Messages",
            "Please choose one of the options."),
        "field.invalid_date": translate(
            "Messages",
            "This date does not exist. Use YYYY-MM-DD, or describe it in words."),
        "field.future_date": translate(
            "Messages",
            "This date is in the future."),
        "field.invalid_link": translate(
            "Messages",
            "One of the links is not a web address. Put one link per line, starting with "
            "https://"),
        "field.contact_details_needed": translate(
            "Messages",
            "Say how the team can reach you, or choose another contact option."),
    }


def _other_gui_errors() -> dict[str, str]:
    """Codes only the window uses: outbox, exports, attachments."""
    return {
        "outbox.invalid_name": translate(
            "Messages",
            "This is not a file of the outbox."),
        "outbox.not_found": translate(
            "Messages",
            "This file is no longer in the outbox."),
        "qr.too_large": translate(
            "Messages",
            "This report is too long for QR codes. Save a file instead."),
        "export.too_large": translate(
            "Messages",
            "This report is too large to export as text. Save a file instead."),
        "card.file_unreadable": translate(
            "Messages",
            "This file cannot be read as a team card."),
        "attachment.duplicate": translate(
            "Messages",
            "This file is already attached."),
        "attachments.checking": translate(
            "Messages",
            "Still checking the attachments: sealing is possible in a moment."),
        "reply.open_failed": translate(
            "Messages",
            "This reply cannot be opened. It was not sent to a reply key kept on this "
            "computer, or it was damaged on the way."),
    }


def _vault_errors() -> dict[str, str]:
    """Codes of the drafts vault (app.vault, app.drafts)."""
    return {
        "vault.wrong_passphrase": translate(
            "Messages",
            "Wrong passphrase. Check the keyboard layout and Caps Lock, and try again."),
        "vault.empty_passphrase": translate(
            "Messages",
            "Type your passphrase."),
        "vault.corrupt": translate(
            "Messages",
            "The file that protects your drafts is damaged, so they cannot be opened."),
        "vault.unsupported": translate(
            "Messages",
            "Your drafts were saved by a newer version of Sealnote. Open them with that "
            "version."),
        "vault.kdf_refused": translate(
            "Messages",
            "The file that protects your drafts asks for unsafe settings: it was not made by "
            "Sealnote or was altered."),
        "vault.missing": translate(
            "Messages",
            "There are no protected drafts on this computer yet."),
        "vault.exists": translate(
            "Messages",
            "Protected drafts already exist on this computer. Unlock them instead."),
        "vault.locked": translate(
            "Messages",
            "Sealnote is locked. Unlock it to go on."),
        "vault.ram_only": translate(
            "Messages",
            "Not in RAM-only mode: nothing is kept on this computer."),
        "vault.keyring_key_rejected": translate(
            "Messages",
            "The key in the system keyring does not open your drafts."),
        "vault.bad_wrapping_key": translate(
            "Messages",
            "The system keyring could not be set up for Sealnote."),
        "io.read_failed": translate(
            "Messages",
            "A file could not be read. Check the disk."),
        "draft.save_failed": translate(
            "Messages",
            "Your draft could not be saved. What you see is still here: check the disk, then "
            "keep typing to try again."),
        "draft.disk_full": translate(
            "Messages",
            "The disk is full: your draft could not be saved. What you see is still here: free "
            "some space, then keep typing to try again."),
        "draft.corrupt": translate(
            "Messages",
            "This draft is damaged and cannot be opened."),
        "draft.not_found": translate(
            "Messages",
            "This draft no longer exists."),
        "draft.unreadable": translate(
            "Messages",
            "This draft cannot be read. Check the disk."),
        "draft.delete_failed": translate(
            "Messages",
            "The draft could not be deleted completely. Try again."),
    }


def _damaged_store_errors() -> dict[str, str]:
    """A stored file that does not decrypt (normally reported as draft.corrupt)."""
    damaged = translate("Messages", "Something stored on this computer is damaged and cannot "
                        "be opened.")
    return {code: damaged for code in ("vault.blob_corrupt", "vault.stream_corrupt",
                                       "vault.stream_truncated", "vault.stream_trailing")}


def _keyring_errors() -> dict[str, str]:
    """Why keyring unlock is not offered or did not work (app.keyring_unlock)."""
    return {
        "keyring.no_backend": translate(
            "Messages",
            "No system keyring is available in this session."),
        "keyring.insecure_backend": translate(
            "Messages",
            "The only keyring found keeps secrets in a plain file, which is not safe: Sealnote "
            "does not use it."),
        "keyring.unsupported_backend": translate(
            "Messages",
            "The keyring found is not one Sealnote trusts."),
        "keyring.portable_mode": translate(
            "Messages",
            "Not in portable mode: the system keyring belongs to this computer, not to your "
            "stick."),
        "keyring.timeout": translate(
            "Messages",
            "The system keyring did not answer in time. It may be locked."),
        "keyring.locked": translate(
            "Messages",
            "The system keyring is locked. Unlock it, then try again."),
        "keyring.failed": translate(
            "Messages",
            "The system keyring did not work."),
        "keyring.not_found": translate(
            "Messages",
            "The system keyring no longer holds Sealnote's key."),
        "keyring.bad_item": translate(
            "Messages",
            "The key in the system keyring is damaged."),
        "keyring.not_enabled": translate(
            "Messages",
            "Unlocking with the system keyring is not turned on."),
        "keyring.not_given": translate(
            "Messages",
            "The key in the system keyring could not be reached."),
    }


def _team_errors() -> dict[str, str]:
    """Team administration (app.team, app.team_admin) and the moderator's key file."""
    return {
        "team.invalid_key": translate(
            "Messages",
            "This is not a moderator's public key. Copy the whole key: it starts with "
            "“snpk1”."),
        "team.moderator_exists": translate(
            "Messages",
            "This moderator is already on the team card."),
        "team.full": translate(
            "Messages",
            "A team has at most {maximum} moderators. Remove one first."),
        "team.no_identity": translate(
            "Messages",
            "This key file holds no team identity key: only the moderator who holds it can "
            "change the team."),
        "team.card_damaged": translate(
            "Messages",
            "The team card stored in the key file is damaged. Restore the keys from a backup."),
        "team.identity_mismatch": translate(
            "Messages",
            "The team card in the key file was not issued by its identity key. Restore the "
            "keys from a backup."),
        "team.demo_read_only": translate(
            "Messages",
            "The demo team cannot be changed: its keys are public."),
        "team.invalid_card": translate(
            "Messages",
            "A new team card could not be made. Nothing was changed."),
        "team.moderator_unknown": translate(
            "Messages",
            "This key is not on the team card."),
        "team.cannot_remove_self": translate(
            "Messages",
            "You cannot remove your own key. Another moderator who holds the team identity "
            "can do it, or rotate the keys."),
        "team.last_moderator": translate(
            "Messages",
            "The last moderator cannot be removed: a team needs at least one."),
        "team.name_required": translate(
            "Messages",
            "Give the team a name (editors see it on the card)."),
        "keyfile.location_required": translate(
            "Messages",
            "Choose where to save the key file."),
        "keyfile.not_found": translate(
            "Messages",
            "Choose your key file first."),
        "passphrase.weak": translate(
            "Messages",
            "This passphrase is too easy to guess. Use five or more random words."),
    }


def _backup_errors() -> dict[str, str]:
    """Backups of the moderator's keys (app.key_backup)."""
    return {
        "backup.invalid_threshold": translate(
            "Messages",
            "Choose at least 2 shares needed, and no more shares than you make (at most "
            "{maximum})."),
        "backup.not_a_backup": translate(
            "Messages",
            "This is not a Sealnote backup file."),
        "backup.share_invalid": translate(
            "Messages",
            "Share {share} is not valid: check every word for a typing mistake."),
        "backup.share_other_set": translate(
            "Messages",
            "Share {share} belongs to a different backup."),
        "backup.not_enough_shares": translate(
            "Messages",
            "{needed} different shares are needed; {given} were given."),
        "backup.shares_inconsistent": translate(
            "Messages",
            "These shares do not fit together. Check that they come from the same backup."),
        "backup.does_not_open": translate(
            "Messages",
            "The shares and the backup file do not belong together, or the file was altered."),
        "backup.damaged": translate(
            "Messages",
            "The backup opened but its content is damaged."),
    }


def _store_errors() -> dict[str, str]:
    """The moderator's report store and imports (app.moderator_store, app.importing)."""
    return {
        "store.no_key": translate(
            "Messages",
            "This key file has no key for the report store."),
        "store.index_unreadable": translate(
            "Messages",
            "The list of imported reports cannot be read. It belongs to another key file or "
            "was altered."),
        "store.unknown_report": translate(
            "Messages",
            "This report is no longer in the inbox."),
        "store.original_missing": translate(
            "Messages",
            "The sealed original of this report is missing from the store."),
        "store.original_unreadable": translate(
            "Messages",
            "The sealed original of this report no longer opens: it was damaged or altered "
            "on this computer."),
        "store.no_such_attachment": translate(
            "Messages",
            "This report has no such attachment."),
        "store.duplicate_id": translate(
            "Messages",
            "A report with this id is already in the inbox."),
        "input.too_large": translate(
            "Messages",
            "This file is too large to be a sealed text message."),
        "input.changed": translate(
            "Messages",
            "A file changed while it was being imported. Import it again."),
    }


def _triage_errors() -> dict[str, str]:
    """Triage and its log (app.triage, app.triage_log)."""
    return {
        "triage.invalid_status": translate(
            "Messages",
            "Choose one of the statuses."),
        "triage.invalid_note": translate(
            "Messages",
            "A note must not be empty and must be at most 20,000 characters."),
        "triage.invalid_tag": translate(
            "Messages",
            "A tag is one short line of at most 40 characters."),
        "triage.too_many_tags": translate(
            "Messages",
            "A report can have at most 32 tags."),
        "triage.log_damaged": translate(
            "Messages",
            "The triage log is damaged. Check it from a report's triage panel."),
        "triage.log_unreadable": translate(
            "Messages",
            "The triage log file is not a triage log."),
        "triage.unknown_action": translate(
            "Messages",
            "This triage action is not known."),
    }


def _reply_and_export_errors() -> dict[str, str]:
    """Sealed replies and case exports (app.replies, app.case_export)."""
    return {
        "reply.no_reply_key": translate(
            "Messages",
            "The editor did not ask for a reply: this report carries no reply key."),
        "reply.demo_mismatch": translate(
            "Messages",
            "Demo reports can only be answered in demo mode, and real reports only outside it."),
        "reply.invalid_status": translate(
            "Messages",
            "Choose one of the statuses."),
        "reply.message_too_long": translate(
            "Messages",
            "The reply is too long: at most {limit} characters."),
        "reply.invalid_message": translate(
            "Messages",
            "The reply cannot be sealed. Remove unusual control characters and try again."),
        "reply.other_report": translate(
            "Messages",
            "This reply answers a different report."),
        "export.needs_ack": translate(
            "Messages",
            "Tick the box to confirm that you understand the file is not encrypted."),
        "export.invalid_format": translate(
            "Messages",
            "Choose JSON or CSV."),
        "export.nothing_selected": translate(
            "Messages",
            "Select one or more reports in the inbox first."),
    }


def _moderator_keyring_errors() -> dict[str, str]:
    """Keyring unlock of the moderator's key file (app.moderator_keyring)."""
    return {
        "keyring.copy_outdated": translate(
            "Messages",
            "The key file changed since keyring unlock was turned on. Unlock once with the "
            "passphrase: the keyring copy is then brought up to date."),
        "keyring.copy_damaged": translate(
            "Messages",
            "The keyring copy of your keys on this computer is damaged. Unlock with the "
            "passphrase, then turn keyring unlock on again."),
        "keyring.copy_rejected": translate(
            "Messages",
            "The key in the system keyring does not open the keyring copy of your keys. Unlock "
            "with the passphrase, then turn keyring unlock on again."),
        "keyring.demo_mode": translate(
            "Messages",
            "Not in demo mode: the demo team's keys are public."),
        "keyfile.passphrase_needed": translate(
            "Messages",
            "Type the key file's passphrase: this change saves the key file again under it."),
    }


def _table() -> dict[str, str]:
    return {**_card_and_key_errors(), **_file_errors(), **_field_errors(),
            **_other_gui_errors(), **_vault_errors(), **_damaged_store_errors(),
            **_keyring_errors(), **_team_errors(), **_backup_errors(), **_store_errors(),
            **_triage_errors(), **_reply_and_export_errors(), **_moderator_keyring_errors()}


def known_codes() -> frozenset[str]:
    """Every code the table has text for."""
    return frozenset(_table())


def message_for(code: str, **params: object) -> str:
    """The translated text for ``code`` (unknown codes get the "internal" text)."""
    table = _table()
    text = table.get(code, table["internal"])
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return table["internal"] if "{" in text else text


def message_for_error(error: BaseException) -> str:
    """The translated text for an exception raised by the core."""
    params: dict[str, object] = dict(getattr(error, "params", {}))
    if isinstance(error, MissingParts):
        params.update(missing=", ".join(map(str, error.missing)), total=error.total)
    return message_for(public_code(error), **params)


def field_error(code: str) -> str:
    """The text shown next to a form field for a validate() code."""
    return message_for(f"field.{code}")
