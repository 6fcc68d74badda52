"""The moderator window's additional error codes → translated text (merged into ui/messages.py).

The editor's table (ui.messages) already covers opening, cards, key files, passphrases and files;
this adds what only the team's app meets: team administration, backups, the store, triage,
replies and case exports. Like the editor's, every text is calm, says what to do next and never
repeats report content, file names or paths. ``moderator_message`` looks here first and falls
back to ui.messages for every other code (unknown codes get its "internal" text).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app.errors import public_code
from crypto.errors import MissingParts
from ui.messages import message_for

translate = QCoreApplication.translate


def _team_messages() -> dict[str, str]:
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


def _backup_messages() -> dict[str, str]:
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


def _store_messages() -> dict[str, str]:
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
        "io.read_failed": translate(
            "Messages",
            "A file cannot be read. Check that it still exists."),
    }


def _triage_messages() -> dict[str, str]:
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


def _reply_and_export_messages() -> dict[str, str]:
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


def moderator_messages() -> dict[str, str]:
    """The moderator's own code → translated text table."""
    return {**_team_messages(), **_backup_messages(), **_store_messages(),
            **_triage_messages(), **_reply_and_export_messages()}


def moderator_message(code: str, params: Mapping[str, object] | None = None) -> str:
    """The translated text for ``code``: this table first, then ui.messages."""
    values = dict(params or {})
    text = moderator_messages().get(code)
    if text is None:
        return message_for(code, **values)
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return message_for("internal") if "{" in text else text


def moderator_message_for_error(error: BaseException) -> str:
    """The translated text for an exception raised by the core."""
    params: dict[str, object] = dict(getattr(error, "params", {}))
    if isinstance(error, MissingParts):
        params.update(missing=", ".join(map(str, error.missing)), total=error.total)
    return moderator_message(public_code(error), params)
