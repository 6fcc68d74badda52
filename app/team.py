"""Team set-up for moderators: identity, encryption keys, the card, the key file.

The key file holds the private keys under a passphrase (crypto.keyfile); the card is public and
is what editors import.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.errors import AppError
from app.fs import atomic_write, atomic_write_text
from crypto.card import TeamCard, issue_card, parse_card
from crypto.errors import CardError, KeyFileError
from crypto.keyfile import (
    PRODUCTION_KDF,
    KdfParams,
    KdfPolicy,
    ModeratorSecrets,
    calibrate,
    open_key_file,
    write_key_file,
)
from crypto.keys import IdentitySecretKey, SecretKey

DEFAULT_VALID_DAYS = 365
MAX_KEY_FILE_BYTES = 1 << 20


def create_team(name: str, today: dt.date, valid_days: int = DEFAULT_VALID_DAYS
                ) -> tuple[ModeratorSecrets, TeamCard]:
    """A new team identity, one moderator key, and the signed card.

    Raises AppError (team.invalid_name, team.invalid_validity).
    """
    if not 1 <= valid_days <= 5 * 366:
        raise AppError("team.invalid_validity")
    identity = IdentitySecretKey.generate()
    moderator = SecretKey.generate()
    try:
        card = issue_card(name, identity, [moderator.public], today,
                          today + dt.timedelta(days=valid_days))
    except CardError as exc:
        raise AppError("team.invalid_name") from exc
    return ModeratorSecrets(card.team, (moderator,), (identity,), card.text), card


def save_key_file(path: Path, secrets: ModeratorSecrets, passphrase: str,
                  params: KdfParams | None = None, policy: KdfPolicy = PRODUCTION_KDF) -> None:
    """Encrypt the secrets under ``passphrase`` and write the key file atomically.

    ``params`` default to Argon2id calibrated on this machine. Raises AppError.
    """
    if len(passphrase) < 8:
        raise AppError("passphrase.too_short")
    data = write_key_file(secrets, passphrase, params or calibrate(), policy)
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise AppError("io.write_failed") from exc


def load_key_file(path: Path, passphrase: str,
                  policy: KdfPolicy = PRODUCTION_KDF) -> ModeratorSecrets:
    """Read and decrypt a key file.

    Raises AppError (input.unreadable) or crypto KeyFileError subclasses.
    """
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise KeyFileError("the key file is too large")
        data = path.read_bytes()
    except OSError as exc:
        raise AppError("input.unreadable") from exc
    return open_key_file(data, passphrase, policy)


def card_of(secrets: ModeratorSecrets) -> TeamCard:
    """The team card stored with the keys. Raises CardError if it is damaged."""
    return parse_card(secrets.card_text)


def export_card(card: TeamCard, path: Path) -> None:
    """Write the card text to ``path`` atomically. Raises AppError (io.write_failed)."""
    try:
        atomic_write_text(path, card.text)
    except OSError as exc:
        raise AppError("io.write_failed") from exc
