"""Moderator key files: private keys under a passphrase (docs/FORMAT.md, "Key file").

Layout: ``magic "SNKF" | version (1) | kdf_id (1, 1 = Argon2id) | opslimit (4) | memlimit (8) |
salt (16) | nonce (24) | ciphertext``; the ciphertext is XChaCha20-Poly1305 with every preceding
byte as associated data, so the parameters cannot be changed without detection. Parameters
outside the accepted range are refused before any derivation (no memory is allocated for them).
"""

from __future__ import annotations

import json
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from crypto import primitives
from crypto.errors import KdfParametersRefused, KeyEncodingError, KeyFileError, WrongPassphrase
from crypto.keys import IdentitySecretKey, SecretKey

MAGIC = b"SNKF"
VERSION = 1
KDF_ARGON2ID = 1
HEADER_BYTES = 4 + 1 + 1 + 4 + 8 + primitives.ARGON2ID_SALT_BYTES + primitives.AEAD_NONCE_BYTES
MAX_OPSLIMIT = 10
MAX_MEMLIMIT = 1 << 30
MAX_KEY_FILE_BYTES = 1 << 20


@dataclass(frozen=True)
class KdfPolicy:
    """The smallest Argon2id parameters a reader or writer accepts."""

    min_opslimit: int
    min_memlimit: int
    name: str


