"""The one module that touches libsodium (through PyNaCl).

Everything else in :mod:`crypto` calls these small functions, so the primitives in use are listed
in one place and the rest of the code never handles libsodium's calling conventions.

The secretstream functions call libsodium through PyNaCl's compiled ``_sodium`` module instead of
``nacl.bindings``: the bindings accept only ``bytes`` and return a fresh copy per chunk, which
costs two allocations and a copy per 64 KiB and was measured at about 25% of the sealing time.
Here the caller passes preallocated buffers. The PyNaCl version is pinned in the lock file and
the tests exercise both directions against ``nacl.bindings``.
"""

from __future__ import annotations

import hashlib
import hmac
import os

import nacl.bindings as bindings
import nacl.exceptions
import nacl.pwhash.argon2id as argon2id
import nacl.signing
from nacl._sodium import ffi, lib

KEY_BYTES = 32
SEALED_KEY_BYTES = 80  # 32-byte ephemeral public key + 48-byte box of a 32-byte file key
STREAM_HEADER_BYTES = bindings.crypto_secretstream_xchacha20poly1305_HEADERBYTES
STREAM_ABYTES = bindings.crypto_secretstream_xchacha20poly1305_ABYTES
STREAM_STATE_BYTES = bindings.crypto_secretstream_xchacha20poly1305_STATEBYTES
TAG_MESSAGE = bindings.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL = bindings.crypto_secretstream_xchacha20poly1305_TAG_FINAL
AEAD_NONCE_BYTES = bindings.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
ARGON2ID_SALT_BYTES = argon2id.SALTBYTES


class PrimitiveFailure(Exception):
    """A libsodium operation failed (authentication, bad point, bad length)."""


def random_bytes(size: int) -> bytes:
    """Return ``size`` bytes from the operating system's CSPRNG."""
    return os.urandom(size)


def hkdf_sha256(key: bytes, info: bytes, length: int = KEY_BYTES) -> bytes:
    """HKDF-SHA-256 (RFC 5869) with an empty salt; raises ValueError if length > 255*32."""
    if length > 255 * 32:
        raise ValueError("HKDF output too long")
    prk = hmac.new(b"\x00" * 32, key, hashlib.sha256).digest()
    out, block, counter = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        out += block
        counter += 1
    return out[:length]


def hmac_sha256(key: bytes, data: bytes) -> bytes:
    """HMAC-SHA-256 of ``data``."""
    return hmac.new(key, data, hashlib.sha256).digest()


def constant_time_equal(a: bytes, b: bytes) -> bool:
    """Compare two byte strings without leaking where they differ."""
    return hmac.compare_digest(a, b)


# --- X25519 and sealed boxes -------------------------------------------------------------------

def x25519_keypair(seed: bytes | None = None) -> tuple[bytes, bytes]:
    """Return ``(public, secret)``; deterministic from a 32-byte seed when one is given."""
    seed = random_bytes(KEY_BYTES) if seed is None else seed
    public, secret = bindings.crypto_box_seed_keypair(seed)
    return public, secret


def x25519_public_from_secret(secret: bytes) -> bytes:
    """Derive the X25519 public key of a 32-byte secret key."""
    return bytes(bindings.crypto_scalarmult_base(secret))


def seal_file_key(file_key: bytes, recipient_public: bytes) -> bytes:
    """Wrap ``file_key`` for one recipient with ``crypto_box_seal``; always 80 bytes."""
    return bytes(bindings.crypto_box_seal(file_key, recipient_public))


def seal_file_key_deterministic(file_key: bytes, recipient_public: bytes, seed: bytes) -> bytes:
    """The same construction as ``crypto_box_seal`` with a chosen ephemeral key.

    Only the frozen-vector generator uses this seam; libsodium's own ``crypto_box_seal_open``
    opens its output (a test checks it).
    """
    eph_public, eph_secret = bindings.crypto_box_seed_keypair(seed)
    nonce = hashlib.blake2b(eph_public + recipient_public, digest_size=24).digest()
    return bytes(eph_public) + bytes(bindings.crypto_box(file_key, nonce, recipient_public,
                                                         eph_secret))


def open_file_key(slot: bytes, recipient_public: bytes, recipient_secret: bytes) -> bytes:
    """Unwrap a slot; raises PrimitiveFailure if it was not sealed to this key pair."""
    if len(slot) != SEALED_KEY_BYTES:
        raise PrimitiveFailure("slot length")
    try:
        return bytes(bindings.crypto_box_seal_open(slot, recipient_public, recipient_secret))
    except (nacl.exceptions.CryptoError, ValueError) as exc:
        raise PrimitiveFailure("slot does not open") from exc


# --- Ed25519 -------------------------------------------------------------------------------------

