"""The editor's vault at rest: the vault key file, encrypted blobs and encrypted streamed files.

All integers are big-endian; ``‖`` is concatenation; AEAD is XChaCha20-Poly1305 (IETF).

**Vault key file** (version 1; 139 bytes, or 227 with the keyring wrap)::

    off  len  field
    0    4    magic "SNVK"
    4    1    version = 1
    5    1    flags: bit 0 = a keyring wrap follows; every other bit MUST be 0
    6    1    kdf id = 1 (Argon2id)
    7    4    opslimit   (refused unless policy.min <= ops <= 10)
    11   8    memlimit   (refused unless policy.min <= mem <= 1 GiB)
    19   16   salt
    35   24   nonce P
    59   48   wrap P = AEAD(Argon2id(NFC(passphrase), salt, ops, mem), nonce P, vault key, AD_P)
    -- only when flags bit 0 is set:
    107  16   keyring account id (random; names the keyring item)
    123  24   nonce K
    147  48   wrap K = AEAD(keyring wrapping key, nonce K, vault key, AD_K)
    --
    end  32   SHA-256 of every preceding byte

    AD_P = "SNVK" ‖ version ‖ "passphrase" ‖ bytes[6:59]   (kdf id, params, salt, nonce P)
    AD_K = "SNVK" ‖ version ‖ "keyring" ‖ bytes[107:147]  (account id, nonce K)

Each wrap binds the version and every header byte of its own section (so the KDF parameters
cannot be lowered unnoticed) but not the other section: the passphrase can be changed without
the keyring key and the keyring wrap added or removed without the passphrase. The final SHA-256
is not a security check (anyone can recompute it); it tells accidental damage (``vault.corrupt``)
apart from a wrong passphrase, so a damaged file never makes a person believe they forgot it.
The exact length is checked; anything else is ``vault.corrupt``; an unknown version is
``vault.unsupported``; parameters outside the range are refused before any derivation.

**Blob** (drafts, per-draft keys)::

    u8 version = 1 ‖ nonce (24) ‖ AEAD(key, nonce, plaintext, "sealnote v1 blob" ‖ version ‖ AD)

where AD is supplied by the caller (it binds a blob to its place: draft id, purpose).

**Streamed file** (draft attachments)::

    u8 version = 1 ‖ secretstream header (24) ‖ chunk*

Each chunk is ``crypto_secretstream_xchacha20poly1305`` over 64 KiB of plaintext (65,553 bytes
of ciphertext) with associated data ``"sealnote v1 vault stream" ‖ version ‖ AD``. Every chunk but
the last is full and tagged MESSAGE; the last is tagged FINAL and non-empty, except that an empty
plaintext is one empty FINAL chunk. End of file without FINAL is ``vault.stream_truncated``; any
byte after FINAL is ``vault.stream_trailing``; anything else that does not authenticate or breaks
these rules is ``vault.stream_corrupt``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from crypto import primitives
from crypto.errors import KdfParametersRefused, SealnoteCryptoError
from crypto.keyfile import PRODUCTION_KDF, KdfParams, KdfPolicy, derive_key
from crypto.stream import ProgressCallback, Readable, Writable, read_fully

MAGIC = b"SNVK"
VERSION = 1
KDF_ARGON2ID = 1
FLAG_KEYRING = 0x01
SALT_BYTES = primitives.ARGON2ID_SALT_BYTES
NONCE_BYTES = primitives.AEAD_NONCE_BYTES
KEY_BYTES = primitives.KEY_BYTES
WRAP_BYTES = KEY_BYTES + 16
ACCOUNT_BYTES = 16
CHECKSUM_BYTES = 32
PASSPHRASE_SECTION = 1 + 4 + 8 + SALT_BYTES + NONCE_BYTES + WRAP_BYTES  # 101
KEYRING_SECTION = ACCOUNT_BYTES + NONCE_BYTES + WRAP_BYTES  # 88
PLAIN_FILE_BYTES = 6 + PASSPHRASE_SECTION + CHECKSUM_BYTES  # 139
KEYRING_FILE_BYTES = PLAIN_FILE_BYTES + KEYRING_SECTION  # 227
BLOB_OVERHEAD = 1 + NONCE_BYTES + 16
STREAM_CHUNK_BYTES = 64 * 1024
STREAM_CHUNK_CT_BYTES = STREAM_CHUNK_BYTES + primitives.STREAM_ABYTES
STREAM_PREFIX_BYTES = 1 + primitives.STREAM_HEADER_BYTES

_BLOB_LABEL = b"sealnote v1 blob"
_STREAM_LABEL = b"sealnote v1 vault stream"


class VaultFormatError(SealnoteCryptoError):
    """Base of the vault format's errors."""

    code = "vault.error"


