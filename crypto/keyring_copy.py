"""The moderator's keyring copy: the key file's secrets under a random key held in the OS keyring.

The key file itself stays as it is (passphrase, Argon2id: crypto.keyfile). Turning on keyring
unlock adds this second, separate file, written by the app into its own data folder (docs/FORMAT.md
section 16). All integers are big-endian; ``‖`` is concatenation::

    off  len  field
    0    4    magic "SNKC"
    4    1    version = 1
    5    16   keyring account id (random; names the keyring item)
    21   32   key file digest = SHA-256 of every byte of the key file this copy was made from
    53   …    blob (FORMAT.md 15.2) = 0x01 ‖ nonce (24) ‖
              AEAD(wrapping key, nonce, key file payload (FORMAT.md 10), "sealnote v1 blob" ‖
                   0x01 ‖ bytes[0:53])

The blob binds the whole header, so neither the account nor the digest can be changed without
the wrapping key. The digest ties the copy to one exact key file: after the key file changed
(a team change, a restore) the copy is out of date and is not used, so it can never bring back
keys the key file no longer holds. The payload is parsed as strictly as a key file's.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from crypto import primitives
from crypto.errors import KeyFileError, SealnoteCryptoError
from crypto.keyfile import MAX_KEY_FILE_BYTES, ModeratorSecrets
from crypto.vault_format import BLOB_OVERHEAD, BlobCorrupt, unwrap_blob, wrap_blob

MAGIC = b"SNKC"
VERSION = 1
ACCOUNT_BYTES = 16
DIGEST_BYTES = 32
WRAPPING_KEY_BYTES = primitives.KEY_BYTES
HEADER_BYTES = 4 + 1 + ACCOUNT_BYTES + DIGEST_BYTES  # 53
MAX_COPY_BYTES = MAX_KEY_FILE_BYTES + HEADER_BYTES + BLOB_OVERHEAD


class KeyringCopyError(SealnoteCryptoError):
    """Base of the keyring copy's errors."""

    code = "keyring.copy_damaged"


class KeyringCopyDamaged(KeyringCopyError):
    """Not a keyring copy of this version, a wrong length, or a payload that does not parse."""

    code = "keyring.copy_damaged"


class KeyringCopyRejected(KeyringCopyError):
    """The wrapping key does not open the copy (another key, or the copy was altered)."""

    code = "keyring.copy_rejected"


def key_file_digest(key_file: bytes) -> bytes:
    """SHA-256 of a key file's bytes (what a copy is tied to)."""
    return hashlib.sha256(key_file).digest()


@dataclass(frozen=True)
class KeyringCopyHeader:
    """What can be read from a copy without the wrapping key."""

    account: bytes
    digest: bytes

    def to_bytes(self) -> bytes:
        """The 53 header bytes."""
        return MAGIC + bytes([VERSION]) + self.account + self.digest

    def matches(self, key_file: bytes) -> bool:
        """True when the copy was made from exactly these key file bytes."""
        return primitives.constant_time_equal(self.digest, key_file_digest(key_file))


def read_header(data: bytes) -> KeyringCopyHeader:
    """Parse a copy's header; raises KeyringCopyDamaged (also for a wrong version or length)."""
    if len(data) < HEADER_BYTES + BLOB_OVERHEAD or data[:4] != MAGIC:
        raise KeyringCopyDamaged("not a keyring copy")
    if data[4] != VERSION:
        raise KeyringCopyDamaged("unknown keyring copy version")
    if len(data) > MAX_COPY_BYTES:
        raise KeyringCopyDamaged("the keyring copy is too large")
    return KeyringCopyHeader(data[5:5 + ACCOUNT_BYTES], data[5 + ACCOUNT_BYTES:HEADER_BYTES])


def seal_keyring_copy(secrets: ModeratorSecrets, wrapping_key: bytes, account: bytes,
                      key_file: bytes) -> bytes:
    """The bytes of a copy of ``secrets`` tied to ``key_file``; raises ValueError for a key or
    account of the wrong length."""
    if len(wrapping_key) != WRAPPING_KEY_BYTES or len(account) != ACCOUNT_BYTES:
        raise ValueError("wrapping key or account id of the wrong length")
    header = KeyringCopyHeader(account, key_file_digest(key_file)).to_bytes()
    return header + wrap_blob(wrapping_key, secrets.to_bytes(), header)


def open_keyring_copy(data: bytes, wrapping_key: bytes) -> ModeratorSecrets:
    """The secrets in a copy. Raises KeyringCopyDamaged or KeyringCopyRejected."""
    read_header(data)
    if len(wrapping_key) != WRAPPING_KEY_BYTES:
        raise KeyringCopyRejected("a wrapping key of the wrong length")
    try:
        payload = unwrap_blob(wrapping_key, data[HEADER_BYTES:], data[:HEADER_BYTES])
    except BlobCorrupt as exc:
        raise KeyringCopyRejected("the wrapping key does not open this copy") from exc
    try:
        return ModeratorSecrets.from_bytes(payload)
    except KeyFileError as exc:
        raise KeyringCopyDamaged("the keyring copy's payload is malformed") from exc
