"""Fuzz target: moderator key files (docs/FORMAT.md section 10).

Byte 0 selects how the rest is used:

* even -- raw: the rest is a key file, read with the passphrase of the frozen vector
  ``keyfile-cheap`` under the tests-only policy. To keep every execution cheap, the harness runs
  Argon2id only when the declared parameters are at most (2 passes, 64 KiB); for dearer ones it
  checks that the parameter check refuses or accepts them exactly as FORMAT.md says.
* odd -- payload: the rest is the key-file payload; the harness encrypts it correctly (cheap
  Argon2id parameters, the header as associated data), so mutated payloads reach
  ``ModeratorSecrets.from_bytes``.

Oracles, besides "only KeyFileError and its subclasses": a correctly encrypted payload never
gives WrongPassphrase or KdfParametersRefused; an accepted payload survives
``to_bytes``/``from_bytes``; the parameter check follows the documented range.
"""

from __future__ import annotations

import sys

from _fuzzlib import fuzz_main, instrumented, outcome, vector

with instrumented():
    from crypto import primitives
    from crypto.errors import KdfParametersRefused, KeyFileError
    from crypto.keyfile import (
        CHEAP_FOR_TESTS_ONLY,
        HEADER_BYTES,
        MAX_MEMLIMIT,
        MAX_OPSLIMIT,
        WEAK_KDF_FOR_TESTS_ONLY,
        ModeratorSecrets,
        derive_key,
        open_key_file,
        read_key_file_params,
    )

PASSPHRASE = vector("keyfile-cheap")["passphrase"]
SALT = b"\x5a" * 16
NONCE = b"\xa5" * 24
HEADER = (b"SNKF\x01\x01" + CHEAP_FOR_TESTS_ONLY.opslimit.to_bytes(4, "big")
          + CHEAP_FOR_TESTS_ONLY.memlimit.to_bytes(8, "big") + SALT + NONCE)
assert len(HEADER) == HEADER_BYTES
KEY = derive_key(PASSPHRASE, SALT, CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
CHEAP_OPS, CHEAP_MEM = 2, 64 * 1024


def _raw(data: bytes) -> None:
    got, params = outcome(lambda: read_key_file_params(data), (KeyFileError,))
    if got != "ok":
        got2, _ = outcome(lambda: open_key_file(data, PASSPHRASE, WEAK_KDF_FOR_TESTS_ONLY),
                          (KeyFileError,))
        assert got2 == got, (got2, got)
        return
    in_range = (WEAK_KDF_FOR_TESTS_ONLY.min_opslimit <= params.opslimit <= MAX_OPSLIMIT
                and WEAK_KDF_FOR_TESTS_ONLY.min_memlimit <= params.memlimit <= MAX_MEMLIMIT)
    checked, _ = outcome(lambda: params.check(WEAK_KDF_FOR_TESTS_ONLY), (KdfParametersRefused,))
    assert (checked == "ok") == in_range, (checked, params)
    if not in_range:
        opened, _ = outcome(lambda: open_key_file(data, PASSPHRASE, WEAK_KDF_FOR_TESTS_ONLY),
                            (KeyFileError,))
        assert opened == "KdfParametersRefused", opened
        return
    if params.opslimit > CHEAP_OPS or params.memlimit > CHEAP_MEM:
        return
    opened, secrets = outcome(lambda: open_key_file(data, PASSPHRASE, WEAK_KDF_FOR_TESTS_ONLY),
                              (KeyFileError,))
    if opened == "ok":
        _check(secrets)


def _check(secrets: ModeratorSecrets) -> None:
    again = ModeratorSecrets.from_bytes(secrets.to_bytes())
    assert again == secrets, "payload does not survive to_bytes/from_bytes"
    assert secrets.encryption_keys, "a key file without an encryption key was accepted"


def _payload(payload: bytes) -> None:
    data = HEADER + primitives.aead_encrypt(KEY, NONCE, payload, HEADER)
    opened, secrets = outcome(lambda: open_key_file(data, PASSPHRASE, WEAK_KDF_FOR_TESTS_ONLY),
                              (KeyFileError,))
    assert opened not in ("WrongPassphrase", "KdfParametersRefused"), opened
    direct, _ = outcome(lambda: ModeratorSecrets.from_bytes(payload), (KeyFileError,))
    assert direct == opened, (direct, opened)
    if opened == "ok":
        _check(secrets)


def keyfile_one(data: bytes) -> None:
    if not data:
        return
    if data[0] % 2:
        _payload(data[1:])
    else:
        _raw(data[1:])


ENTRY_POINTS = {"keyfile": keyfile_one}
MODES = {"--keyfile": "keyfile"}

if __name__ == "__main__":
    fuzz_main(ENTRY_POINTS, MODES)
    sys.exit(0)