class VaultCorrupt(VaultFormatError):
    """The vault key file is damaged: bad magic, flags, length or checksum."""

    code = "vault.corrupt"


class VaultUnsupported(VaultFormatError):
    """The vault key file has a version or KDF this program does not know."""

    code = "vault.unsupported"


class VaultKdfRefused(VaultFormatError):
    """The stored Argon2id parameters are outside the accepted range (refused before use)."""

    code = "vault.kdf_refused"


class EmptyPassphrase(VaultFormatError):
    """An empty passphrase was given."""

    code = "vault.empty_passphrase"


class WrongPassphrase(VaultFormatError):
    """The passphrase does not open the vault key (or the file was altered on purpose)."""

    code = "vault.wrong_passphrase"


class WrongKeyringKey(VaultFormatError):
    """The keyring wrapping key does not open the vault key, or there is no keyring wrap."""

    code = "vault.keyring_key_rejected"


class BlobCorrupt(VaultFormatError):
    """An encrypted blob is malformed or does not authenticate."""

    code = "vault.blob_corrupt"


class StreamCorrupt(VaultFormatError):
    """A streamed file does not authenticate or breaks the chunk rules."""

    code = "vault.stream_corrupt"


class StreamTruncated(StreamCorrupt):
    """A streamed file ends before its FINAL chunk."""

    code = "vault.stream_truncated"


class StreamTrailing(StreamCorrupt):
    """Bytes follow a streamed file's FINAL chunk."""

    code = "vault.stream_trailing"


# --- vault key file ------------------------------------------------------------------------------

@dataclass(frozen=True)
class KeyringWrap:
    """The optional second wrap of the vault key."""

    account: bytes
    nonce: bytes
    wrap: bytes


@dataclass(frozen=True)
class VaultKeyFile:
    """A parsed vault key file (holds only wrapped keys, never a usable key)."""

    params: KdfParams
    salt: bytes
    nonce: bytes
    wrap: bytes
    keyring: KeyringWrap | None = None

    def _passphrase_fields(self) -> bytes:
        return (bytes([KDF_ARGON2ID]) + self.params.opslimit.to_bytes(4, "big")
                + self.params.memlimit.to_bytes(8, "big") + self.salt + self.nonce)

    def passphrase_ad(self) -> bytes:
        """Associated data of the passphrase wrap."""
        return MAGIC + bytes([VERSION]) + b"passphrase" + self._passphrase_fields()

    def keyring_ad(self, account: bytes, nonce: bytes) -> bytes:
        """Associated data of a keyring wrap with this account id and nonce."""
        return MAGIC + bytes([VERSION]) + b"keyring" + account + nonce

    def to_bytes(self) -> bytes:
        """The file's bytes, checksum included."""
        flags = FLAG_KEYRING if self.keyring else 0
        body = MAGIC + bytes([VERSION, flags]) + self._passphrase_fields() + self.wrap
        if self.keyring is not None:
            body += self.keyring.account + self.keyring.nonce + self.keyring.wrap
        return body + hashlib.sha256(body).digest()

    @classmethod
    def parse(cls, data: bytes) -> VaultKeyFile:
        """Strictly parse a vault key file; raises VaultCorrupt or VaultUnsupported."""
        if len(data) < 6 or data[:4] != MAGIC:
            raise VaultCorrupt("not a vault key file")
        if data[4] != VERSION:
            raise VaultUnsupported("unknown vault key file version")
        if data[5] & ~FLAG_KEYRING:
            raise VaultCorrupt("unknown flags")
        expected = KEYRING_FILE_BYTES if data[5] & FLAG_KEYRING else PLAIN_FILE_BYTES
        if len(data) != expected:
            raise VaultCorrupt("wrong length")
        body, checksum = data[:-CHECKSUM_BYTES], data[-CHECKSUM_BYTES:]
        if not primitives.constant_time_equal(hashlib.sha256(body).digest(), checksum):
            raise VaultCorrupt("checksum mismatch")
        if data[6] != KDF_ARGON2ID:
            raise VaultUnsupported("unknown KDF")
        params = KdfParams(int.from_bytes(data[7:11], "big"), int.from_bytes(data[11:19], "big"))
        salt, nonce, wrap = data[19:35], data[35:59], data[59:107]
        keyring = None
        if data[5] & FLAG_KEYRING:
            keyring = KeyringWrap(data[107:123], data[123:147], data[147:195])
        return cls(params, salt, nonce, wrap, keyring)