PRODUCTION_KDF = KdfPolicy(min_opslimit=2, min_memlimit=64 << 20, name="production")
# The only way to accept cheap parameters, for the test suite: production code never passes it.
WEAK_KDF_FOR_TESTS_ONLY = KdfPolicy(min_opslimit=1, min_memlimit=8192, name="tests-only")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters as stored in a file."""

    opslimit: int
    memlimit: int

    def check(self, policy: KdfPolicy) -> None:
        """Raise KdfParametersRefused unless the parameters are within range for ``policy``."""
        if not policy.min_opslimit <= self.opslimit <= MAX_OPSLIMIT:
            raise KdfParametersRefused(f"Argon2id opslimit {self.opslimit} refused")
        if not policy.min_memlimit <= self.memlimit <= MAX_MEMLIMIT:
            raise KdfParametersRefused(f"Argon2id memlimit {self.memlimit} refused")


MODERATE = KdfParams(opslimit=3, memlimit=256 << 20)
CHEAP_FOR_TESTS_ONLY = KdfParams(opslimit=1, memlimit=8192)


def calibrate(target_seconds: float = 0.6) -> KdfParams:
    """Raise the Argon2id opslimit above MODERATE until one unlock takes about the target.

    Runs one MODERATE derivation to measure this machine. Never goes below MODERATE.
    """
    start = time.perf_counter()
    derive_key("calibration", b"\x00" * 16, MODERATE, PRODUCTION_KDF)
    per_pass = (time.perf_counter() - start) / MODERATE.opslimit
    ops = max(MODERATE.opslimit, min(MAX_OPSLIMIT, int(target_seconds / max(per_pass, 1e-3))))
    return KdfParams(ops, MODERATE.memlimit)


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so the same passphrase typed on two systems gives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams, policy: KdfPolicy) -> bytes:
    """Argon2id after the parameter check; raises KdfParametersRefused or KeyFileError."""
    params.check(policy)
    if not passphrase:
        raise KeyFileError("the passphrase is empty")
    return primitives.argon2id_derive(normalize_passphrase(passphrase), salt, params.opslimit,
                                      params.memlimit)


@dataclass(frozen=True, repr=False)
class ModeratorSecrets:
    """What a key file protects. Current keys come first; older ones open older reports."""

    team: str
    encryption_keys: tuple[SecretKey, ...]
    identity_keys: tuple[IdentitySecretKey, ...] = ()
    card_text: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        """JSON payload (kept only inside the AEAD)."""
        return json.dumps({"team": self.team, "card": self.card_text,
                           "encryption": [k.encode() for k in self.encryption_keys],
                           "identity": [k.encode() for k in self.identity_keys],
                           "extra": self.extra}, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> ModeratorSecrets:
        """Parse the payload (FORMAT.md section 10); raises KeyFileError.

        Exactly the five members, each once; ``team`` and ``card`` strings; ``encryption`` a
        non-empty and ``identity`` a possibly empty array of key strings; ``extra`` an object of
        strings. Nothing is converted: a value of another type is an error.
        """
        doc = _payload_document(data)
        try:
            return cls(doc["team"], tuple(SecretKey.decode(k) for k in doc["encryption"]),
                       tuple(IdentitySecretKey.decode(k) for k in doc["identity"]),
                       doc["card"], doc["extra"])
        except KeyEncodingError as exc:
            raise KeyFileError("the key file holds a malformed key") from exc

    def __repr__(self) -> str:
        return f"ModeratorSecrets(team=<redacted>, keys={len(self.encryption_keys)})"


_PAYLOAD_KEYS = frozenset({"team", "card", "encryption", "identity", "extra"})


def _unique_members(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise KeyFileError("the key file's contents repeat a member")
    return result


def _not_json(constant: str) -> Any:
    raise KeyFileError(f"{constant} is not JSON")


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _payload_document(data: bytes) -> dict[str, Any]:
    """The payload JSON, checked member by member; raises KeyFileError."""
    try:
        doc = json.loads(data.decode("utf-8"), object_pairs_hook=_unique_members,
                         parse_constant=_not_json)
    except (ValueError, RecursionError) as exc:  # bad UTF-8 or JSON, or nested far too deep
        raise KeyFileError("the key file's contents are malformed") from exc
    if not isinstance(doc, dict) or set(doc) != _PAYLOAD_KEYS:
        raise KeyFileError("the key file's contents have unexpected members")
    extra = doc["extra"]
    if not (isinstance(doc["team"], str) and isinstance(doc["card"], str)
            and _is_str_list(doc["encryption"]) and doc["encryption"]
            and _is_str_list(doc["identity"]) and isinstance(extra, dict)
            and all(isinstance(v, str) for v in extra.values())):
        raise KeyFileError("the key file's contents have a member of the wrong type")
    return doc


def _header(params: KdfParams, salt: bytes, nonce: bytes) -> bytes:
    return (MAGIC + bytes([VERSION, KDF_ARGON2ID]) + params.opslimit.to_bytes(4, "big")
            + params.memlimit.to_bytes(8, "big") + salt + nonce)


def write_key_file(secrets: ModeratorSecrets, passphrase: str, params: KdfParams = MODERATE,
                   policy: KdfPolicy = PRODUCTION_KDF) -> bytes:
    """The bytes of a key file; raises KdfParametersRefused or KeyFileError."""
    if not secrets.encryption_keys:
        raise KeyFileError("a key file holds at least one encryption key")
    salt = primitives.random_bytes(primitives.ARGON2ID_SALT_BYTES)
    nonce = primitives.random_bytes(primitives.AEAD_NONCE_BYTES)
    key = derive_key(passphrase, salt, params, policy)
    header = _header(params, salt, nonce)
    return header + primitives.aead_encrypt(key, nonce, secrets.to_bytes(), header)


def read_key_file_params(data: bytes) -> KdfParams:
    """The KDF parameters a key file declares; raises KeyFileError if it is not a key file."""
    if len(data) < HEADER_BYTES + 16 or data[:4] != MAGIC:
        raise KeyFileError("not a Sealnote key file")
    if data[4] != VERSION or data[5] != KDF_ARGON2ID:
        raise KeyFileError("unsupported key file version or KDF")
    if len(data) > MAX_KEY_FILE_BYTES:
        raise KeyFileError("the key file is too large")
    return KdfParams(int.from_bytes(data[6:10], "big"), int.from_bytes(data[10:18], "big"))


def open_key_file(data: bytes, passphrase: str,
                  policy: KdfPolicy = PRODUCTION_KDF) -> ModeratorSecrets:
    """Decrypt a key file; raises KeyFileError, KdfParametersRefused or WrongPassphrase."""
    params = read_key_file_params(data)
    params.check(policy)
    salt = data[18:18 + primitives.ARGON2ID_SALT_BYTES]
    nonce = data[18 + primitives.ARGON2ID_SALT_BYTES:HEADER_BYTES]
    key = derive_key(passphrase, salt, params, policy)
    try:
        plaintext = primitives.aead_decrypt(key, nonce, data[HEADER_BYTES:], data[:HEADER_BYTES])
    except primitives.PrimitiveFailure as exc:
        raise WrongPassphrase("wrong passphrase, or the key file was altered") from exc
    return ModeratorSecrets.from_bytes(plaintext)
