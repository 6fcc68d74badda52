"""Fuzz target: the editor vault's formats (docs/FORMAT.md section 15).

Byte 0 selects how the rest is used:

* 0 mod 4 -- vault key file: ``VaultKeyFile.parse``; an accepted file re-serialises to the same
  bytes, and its declared KDF parameters go through the parameter check (never a derivation);
* 1 mod 4 -- blob: ``unwrap_blob`` with a fixed key and associated data;
* 2 mod 4 -- streamed file, raw bytes: ``decrypt_stream`` with a fixed key;
* 3 mod 4 -- streamed file, forged with the right key: the rest is a plan (version byte, chunk
  sizes, tags, associated data, a cut or appended bytes) that the harness seals chunk by chunk
  following FORMAT.md 15.3. The reader must accept the file iff the plan follows every rule of
  15.3, and then return exactly the plan's plaintext.

Only the declared VaultFormatError subclasses may escape the code under test.
"""

from __future__ import annotations

import io
import sys

from _fuzzlib import ByteReader, Collector, fill, fuzz_main, instrumented, outcome

with instrumented():
    from crypto import primitives
    from crypto.errors import KdfParametersRefused
    from crypto.keyfile import WEAK_KDF_FOR_TESTS_ONLY
    from crypto.vault_format import (
        STREAM_CHUNK_BYTES,
        VaultFormatError,
        VaultKdfRefused,
        VaultKeyFile,
        decrypt_stream,
        open_with_passphrase,
        unwrap_blob,
    )

KEY = b"\x66" * 32
AD = b"draft 0123"
STREAM_AD = b"sealnote v1 vault stream" + b"\x01" + AD  # FORMAT.md 15.3
ERRORS = (VaultFormatError,)
MESSAGE, FINAL = primitives.TAG_MESSAGE, primitives.TAG_FINAL
FILLER = fill(b"vault chunk", STREAM_CHUNK_BYTES + 1024)


def _key_file(data: bytes) -> None:
    got, parsed = outcome(lambda: VaultKeyFile.parse(data), ERRORS)
    if got != "ok":
        return
    assert parsed.to_bytes() == data, "a parsed vault key file re-serialises differently"
    params = parsed.params
    if params.opslimit > 2 or params.memlimit > 64 * 1024:
        refused, _ = outcome(lambda: params.check(WEAK_KDF_FOR_TESTS_ONLY),
                             (KdfParametersRefused,))
        if refused != "ok":
            opened, _ = outcome(lambda: open_with_passphrase(parsed, "x" * 8,
                                                             WEAK_KDF_FOR_TESTS_ONLY), ERRORS)
            assert opened == VaultKdfRefused.__name__, opened
        return
    outcome(lambda: open_with_passphrase(parsed, "x" * 8, WEAK_KDF_FOR_TESTS_ONLY), ERRORS)


def _decrypt(data: bytes) -> tuple[str, bytes | None]:
    sink = Collector()
    got, _ = outcome(lambda: decrypt_stream(KEY, io.BytesIO(data), sink, AD), ERRORS)
    return got, bytes(sink.buffer) if got == "ok" else None


def _forge(r: ByteReader) -> None:
    version = 1 if r.u8() < 240 else r.u8()
    count = r.u8() % 4
    chunks = []
    for c in range(count):
        b = r.u8()
        size = (STREAM_CHUNK_BYTES if b < 128
                else (b * 257 + r.u8() * 13) % (STREAM_CHUNK_BYTES + 1))
        if b >= 250:
            size = 0
        natural = FINAL if c == count - 1 else MESSAGE
        b = r.u8()
        tag = natural if b < 224 else (MESSAGE, 1, 2, FINAL)[b % 4]
        chunks.append((size, tag, r.u8() < 240))
    b = r.u8()
    cut = 1 + r.u8() % 40 if b >= 232 else 0
    extra = (r.take(1 + r.u8() % 40) or b"\x00") if 216 <= b < 232 else b""
    pusher = primitives.StreamPusher(KEY, b"\x77" * 24)
    data, plaintext = bytearray([version]) + pusher.header, bytearray()
    for c, (size, tag, good_ad) in enumerate(chunks):
        message = FILLER[c * 101:c * 101 + size]
        out = bytearray(size + primitives.STREAM_ABYTES)
        pusher.push_into(memoryview(out), memoryview(message),
                         STREAM_AD if good_ad else STREAM_AD[:-1], tag)
        data += out
        plaintext += message
    if cut:
        del data[max(0, len(data) - cut):]
    data += extra
    valid = (version == 1 and count >= 1 and not cut and not extra
             and all(good for _, _, good in chunks)
             and all(s == STREAM_CHUNK_BYTES and t == MESSAGE for s, t, _ in chunks[:-1])
             and chunks[-1][1] == FINAL
             and (chunks[-1][0] >= 1 or count == 1))
    got, result = _decrypt(bytes(data))
    if valid:
        assert got == "ok" and result == plaintext, f"valid stream rejected ({got})"
    else:
        assert got != "ok", f"invalid stream accepted: {chunks} cut={cut} extra={len(extra)}"


def vault_one(data: bytes) -> None:
    r = ByteReader(data)
    mode = r.u8() % 4
    if mode == 0:
        _key_file(r.rest())
    elif mode == 1:
        outcome(lambda: unwrap_blob(KEY, r.rest(), AD), ERRORS)
    elif mode == 2:
        _decrypt(r.rest())
    else:
        _forge(r)


ENTRY_POINTS = {"vault": vault_one}
MODES = {"--vault": "vault"}

if __name__ == "__main__":
    fuzz_main(ENTRY_POINTS, MODES)
    sys.exit(0)