def _derive(passphrase: str, salt: bytes, params: KdfParams, policy: KdfPolicy) -> bytes:
    if not passphrase:
        raise EmptyPassphrase("the passphrase is empty")
    try:
        params.check(policy)
        return derive_key(passphrase, salt, params, policy)
    except KdfParametersRefused as exc:
        raise VaultKdfRefused(str(exc)) from exc


def wrap_with_passphrase(vault_key: bytes, passphrase: str, params: KdfParams,
                         policy: KdfPolicy = PRODUCTION_KDF,
                         keyring: KeyringWrap | None = None) -> VaultKeyFile:
    """A key file wrapping ``vault_key`` under ``passphrase`` (keeping ``keyring`` as it is).

    Fresh salt and nonce every time. Raises EmptyPassphrase or VaultKdfRefused.
    """
    salt = primitives.random_bytes(SALT_BYTES)
    nonce = primitives.random_bytes(NONCE_BYTES)
    kek = _derive(passphrase, salt, params, policy)
    draft = VaultKeyFile(params, salt, nonce, b"", keyring)
    return replace(draft, wrap=primitives.aead_encrypt(kek, nonce, vault_key,
                                                       draft.passphrase_ad()))


def with_keyring_wrap(file: VaultKeyFile, vault_key: bytes, wrapping_key: bytes,
                      account: bytes) -> VaultKeyFile:
    """``file`` plus a wrap of ``vault_key`` by a 32-byte ``wrapping_key``; raises ValueError."""
    if len(wrapping_key) != KEY_BYTES or len(account) != ACCOUNT_BYTES:
        raise ValueError("wrapping key or account id of the wrong length")
    nonce = primitives.random_bytes(NONCE_BYTES)
    wrap = primitives.aead_encrypt(wrapping_key, nonce, vault_key,
                                   file.keyring_ad(account, nonce))
    return replace(file, keyring=KeyringWrap(account, nonce, wrap))


def open_with_passphrase(file: VaultKeyFile, passphrase: str,
                         policy: KdfPolicy = PRODUCTION_KDF) -> bytes:
    """The vault key. Raises VaultKdfRefused (before deriving), EmptyPassphrase, WrongPassphrase."""
    kek = _derive(passphrase, file.salt, file.params, policy)
    try:
        return primitives.aead_decrypt(kek, file.nonce, file.wrap, file.passphrase_ad())
    except primitives.PrimitiveFailure as exc:
        raise WrongPassphrase("wrong passphrase, or the vault key file was altered") from exc


def open_with_keyring_key(file: VaultKeyFile, wrapping_key: bytes) -> bytes:
    """The vault key from the keyring wrap; raises WrongKeyringKey."""
    wrap = file.keyring
    if wrap is None or len(wrapping_key) != KEY_BYTES:
        raise WrongKeyringKey("no keyring wrap, or a key of the wrong length")
    try:
        return primitives.aead_decrypt(wrapping_key, wrap.nonce, wrap.wrap,
                                       file.keyring_ad(wrap.account, wrap.nonce))
    except primitives.PrimitiveFailure as exc:
        raise WrongKeyringKey("the keyring key does not open this vault") from exc


# --- blobs ---------------------------------------------------------------------------------------

def wrap_blob(key: bytes, plaintext: bytes, associated: bytes) -> bytes:
    """Encrypt ``plaintext`` under ``key``, bound to ``associated``."""
    nonce = primitives.random_bytes(NONCE_BYTES)
    ad = _BLOB_LABEL + bytes([VERSION]) + associated
    return bytes([VERSION]) + nonce + primitives.aead_encrypt(key, nonce, plaintext, ad)


def unwrap_blob(key: bytes, blob: bytes, associated: bytes) -> bytes:
    """Decrypt a blob made by wrap_blob with the same ``associated``; raises BlobCorrupt."""
    if len(blob) < BLOB_OVERHEAD or blob[0] != VERSION:
        raise BlobCorrupt("not a blob of this version")
    ad = _BLOB_LABEL + bytes([VERSION]) + associated
    try:
        return primitives.aead_decrypt(key, blob[1:1 + NONCE_BYTES], blob[1 + NONCE_BYTES:], ad)
    except primitives.PrimitiveFailure as exc:
        raise BlobCorrupt("the blob does not authenticate") from exc


# --- streamed files ------------------------------------------------------------------------------

