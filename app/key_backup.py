"""Backups of the moderator's secrets: k-of-n SLIP-39 word shares, or a passphrase.

SLIP-39 shares a master secret of 16 to 32 bytes, far less than the serialized secrets. So a fresh
random 32-byte *backup key* is split into n word shares (any k of them give it back), and the
secrets are encrypted under it into a *backup file*. Restoring needs k shares **and** the backup
file; neither alone reveals anything. Backup file layout::

    "SNBK" | version 0x01 | kind 0x01 (SLIP-39) | identifier (u16be) | k (u8) | n (u8) |
    nonce (24) | XChaCha20-Poly1305(HKDF(backup key, "sealnote v1 backup"), nonce,
                                     ModeratorSecrets.to_bytes(), ad = the 34 bytes before)

``identifier`` is the SLIP-39 share-set identifier (15 bits), so shares of another backup are
named as such. The passphrase backup is simply a key file (crypto.keyfile) under its own
passphrase: keep it somewhere other than the key file itself.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import shamir_mnemonic
from shamir_mnemonic import MnemonicError, Share

from app.errors import AppError
from app.fs import atomic_write
from crypto import primitives
from crypto.errors import KeyFileError
from crypto.keyfile import (
    MODERATE,
    PRODUCTION_KDF,
    KdfParams,
    KdfPolicy,
    ModeratorSecrets,
    open_key_file,
    write_key_file,
)

MAGIC = b"SNBK"
VERSION = 1
KIND_SLIP39 = 1
HEADER_BYTES = 4 + 1 + 1 + 2 + 1 + 1 + primitives.AEAD_NONCE_BYTES
MAX_SHARES = 16
MIN_PASSPHRASE_CHARS = 8
_INFO = b"sealnote v1 backup"


@dataclass(frozen=True, repr=False)
class ShareBackup:
    """n word shares (hand one to each keeper) and the encrypted backup file (keep copies)."""

    shares: tuple[str, ...]
    backup_file: bytes
    threshold: int

    def __repr__(self) -> str:
        return f"ShareBackup({self.threshold}-of-{len(self.shares)}, <shares redacted>)"


@dataclass(frozen=True)
class _Header:
    identifier: int
    threshold: int
    count: int


def _file_key(backup_key: bytes) -> bytes:
    return primitives.hkdf_sha256(backup_key, _INFO)


def make_share_backup(secrets: ModeratorSecrets, threshold: int, count: int) -> ShareBackup:
    """Split a fresh backup key into ``count`` shares, any ``threshold`` of which restore.

    Raises AppError (backup.invalid_threshold) unless 2 <= threshold <= count <= 16.
    """
    if not 2 <= threshold <= count <= MAX_SHARES:
        raise AppError("backup.invalid_threshold", maximum=MAX_SHARES)
    backup_key = primitives.random_bytes(primitives.KEY_BYTES)
    groups = shamir_mnemonic.generate_mnemonics(1, [(threshold, count)], backup_key,
                                                iteration_exponent=0)
    shares = tuple(groups[0])
    identifier = Share.from_mnemonic(shares[0]).identifier
    nonce = primitives.random_bytes(primitives.AEAD_NONCE_BYTES)
    header = (MAGIC + bytes([VERSION, KIND_SLIP39]) + identifier.to_bytes(2, "big")
              + bytes([threshold, count]) + nonce)
    ciphertext = primitives.aead_encrypt(_file_key(backup_key), nonce, secrets.to_bytes(),
                                         header)
    return ShareBackup(shares, header + ciphertext, threshold)


def _parse_header(backup_file: bytes) -> _Header:
    if (len(backup_file) < HEADER_BYTES + 16 or backup_file[:4] != MAGIC
            or backup_file[4] != VERSION or backup_file[5] != KIND_SLIP39):
        raise AppError("backup.not_a_backup")
    header = _Header(int.from_bytes(backup_file[6:8], "big"), backup_file[8], backup_file[9])
    if not 2 <= header.threshold <= header.count <= MAX_SHARES:
        raise AppError("backup.not_a_backup")
    return header


def normalize_share(text: str) -> str:
    """Lower case, single spaces: how people type words back in."""
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def _decode_shares(shares: Sequence[str], header: _Header) -> list[str]:
    """Distinct, valid shares of this backup; raises AppError naming the first bad one."""
    chosen: dict[int, str] = {}
    for number, text in enumerate(shares, start=1):
        mnemonic = normalize_share(text)
        if not mnemonic:
            continue
        try:
            share = Share.from_mnemonic(mnemonic)
        except MnemonicError as exc:
            raise AppError("backup.share_invalid", share=number) from exc
        if share.identifier != header.identifier:
            raise AppError("backup.share_other_set", share=number)
        chosen.setdefault(share.index, mnemonic)
    if len(chosen) < header.threshold:
        raise AppError("backup.not_enough_shares", needed=header.threshold, given=len(chosen))
    return list(chosen.values())[:header.threshold]


def restore_from_shares(shares: Sequence[str], backup_file: bytes) -> ModeratorSecrets:
    """The secrets from any ``k`` shares (in any order; extra or repeated shares are fine).

    Raises AppError: backup.not_a_backup, backup.share_invalid (a wrong or mistyped word; names
    the share), backup.share_other_set, backup.not_enough_shares (fewer than k distinct shares),
    backup.shares_inconsistent, backup.does_not_open (shares and file do not belong together or
    the file was altered), backup.damaged.
    """
    header = _parse_header(backup_file)
    mnemonics = _decode_shares(shares, header)
    try:
        backup_key = shamir_mnemonic.combine_mnemonics(mnemonics)
    except MnemonicError as exc:
        raise AppError("backup.shares_inconsistent") from exc
    try:
        plain = primitives.aead_decrypt(_file_key(backup_key), backup_file[10:HEADER_BYTES],
                                        backup_file[HEADER_BYTES:], backup_file[:HEADER_BYTES])
    except primitives.PrimitiveFailure as exc:
        raise AppError("backup.does_not_open") from exc
    try:
        return ModeratorSecrets.from_bytes(plain)
    except KeyFileError as exc:
        raise AppError("backup.damaged") from exc


def make_passphrase_backup(secrets: ModeratorSecrets, passphrase: str,
                           params: KdfParams = MODERATE,
                           policy: KdfPolicy = PRODUCTION_KDF) -> bytes:
    """A key file of the secrets under a backup passphrase (Argon2id).

    Raises AppError (passphrase.too_short) or crypto KeyFileError subclasses.
    """
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise AppError("passphrase.too_short")
    return write_key_file(secrets, passphrase, params, policy)


def restore_from_passphrase_backup(data: bytes, passphrase: str,
                                   policy: KdfPolicy = PRODUCTION_KDF) -> ModeratorSecrets:
    """Open a passphrase backup; raises KeyFileError, KdfParametersRefused or WrongPassphrase."""
    return open_key_file(data, passphrase, policy)


def save_backup_file(path: Path, data: bytes) -> None:
    """Write a backup file atomically; raises AppError (io.write_failed)."""
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise AppError("io.write_failed") from exc
