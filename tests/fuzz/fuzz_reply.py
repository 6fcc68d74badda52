"""Fuzz target: sealed replies (docs/FORMAT.md section 14), ``open_reply`` and ``parse_body``.

Byte 0 selects how the rest is used:

* even -- raw: the rest is a sealed reply, opened with a fixed reply secret key;
* odd -- body: the rest is the reply *body* (cut or zero-padded to 16,384 bytes); the harness
  seals it correctly with a fixed reply key and nonce, following FORMAT.md 14.1 (so the key
  schedule and associated data are checked against the text), and opens it.

Oracles, besides "only ReplyOpenError subclasses": raw input of the wrong length, version or
flags is NotAReply (14.2 step 1); a correctly sealed body gives exactly the outcome of
``parse_body`` on it (never ReplyNotForThisKey/ReplyTampered); an accepted reply's document is
canonical and the content seals and opens again to the same content.
"""

from __future__ import annotations

import sys

from _fuzzlib import fuzz_main, instrumented, outcome

with instrumented():
    from crypto import primitives
    from crypto.keys import SecretKey
    from crypto.reply import (
        BODY_BYTES,
        REPLY_BYTES,
        ReplyContent,
        ReplyOpenError,
        open_reply,
        parse_body,
        seal_reply,
    )

REPLY_SECRET = SecretKey.generate(b"\x33" * 32)
REPLY_KEY = b"\x44" * 32
NONCE = b"\x55" * 24
HEADER = (b"\x81\x00" + primitives.seal_file_key(REPLY_KEY, REPLY_SECRET.public.raw) + NONCE)
AEAD_KEY = primitives.hkdf_sha256(REPLY_KEY, b"sealnote v1 reply")
ERRORS = (ReplyOpenError,)


def _check(content: ReplyContent) -> None:
    again = open_reply(seal_reply(content, REPLY_SECRET.public), REPLY_SECRET)
    assert again.to_json() == content.to_json()
    assert len(content.message) <= 4000


def _raw(data: bytes) -> None:
    got, content = outcome(lambda: open_reply(data, REPLY_SECRET), ERRORS)
    if len(data) != REPLY_BYTES or data[0] != 0x81 or data[1] != 0x00:
        assert got == "NotAReply", got
    if got == "ok":
        _check(content)


def _body(body: bytes) -> None:
    body = body[:BODY_BYTES].ljust(BODY_BYTES, b"\x00")
    sealed = HEADER + primitives.aead_encrypt(AEAD_KEY, NONCE, body, HEADER)
    assert len(sealed) == REPLY_BYTES
    got, content = outcome(lambda: open_reply(sealed, REPLY_SECRET), ERRORS)
    direct, direct_content = outcome(lambda: parse_body(body), ERRORS)
    assert got == direct, (got, direct)
    if got == "ok":
        size = int.from_bytes(body[:2], "big")
        assert content.to_json() == body[2:2 + size] == direct_content.to_json()
        _check(content)


def reply_one(data: bytes) -> None:
    if not data:
        return
    if data[0] % 2:
        _body(data[1:])
    else:
        _raw(data[1:])


ENTRY_POINTS = {"reply": reply_one}
MODES = {"--reply": "reply"}

if __name__ == "__main__":
    fuzz_main(ENTRY_POINTS, MODES)
    sys.exit(0)