def stream_ciphertext_length(plaintext_length: int) -> int:
    """Exact size of a streamed file holding ``plaintext_length`` bytes."""
    chunks = max(1, -(-plaintext_length // STREAM_CHUNK_BYTES))
    return STREAM_PREFIX_BYTES + plaintext_length + chunks * primitives.STREAM_ABYTES


def encrypt_stream(key: bytes, source: Readable, sink: Writable, associated: bytes,
                   progress: ProgressCallback | None = None) -> int:
    """Encrypt all of ``source`` into ``sink`` with 64 KiB buffers; return plaintext bytes.

    Raises OSError from the source or sink (and PrimitiveFailure only on a libsodium fault).
    """
    pusher = primitives.StreamPusher(key)
    ad = _STREAM_LABEL + bytes([VERSION]) + associated
    _write_all(sink, memoryview(bytes([VERSION]) + pusher.header))
    plain = [memoryview(bytearray(STREAM_CHUNK_BYTES)) for _ in range(2)]
    out = memoryview(bytearray(STREAM_CHUNK_CT_BYTES))
    size, total, turn = read_fully(source, plain[0]), 0, 0
    while True:
        ahead = read_fully(source, plain[1 - turn]) if size == STREAM_CHUNK_BYTES else 0
        tag = primitives.TAG_MESSAGE if ahead else primitives.TAG_FINAL
        written = pusher.push_into(out, plain[turn][:size], ad, tag)
        _write_all(sink, out[:written])
        total += size
        if progress is not None:
            progress(total)
        if not ahead:
            return total
        size, turn = ahead, 1 - turn


class StreamReader:
    """Decrypts a streamed file on the fly (``readinto``), for copying or sealing.

    Plaintext handed out before the FINAL chunk is provisional: a caller must treat the data as
    verified only once ``readinto`` has returned 0. Raises StreamTruncated, StreamTrailing,
    StreamCorrupt or OSError from the source.
    """

    def __init__(self, key: bytes, source: Readable, associated: bytes) -> None:
        prefix = memoryview(bytearray(STREAM_PREFIX_BYTES))
        if read_fully(source, prefix) != STREAM_PREFIX_BYTES:
            raise StreamTruncated("streamed file cut before its header")
        if prefix[0] != VERSION:
            raise StreamCorrupt("unknown streamed file version")
        try:
            self._puller = primitives.StreamPuller(key, bytes(prefix[1:]))
        except primitives.PrimitiveFailure as exc:
            raise StreamCorrupt("bad stream header") from exc
        self._source = source
        self._ad = _STREAM_LABEL + bytes([VERSION]) + associated
        # One byte of look-ahead past a full chunk tells "more follows" from "end of file".
        self._ct = memoryview(bytearray(STREAM_CHUNK_CT_BYTES + 1))
        self._have = 0
        self._plain = memoryview(bytearray(STREAM_CHUNK_BYTES))
        self._pending = self._plain[:0]
        self._first = True
        self._done = False

    def _next_chunk(self) -> None:
        self._have += read_fully(self._source, self._ct[self._have:])
        if self._have == 0:
            raise StreamTruncated("streamed file ends without FINAL")
        length = min(self._have, STREAM_CHUNK_CT_BYTES)
        more = self._have > length
        try:
            size, tag = self._puller.pull_into(self._plain, self._ct[:length], self._ad)
        except primitives.PrimitiveFailure:
            raise StreamCorrupt("chunk does not authenticate") from None
        self._ct[:self._have - length] = self._ct[length:self._have]
        self._have -= length
        if tag == primitives.TAG_FINAL:
            if more:
                raise StreamTrailing("data after FINAL")
            if size == 0 and not self._first:
                raise StreamCorrupt("empty FINAL chunk after data")
            self._done = True
        elif tag != primitives.TAG_MESSAGE or length != STREAM_CHUNK_CT_BYTES:
            raise StreamCorrupt("bad tag or short non-final chunk")
        self._first = False
        self._pending = self._plain[:size]

    def readinto(self, buffer: memoryview, /) -> int:
        """Fill ``buffer`` with authenticated plaintext; 0 once FINAL has been verified.

        Raises StreamTruncated, StreamTrailing, StreamCorrupt or OSError.
        """
        while not self._pending:
            if self._done:
                return 0
            self._next_chunk()
        count = min(len(buffer), len(self._pending))
        buffer[:count] = self._pending[:count]
        self._pending = self._pending[count:]
        return count


def decrypt_stream(key: bytes, source: Readable, sink: Writable, associated: bytes) -> int:
    """Decrypt a whole streamed file into ``sink``; return plaintext bytes.

    The sink has received only provisional data until this returns. Raises StreamTruncated,
    StreamTrailing, StreamCorrupt or OSError.
    """
    reader = StreamReader(key, source, associated)
    buffer = memoryview(bytearray(STREAM_CHUNK_BYTES))
    total = 0
    while got := reader.readinto(buffer):
        _write_all(sink, buffer[:got])
        total += got
    return total


def _write_all(sink: Writable, data: memoryview) -> None:
    while data:
        written = sink.write(data)
        data = data[len(data) if written is None else written:]
