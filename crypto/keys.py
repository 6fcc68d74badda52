"""Key types with redacting reprs, and their text encodings.

A key string is ``<prefix>1<base32(key || checksum)>`` in lowercase, where the checksum is the
first 4 bytes of SHA-256 over the prefix, the separator and the key. The prefix names the kind of
key, and the checksum covers the prefix, so a secret key can never be read as a public key (or an
identity key as an encryption key) and a mistyped character is caught. See docs/FORMAT.md.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import string
from dataclasses import dataclass

from crypto import primitives
from crypto.errors import KeyEncodingError

PUBLIC_PREFIX = "snpk"  # X25519 encryption public key (moderator or reply key)
SECRET_PREFIX = "snsk"  # noqa: S105 -- a key-kind prefix, not a secret
IDENTITY_PREFIX = "snid"  # Ed25519 team identity public key
IDENTITY_SECRET_PREFIX = "snis"  # noqa: S105 -- a key-kind prefix, not a secret
_KNOWN = {
    PUBLIC_PREFIX: "an encryption public key",
    SECRET_PREFIX: "an encryption SECRET key",
    IDENTITY_PREFIX: "a team identity public key",
    IDENTITY_SECRET_PREFIX: "a team identity SECRET key",
}
_CHECKSUM_BYTES = 4
# Decoding removes whitespace (SPACE, TAB, CR, LF: FORMAT.md section 2) and maps A-Z to a-z;
# no other character is removed or case-mapped (str.lower would map U+212A KELVIN SIGN to "k").
_CLEAN = str.maketrans(string.ascii_uppercase, string.ascii_lowercase, " \t\r\n")


def encode_key(prefix: str, raw: bytes) -> str:
    """Encode ``raw`` as a prefixed key string with checksum."""
    checksum = hashlib.sha256(f"{prefix}1".encode() + raw).digest()[:_CHECKSUM_BYTES]
    body = base64.b32encode(raw + checksum).decode("ascii").rstrip("=").lower()
    return f"{prefix}1{body}"


def decode_key(text: str, expected_prefix: str, length: int = 32) -> bytes:
    """Decode a key string of the expected kind.

    Raises KeyEncodingError for another kind of key, a bad checksum or a malformed string.
    """
    cleaned = text.translate(_CLEAN)
    prefix, sep, body = cleaned.partition("1")
    if not sep or prefix not in _KNOWN:
        raise KeyEncodingError("not a Sealnote key")
    if prefix != expected_prefix:
        raise KeyEncodingError(f"this is {_KNOWN[prefix]}, not {_KNOWN[expected_prefix]}")
    try:
        decoded = base64.b32decode(body.upper() + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError) as exc:
        raise KeyEncodingError("malformed key") from exc
    raw, checksum = decoded[:-_CHECKSUM_BYTES], decoded[-_CHECKSUM_BYTES:]
    if len(raw) != length or encode_key(prefix, raw) != cleaned:
        raise KeyEncodingError("key checksum does not match (a character is wrong or missing)")
    del checksum
    return raw


@dataclass(frozen=True, repr=False)
class PublicKey:
    """An X25519 public key that reports can be sealed to."""

    raw: bytes

    def __post_init__(self) -> None:
        if len(self.raw) != primitives.KEY_BYTES:
            raise KeyEncodingError("public key must be 32 bytes")

    def encode(self) -> str:
        """The ``snpk1…`` string."""
        return encode_key(PUBLIC_PREFIX, self.raw)

    @classmethod
    def decode(cls, text: str) -> PublicKey:
        """Parse an ``snpk1…`` string; raises KeyEncodingError."""
        return cls(decode_key(text, PUBLIC_PREFIX))

    def __repr__(self) -> str:
        return f"PublicKey({self.encode()[:14]}…)"


@dataclass(frozen=True, repr=False)
class SecretKey:
    """An X25519 secret key with its public key. Never printed."""

    raw: bytes
    public: PublicKey

    @classmethod
    def generate(cls, seed: bytes | None = None) -> SecretKey:
        """A fresh key pair (deterministic from a 32-byte seed, for vectors and demo keys)."""
        public, secret = primitives.x25519_keypair(seed)
        return cls(secret, PublicKey(public))

    @classmethod
    def from_raw(cls, raw: bytes) -> SecretKey:
        """Rebuild from the 32 secret bytes; raises KeyEncodingError on a wrong length."""
        if len(raw) != primitives.KEY_BYTES:
            raise KeyEncodingError("secret key must be 32 bytes")
        return cls(raw, PublicKey(primitives.x25519_public_from_secret(raw)))

    def encode(self) -> str:
        """The ``snsk1…`` string. Only for key files and the published demo keys."""
        return encode_key(SECRET_PREFIX, self.raw)

    @classmethod
    def decode(cls, text: str) -> SecretKey:
        """Parse an ``snsk1…`` string; raises KeyEncodingError."""
        return cls.from_raw(decode_key(text, SECRET_PREFIX))

    def __repr__(self) -> str:
        return f"SecretKey(<redacted>, public={self.public!r})"


@dataclass(frozen=True, repr=False)
class IdentityPublicKey:
    """A team's Ed25519 identity public key (it signs team cards)."""

    raw: bytes

    def __post_init__(self) -> None:
        if len(self.raw) != primitives.KEY_BYTES:
            raise KeyEncodingError("identity key must be 32 bytes")

    def encode(self) -> str:
        """The ``snid1…`` string."""
        return encode_key(IDENTITY_PREFIX, self.raw)

    @classmethod
    def decode(cls, text: str) -> IdentityPublicKey:
        """Parse an ``snid1…`` string; raises KeyEncodingError."""
        return cls(decode_key(text, IDENTITY_PREFIX))

    def verify(self, message: bytes, signature: bytes) -> bool:
        """True if ``signature`` is this identity's signature of ``message``."""
        return primitives.ed25519_verify(self.raw, message, signature)

    def __repr__(self) -> str:
        return f"IdentityPublicKey({self.encode()[:14]}…)"


@dataclass(frozen=True, repr=False)
class IdentitySecretKey:
    """A team's Ed25519 identity seed. Never printed."""

    seed: bytes
    public: IdentityPublicKey

    @classmethod
    def generate(cls, seed: bytes | None = None) -> IdentitySecretKey:
        """A fresh identity (deterministic from a 32-byte seed when given)."""
        seed = primitives.random_bytes(primitives.KEY_BYTES) if seed is None else seed
        if len(seed) != primitives.KEY_BYTES:
            raise KeyEncodingError("identity seed must be 32 bytes")
        return cls(seed, IdentityPublicKey(primitives.ed25519_public_from_seed(seed)))

    def sign(self, message: bytes) -> bytes:
        """Detached Ed25519 signature."""
        return primitives.ed25519_sign(self.seed, message)

    def encode(self) -> str:
        """The ``snis1…`` string. Only for key files and the published demo keys."""
        return encode_key(IDENTITY_SECRET_PREFIX, self.seed)

    @classmethod
    def decode(cls, text: str) -> IdentitySecretKey:
        """Parse an ``snis1…`` string; raises KeyEncodingError."""
        return cls.generate(decode_key(text, IDENTITY_SECRET_PREFIX))

    def __repr__(self) -> str:
        return f"IdentitySecretKey(<redacted>, public={self.public!r})"
