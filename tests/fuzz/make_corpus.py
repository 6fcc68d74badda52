"""Write the seed corpora of the fuzz targets into tests/fuzz/corpus/<target>/.

Seeds are small vector files from tests/vectors/ (COMPACT profile, about 1.7 KB each), pieces of
them (payloads, decrypted inner content), and a few inputs in each target's own layout (card
bodies, key-file payloads, replies, vault files, forge plans). Run it again only to add seeds:

    .venv/bin/python tests/fuzz/make_corpus.py

Inputs made with libsodium's own randomness (replies, vault files) differ from run to run; that
does not matter for seeds. The whole corpus stays well under 2 MB.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _fuzzlib import CORPUS_DIR, vector, vector_file  # noqa: E402

from crypto.armor import strict_b64decode, text_lines  # noqa: E402
from crypto.card import END, issue_card  # noqa: E402
from crypto.header import HEADER_BYTES, parse_header  # noqa: E402
from crypto.keyfile import (  # noqa: E402
    CHEAP_FOR_TESTS_ONLY,
    WEAK_KDF_FOR_TESTS_ONLY,
    ModeratorSecrets,
)
from crypto.keys import IdentitySecretKey, SecretKey  # noqa: E402
from crypto.reply import ReplyContent, seal_reply  # noqa: E402
from crypto.sealed_report import unlock_header  # noqa: E402
from crypto.stream_reader import open_stream  # noqa: E402
from crypto.vault_format import encrypt_stream, wrap_blob, wrap_with_passphrase  # noqa: E402

REPORTS_FOR_HEADER = ("ok-text-compact", "fail-mac-flipped", "fail-own-slot-bit-flipped",
                      "fail-slots-swapped", "fail-unused-slot-bit-flipped", "fail-nonzero-flags",
                      "fail-header-cut-short", "ok-three-recipients")
REPORTS_FOR_REMAC = ("ok-text-compact", "fail-slots-swapped", "fail-slot-duplicated",
                     "fail-small-order-ephemeral")
REPORTS_FOR_INNER = ("ok-text-compact", "ok-reply-key", "ok-demo", "ok-noncanonical-manifest",
                     "ok-hostile-names", "inner-declared-size-too-small", "inner-duplicate-key",
                     "inner-lone-surrogate", "inner-manifest-nested-too-deep",
                     "inner-nonzero-padding", "inner-size-not-an-integer", "inner-unknown-key")
CARDS = ("cards/card-a.txt", "cards/card-b-rotated.txt", "cards/card-a-quoted.txt",
         "cards/card-fail-team-unit-separator.txt")
KEYFILES = ("keyfiles/cheap.snkf", "keyfiles/keyfile-absurd-memlimit.snkf",
            "keyfiles/keyfile-unknown-kdf.snkf", "keyfiles/keyfile-fail-duplicate-member.snkf")
TEXTS = ("text/armor-ok.txt", "text/armor-ok-quoted.txt", "text/parts-all-in-one-quoted.txt",
         "text/parts-1-of-3.txt")


def report(name: str) -> bytes:
    entry = vector(name)
    data = vector_file(entry["file"])
    return data[:entry["truncate_to"]] if "truncate_to" in entry else data


def plaintext(name: str) -> bytes:
    data = report(name)
    header = parse_header(data)
    keys = [SecretKey.decode(k) for k in vector(name)["keys"]]
    file_key = unlock_header(header, keys)
    out = bytearray()
    for piece in open_stream(io.BytesIO(data[HEADER_BYTES:]), file_key, header.mac):
        out += piece
    return bytes(out)


def write(target: str, name: str, data: bytes) -> None:
    folder = CORPUS_DIR / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def card_bodies() -> list[bytes]:
    identity = IdentitySecretKey.generate(b"\x21" * 32)
    previous = IdentitySecretKey.generate(b"\x42" * 32)
    moderators = [SecretKey.generate(bytes([i]) * 32).public for i in (1, 2)]
    plain = issue_card("Example Team", identity, moderators, dt.date(2026, 1, 1),
                       dt.date(2027, 1, 1))
    rotated = issue_card("Équipe d'exemple", identity, moderators[:1], dt.date(2026, 1, 1),
                         dt.date(2026, 2, 1), previous=previous, demo=True)
    bodies = []
    for card in (plain, rotated):
        lines = text_lines(card.text)
        blob = strict_b64decode(lines[1:lines.index(END)]) or b""
        size = int.from_bytes(blob[1:5], "big")
        bodies.append(blob[5:5 + size])
    return bodies


def main() -> None:
    for name in REPORTS_FOR_HEADER:
        write("header", name, report(name))
    compact = report("ok-text-compact")
    write("stream", "ok-text-compact-payload", compact[HEADER_BYTES:])
    write("stream", "appended-payload", report("fail-appended-to-short-last-chunk")[HEADER_BYTES:])
    write("stream", "short-payload", compact[HEADER_BYTES:HEADER_BYTES + 40])
    for name in REPORTS_FOR_REMAC:
        write("stream-remac", name, report(name))
    # Forge plans (see fuzz_stream.read_plan): scaled sizes, 1 and 3 valid segments; real sizes.
    write("stream-forge", "scaled-one-segment", bytes([200, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]))
    write("stream-forge", "scaled-three-segments",
          bytes([200, 2] + [0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] * 3 + [0, 0]))
    write("stream-forge", "real-two-chunks", bytes([0, 0, 0, 0, 0, 0, 1, 0, 0, 200, 9, 0, 0, 0]))
    for name in REPORTS_FOR_INNER:
        write("inner", name, b"\x00" + plaintext(name))
    write("inner", "split-compact", b"\x13\x00\x05\x00\x30\x03\x00" + plaintext("ok-text-compact"))
    for relative in CARDS:
        write("card", Path(relative).name, b"\x00" + vector_file(relative))
    bodies = card_bodies()
    write("card", "signed-body", b"\x02\x00" + bodies[0])
    write("card", "signed-rotated-body", b"\x02\x01" + bodies[1])
    write("card", "blob", b"\x01" + b"\x01" + len(bodies[0]).to_bytes(4, "big") + bodies[0]
          + bytes(65))
    for relative in KEYFILES:
        write("keyfile", Path(relative).name, b"\x00" + vector_file(relative))
    secrets = ModeratorSecrets("Example Team", (SecretKey.generate(b"\x09" * 32),),
                               (IdentitySecretKey.generate(b"\x0a" * 32),), "card", {"k": "v"})
    write("keyfile", "payload", b"\x01" + secrets.to_bytes())
    for relative in TEXTS:
        data = vector_file(relative)
        write("armor", Path(relative).name, b"\x00\x80" + data)
    write("armor", "round-trip", b"\x01\x10" + compact)
    write("armor", "damaged", b"\x02\x05\x41" + compact)
    reply_secret = SecretKey.generate(b"\x33" * 32)
    content = ReplyContent("0123456789abcdef0123456789abcdef", "in_review",
                           "Merci, nous avons reçu le rapport.\nÀ bientôt.", "2026-03-01", False)
    write("reply", "sealed", b"\x00" + seal_reply(content, reply_secret.public))
    document = content.to_json()
    write("reply", "body", b"\x01" + len(document).to_bytes(2, "big") + document)
    vault_key = b"\x66" * 32
    key_file = wrap_with_passphrase(vault_key, "x" * 8, CHEAP_FOR_TESTS_ONLY,
                                    WEAK_KDF_FOR_TESTS_ONLY)
    write("vault", "key-file", b"\x00" + key_file.to_bytes())
    write("vault", "blob", b"\x01" + wrap_blob(vault_key, b"draft text", b"draft 0123"))
    sink = io.BytesIO()
    encrypt_stream(vault_key, io.BytesIO(b"attachment bytes" * 300), sink, b"draft 0123")
    write("vault", "stream", b"\x02" + sink.getvalue())
    write("vault", "forge-two-chunks", bytes([3, 0, 2, 0, 0, 0, 200, 9, 0, 0, 0]))
    write("vault", "forge-empty", bytes([3, 0, 1, 250, 0, 0, 0, 0]))
    total = sum(p.stat().st_size for p in CORPUS_DIR.rglob("*") if p.is_file())
    print(json.dumps({"corpus_bytes": total}))


if __name__ == "__main__":
    main()