def ed25519_public_from_seed(seed: bytes) -> bytes:
    """Public verify key of an Ed25519 signing seed."""
    return bytes(nacl.signing.SigningKey(seed).verify_key)


def ed25519_sign(seed: bytes, message: bytes) -> bytes:
    """Detached 64-byte Ed25519 signature."""
    return bytes(nacl.signing.SigningKey(seed).sign(message).signature)


def ed25519_verify(public: bytes, message: bytes, signature: bytes) -> bool:
    """True when ``signature`` is a valid signature of ``message`` by ``public``."""
    try:
        nacl.signing.VerifyKey(public).verify(message, signature)
    except (nacl.exceptions.CryptoError, ValueError, TypeError):
        return False
    return True


# --- AEAD and Argon2id (key files, vault) ---------------------------------------------------------

def aead_encrypt(key: bytes, nonce: bytes, plaintext: bytes, associated: bytes) -> bytes:
    """XChaCha20-Poly1305 (IETF) encryption."""
    return bytes(bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, associated,
                                                                      nonce, key))


def aead_decrypt(key: bytes, nonce: bytes, ciphertext: bytes, associated: bytes) -> bytes:
    """XChaCha20-Poly1305 (IETF) decryption; raises PrimitiveFailure on any mismatch."""
    try:
        return bytes(bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(ciphertext, associated,
                                                                          nonce, key))
    except (nacl.exceptions.CryptoError, ValueError) as exc:
        raise PrimitiveFailure("aead") from exc


def argon2id_derive(passphrase: bytes, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    """Derive a 32-byte key with Argon2id. Callers validate the parameters first."""
    return bytes(argon2id.kdf(KEY_BYTES, passphrase, salt, opslimit=opslimit, memlimit=memlimit))


# --- secretstream with caller-owned buffers ------------------------------------------------------

class StreamPusher:
    """Encrypting side of one ``crypto_secretstream_xchacha20poly1305`` stream."""

    __slots__ = ("_state", "header")

    def __init__(self, key: bytes, header: bytes | None = None) -> None:
        self._state = ffi.new("unsigned char[]", STREAM_STATE_BYTES)
        if header is None:
            out = ffi.new("unsigned char[]", STREAM_HEADER_BYTES)
            rc = lib.crypto_secretstream_xchacha20poly1305_init_push(self._state, out, key)
            header = bytes(ffi.buffer(out, STREAM_HEADER_BYTES))
        else:
            # Vector-generator seam: libsodium's init_pull sets exactly the state init_push
            # would have set for this header, so pushing from it is deterministic.
            rc = lib.crypto_secretstream_xchacha20poly1305_init_pull(self._state, header, key)
        if rc != 0:
            raise PrimitiveFailure("init_push")
        self.header = header

    def push_into(self, out: memoryview, message: memoryview, ad: bytes, tag: int) -> int:
        """Encrypt ``message`` into ``out`` (len(message) + 17 bytes); return bytes written."""
        size = len(message) + STREAM_ABYTES
        if len(out) < size:
            raise PrimitiveFailure("output buffer too small")  # never let C write past it
        rc = lib.crypto_secretstream_xchacha20poly1305_push(
            self._state, ffi.from_buffer(out, require_writable=True), ffi.NULL,
            ffi.from_buffer(message), len(message), ad, len(ad), tag)
        if rc != 0:
            raise PrimitiveFailure("push")
        return size


class StreamPuller:
    """Decrypting side of one stream; every failure raises PrimitiveFailure."""

    __slots__ = ("_state", "_tag")

    def __init__(self, key: bytes, header: bytes) -> None:
        if len(header) != STREAM_HEADER_BYTES:
            raise PrimitiveFailure("stream header length")
        self._state = ffi.new("unsigned char[]", STREAM_STATE_BYTES)
        self._tag = ffi.new("unsigned char *")
        if lib.crypto_secretstream_xchacha20poly1305_init_pull(self._state, header, key) != 0:
            raise PrimitiveFailure("init_pull")

    def pull_into(self, out: memoryview, ciphertext: memoryview, ad: bytes) -> tuple[int, int]:
        """Decrypt one chunk into ``out``; return ``(plaintext_length, tag)``."""
        if len(ciphertext) < STREAM_ABYTES:
            raise PrimitiveFailure("chunk too short")
        if len(out) < len(ciphertext) - STREAM_ABYTES:
            raise PrimitiveFailure("output buffer too small")  # never let C write past it
        rc = lib.crypto_secretstream_xchacha20poly1305_pull(
            self._state, ffi.from_buffer(out, require_writable=True), ffi.NULL, self._tag,
            ffi.from_buffer(ciphertext), len(ciphertext), ad, len(ad))
        if rc != 0:
            raise PrimitiveFailure("pull")
        return len(ciphertext) - STREAM_ABYTES, int(self._tag[0])
