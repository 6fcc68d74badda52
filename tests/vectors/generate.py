"""The one deterministic generator of the frozen Sealnote v1 test vectors (docs/FORMAT.md).

Usage: ``python tests/vectors/generate.py --out DIR`` (DIR must not already hold vectors).

The vectors in this folder are FROZEN: they were generated once and are never regenerated to make
a test pass. tests/crypto/test_vectors.py runs this script into a temporary folder and checks that
the output is byte-identical to the frozen files, so any change here or in the sealer's use of
randomness shows up as a failing test. If the format changes, a new version gets new vectors in a
new folder. Every key in the output is a throwaway test key derived from SEED below.

Failure vectors are crafted with small private helpers below, on top of crypto's own functions
(header.build_header, header.segment_key, primitives.StreamPusher, inner.encode_prefix).
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import io
import json
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from crypto import armor, card, keyfile, primitives  # noqa: E402
from crypto.header import (  # noqa: E402
    HEADER_BYTES,
    MAC_BYTES,
    PREFIX_BYTES,
    SLOT_BYTES,
    SLOT_COUNT,
    Header,
    build_header,
    mac_key,
    parse_header,
    segment_key,
)
from crypto.inner import AttachmentEntry, Manifest, encode_prefix  # noqa: E402
from crypto.keys import IdentitySecretKey, PublicKey, SecretKey  # noqa: E402
from crypto.padding import PaddingProfile, padded_length  # noqa: E402
from crypto.seal import DeterministicEntropyForVectors, seal_report  # noqa: E402
from crypto.sealed_report import unlock_header  # noqa: E402
from crypto.stream import CHUNK_BYTES, SEGMENT_BYTES, SEGMENT_CT_BYTES  # noqa: E402

SEED = b"sealnote v1 frozen test vectors"
CHECK_DATE = "2026-03-01"
PASSPHRASE = "correct horse battery staple"
PASSPHRASE_NFC = unicodedata.normalize("NFC", "Z\u00fcrich caf\u00e9 \u00e0 minuit")
PASSPHRASE_NFD = unicodedata.normalize("NFD", PASSPHRASE_NFC)
SUBFOLDERS = ("reports", "cards", "keyfiles", "text")
TAG_MESSAGE, TAG_PUSH, TAG_REKEY, TAG_FINAL = 0, 1, 2, 3
COMPACT = PaddingProfile.COMPACT
STANDARD = PaddingProfile.STANDARD
HOSTILE_NAMES = ["../../x", "/etc/passwd", "C:\\x", "CON", "a\u202egnp.exe", "n" * 10_000,
                 "dup.txt", "dup.txt", "nul\u0000.txt"]


def _seed(label: str) -> bytes:
    return hashlib.sha256(SEED + b"/" + label.encode()).digest()


def _det_bytes(label: str, size: int) -> bytes:
    """Deterministic filler bytes (SHA-256 in counter mode over a label)."""
    base = _seed(label)
    blocks = (hashlib.sha256(base + i.to_bytes(8, "big")).digest() for i in range(-(-size // 32)))
    return b"".join(blocks)[:size]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- Fixed throwaway keys --------------------------------------------------------------------

MOD_A = SecretKey.generate(_seed("moderator A"))
MOD_B = SecretKey.generate(_seed("moderator B"))
MOD_C = SecretKey.generate(_seed("moderator C"))
MOD_OLD = SecretKey.generate(_seed("moderator D old key"))
MOD_NEW = SecretKey.generate(_seed("moderator D new key"))
OUTSIDER = SecretKey.generate(_seed("outsider"))
REPLY = SecretKey.generate(_seed("editor reply key"))
IDENTITY_1 = IdentitySecretKey.generate(_seed("team identity 1"))
IDENTITY_2 = IdentitySecretKey.generate(_seed("team identity 2"))
IDENTITY_X = IdentitySecretKey.generate(_seed("unrelated identity"))


class _VectorEntropy(DeterministicEntropyForVectors):
    """DeterministicEntropyForVectors seeded per vector label.

    The unused slots' random contents are drawn from the entropy object by
    crypto.header.build_header (before each throwaway slot's ephemeral key), so the whole file
    is reproducible from the seed.
    """

    def __init__(self, label: str, recipients: Sequence[PublicKey]) -> None:
        super().__init__(_seed("entropy " + label))
        self._recipients = set(recipients)


# --- Sealing helpers -------------------------------------------------------------------------

def _manifest(fields: dict[str, str], attachments: Sequence[tuple[str, bytes]] = (),
              **kw: Any) -> tuple[Manifest, list[bytes]]:
    entries = tuple(AttachmentEntry(name, len(data), "application/octet-stream", "none")
                    for name, data in attachments)
    return (Manifest(fields=fields, attachments=entries, sealed_on="2025-11-20", **kw),
            [data for _, data in attachments])


def _seal(label: str, recipients: Sequence[PublicKey], manifest: Manifest,
          attachments: Sequence[bytes], profile: PaddingProfile = COMPACT) -> tuple[bytes, bytes]:
    """The sealed file and its report id."""
    sink = io.BytesIO()
    info = seal_report(sink, list(recipients), manifest, [io.BytesIO(a) for a in attachments],
                       profile=profile, entropy=_VectorEntropy(label, recipients))
    if info.sealed_length != len(sink.getvalue()):
        raise AssertionError("sealed length")
    return sink.getvalue(), info.report_id


class _Forge:
    """A header built like the sealer's, and a payload assembled chunk by chunk."""

    def __init__(self, label: str, recipients: Sequence[PublicKey],
                 slot_key: Callable[[bytes, PublicKey], bytes] | None = None) -> None:
        self.entropy = _VectorEntropy(label, recipients)
        self.file_key = self.entropy.take(primitives.KEY_BYTES)
        self.report_id = self.entropy.take(16)
        dummies = [PublicKey(primitives.x25519_keypair(self.entropy.take(32))[0])
                   for _ in range(SLOT_COUNT - len(recipients))]

        def seal_slot(file_key: bytes, pk: PublicKey) -> bytes:
            wrapped = slot_key(file_key, pk) if slot_key else file_key
            return self.entropy.seal_slot(wrapped, pk)

        self.header: Header = build_header(self.file_key, list(recipients), seal_slot, dummies,
                                           self.entropy.slot_order(), self.entropy.take)

    @property
    def mac(self) -> bytes:
        return self.header.mac

    def segment(self, index: int, last: bool, chunks: Sequence[tuple[bytes, int]],
                ad: Sequence[bytes] | None = None) -> bytes:
        """One segment: stream header, then each (message, tag) chunk with the given AD."""
        pusher = primitives.StreamPusher(segment_key(self.file_key, index, last),
                                         self.entropy.stream_header(index))
        out = bytearray(pusher.header)
        for i, (message, tag) in enumerate(chunks):
            buf = bytearray(len(message) + primitives.STREAM_ABYTES)
            pusher.push_into(memoryview(buf), memoryview(message),
                             self.mac if ad is None else ad[i], tag)
            out += buf
        return bytes(out)

    def file(self, *segments: bytes) -> bytes:
        return self.header.to_bytes() + b"".join(segments)

    def sealed(self, plaintext: bytes) -> bytes:
        """The plaintext sealed exactly as the sealer does it."""
        pieces = [plaintext[i:i + SEGMENT_BYTES] for i in range(0, len(plaintext), SEGMENT_BYTES)]
        return self.file(*(self.segment(i, i == len(pieces) - 1, _chunks(p))
                           for i, p in enumerate(pieces)))


def _chunks(plaintext: bytes) -> list[tuple[bytes, int]]:
    pieces = [plaintext[i:i + CHUNK_BYTES] for i in range(0, len(plaintext), CHUNK_BYTES)]
    return [(p, TAG_FINAL if i == len(pieces) - 1 else TAG_MESSAGE) for i, p in enumerate(pieces)]


def _inner(report_id: bytes, manifest_bytes: bytes, attachments: bytes = b"",
           total: int | None = None, profile: PaddingProfile = COMPACT) -> bytes:
    """Inner plaintext: prefix, manifest, attachment bytes, zero padding to ``total``."""
    content = encode_prefix(report_id, manifest_bytes) + attachments
    if total is None:
        total = padded_length(len(content), profile)
    return content + bytes(total - len(content))


def _flip(data: bytes, offset: int, mask: int = 0x01) -> bytes:
    out = bytearray(data)
    out[offset] ^= mask
    return bytes(out)


def _own_slot(data: bytes, key: SecretKey) -> int:
    for i in range(SLOT_COUNT):
        slot = data[2 + i * SLOT_BYTES:2 + (i + 1) * SLOT_BYTES]
        try:
            primitives.open_file_key(slot, key.public.raw, key.raw)
        except primitives.PrimitiveFailure:
            continue
        return i
    raise AssertionError("no slot for this key")


# --- Output ----------------------------------------------------------------------------------

class _Out:
    """Collects files and vectors.json entries."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.vectors: list[dict[str, Any]] = []
        self.written: dict[str, bytes] = {}

    def write(self, rel: str, data: bytes) -> str:
        if rel in self.written:
            raise AssertionError(f"{rel} written twice")
        self.written[rel] = data
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return rel

    def add(self, name: str, kind: str, description: str, expect: str,
            **fields: Any) -> None:
        if any(v["name"] == name for v in self.vectors):
            raise AssertionError(f"vector {name} twice")
        entry: dict[str, Any] = {"name": name, "kind": kind, "description": description}
        entry.update(fields)
        entry["expect"] = expect
        for key in ("file", "trusted_card"):
            if key in entry:
                entry[key + "_sha256"] = _sha(self.written[entry[key]])
        if "files" in entry:
            entry["files_sha256"] = [_sha(self.written[f]) for f in entry["files"]]
        self.vectors.append(entry)


LONG_FIELD_CHARS = 1000


def _expected_manifest(doc: dict[str, Any]) -> dict[str, Any]:
    """The manifest as vectors.json states it: a form field longer than LONG_FIELD_CHARS is
    given as {"chars": its length in code points, "sha256": hex SHA-256 of its UTF-8}."""
    fields = {k: v if len(v) <= LONG_FIELD_CHARS else
              {"chars": len(v), "sha256": _sha(v.encode())} for k, v in doc["fields"].items()}
    return {**doc, "fields": fields}


def _keys(*keys: SecretKey) -> list[str]:
    return [k.encode() for k in keys]


def _report_ok(out: _Out, name: str, description: str, data: bytes, keys: Sequence[SecretKey],
               manifest: Manifest, attachments: Sequence[bytes], report_id: bytes) -> str:
    rel = out.write(f"reports/{name}.sealed", data)
    out.add(name, "report", description, "success", file=rel, keys=_keys(*keys),
            report_id=report_id.hex(), file_length=len(data),
            manifest=_expected_manifest(json.loads(manifest.to_bytes())),
            attachment_sha256=[_sha(a) for a in attachments])
    return rel


def _report_fail(out: _Out, name: str, description: str, data: bytes,
                 keys: Sequence[SecretKey], expect: str) -> str:
    rel = out.write(f"reports/{name}.sealed", data)
    out.add(name, "report", description, expect, file=rel, keys=_keys(*keys))
    return rel


def _intermediates(data: bytes, key: SecretKey, segments: int) -> dict[str, Any]:
    """Values a new implementation can compare step by step (docs/FORMAT.md)."""
    header = parse_header(data[:HEADER_BYTES])
    file_key = unlock_header(header, [key])
    return {"slot_index": _own_slot(data, key), "file_key": file_key.hex(),
            "mac_key": mac_key(file_key).hex(), "header_mac": header.mac.hex(),
            "segment_keys": [segment_key(file_key, i, i == segments - 1).hex()
                             for i in range(segments)],
            "stream_headers": [data[HEADER_BYTES + i * SEGMENT_CT_BYTES:
                                    HEADER_BYTES + i * SEGMENT_CT_BYTES + 24].hex()
                               for i in range(segments)]}


def _ok(out: _Out, name: str, description: str, recipients: Sequence[SecretKey],
        keys: Sequence[SecretKey], manifest: Manifest, attachments: Sequence[bytes],
        profile: PaddingProfile = COMPACT) -> bytes:
    data, report_id = _seal(name, [r.public for r in recipients], manifest, attachments, profile)
    _report_ok(out, name, description, data, keys, manifest, attachments, report_id)
    return data


def _canon(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _base_doc(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(_manifest({"body": "forged with the right key"})[0]
                                     .to_bytes())
    doc.update(changes)
    return doc


def _text_report(body_chars: int, **kw: Any) -> tuple[Manifest, list[bytes]]:
    return _manifest({"title": "Filler", "body": "b" * body_chars}, **kw)


# --- Report vectors: success ------------------------------------------------------------------

def _success_reports(out: _Out) -> dict[str, bytes]:
    base: dict[str, bytes] = {}
    m, a = _manifest({"title": "Checkpoint closed", "place": "Z\u00fcrich \u2014 north gate",
                      "body": "Three people were turned back at 09:40.\nNo reason given."})
    base["text"] = _ok(out, "ok-text-compact", "text-only report, COMPACT padding",
                       [MOD_A], [MOD_A], m, a)
    out.vectors[-1]["intermediate"] = _intermediates(base["text"], MOD_A, 1)
    m, a = _manifest({"body": "x"})
    base["standard-1"] = _ok(out, "ok-text-standard-1-byte", "a 1-byte text, STANDARD padding: "
                             "same file size as ok-text-standard-900k", [MOD_A], [MOD_A], m, a,
                             STANDARD)
    m, a = _manifest({"body": "y" * 900_000})
    base["standard-900k"] = _ok(out, "ok-text-standard-900k", "a 900,000-byte text, STANDARD "
                                "padding", [MOD_A], [MOD_A], m, a, STANDARD)
    m, a = _manifest({"body": "two attachments"},
                     [("empty.txt", b""), ("photo.jpg", _det_bytes("photo", 66_000))])
    base["two-chunks"] = _ok(out, "ok-two-attachments", "two attachments, the first empty; "
                             "plaintext 67584 bytes = a full chunk and a 2048-byte FINAL chunk",
                             [MOD_A], [MOD_A], m, a)
    m, a = _text_report(64_000)
    if padded_length(m.content_length(), COMPACT) != CHUNK_BYTES:
        raise AssertionError("64 KiB vector")
    base["64k"] = _ok(out, "ok-text-64k", "plaintext exactly 65536 bytes: one full FINAL chunk",
                      [MOD_A], [MOD_A], m, a)
    m, a = _manifest({"body": "a large attachment"},
                     [("video.bin", _det_bytes("video", SEGMENT_BYTES + 1000))])
    base["multi"] = _ok(out, "ok-multisegment", "content just over 4 MiB: plaintext 4325376 "
                        "bytes, two segments (64 chunks + 2 chunks)", [MOD_A], [MOD_A], m, a,
                        STANDARD)
    out.vectors[-1]["intermediate"] = _intermediates(base["multi"], MOD_A, 2)
    m, a = _manifest({"body": "please answer"}, reply_key=REPLY.public.encode())
    base["reply-key"] = _ok(out, "ok-reply-key", "carries a reply public key", [MOD_A],
                            [MOD_A], m, a)
    m, a = _manifest({"body": "practice report"}, demo=True)
    base["demo"] = _ok(out, "ok-demo", "demo flag set", [MOD_A], [MOD_A], m, a)
    m, a = _manifest({"body": "to the whole team"})
    _ok(out, "ok-three-recipients", "sealed to three moderators; opened with the 2nd one's key",
        [MOD_A, MOD_B, MOD_C], [MOD_B], m, a)
    m, a = _manifest({"body": "sealed to the old key"})
    _ok(out, "ok-old-and-new-key", "sealed to a moderator's old key; the moderator holds "
        "[new, old]", [MOD_OLD], [MOD_NEW, MOD_OLD], m, a)
    m, a = _manifest({"body": "we received your report"}, kind="reply",
                     in_reply_to="0123456789abcdef0123456789abcdef")
    _ok(out, "ok-reply-kind", "kind reply, sealed to an editor's reply key", [REPLY], [REPLY],
        m, a)
    m, a = _manifest({"body": "hostile names"},
                     [(n, f"content {i}".encode()) for i, n in enumerate(HOSTILE_NAMES)])
    _ok(out, "ok-hostile-names", "hostile attachment names are valid at the crypto level "
        "(the app sanitises them): ../../x, /etc/passwd, C:\\x, CON, RLO, 10,000 chars, "
        "duplicates, NUL", [MOD_A], [MOD_A], m, a)
    return base


def _forged_ok(out: _Out) -> None:
    forge = _Forge("ok-forge-control", [MOD_A.public])
    m, _ = _manifest({"body": "forged with the right key"})
    data = forge.sealed(_inner(forge.report_id, m.to_bytes()))
    _report_ok(out, "ok-forge-control", "built by the generator's own sealing path (control for "
               "the forgery vectors)", data, [MOD_A], m, [], forge.report_id)
    forge = _Forge("ok-noncanonical-manifest", [MOD_A.public])
    doc = _base_doc()
    raw = json.dumps(dict(reversed(list(doc.items()))), indent=1).encode()
    data = forge.sealed(_inner(forge.report_id, raw))
    rel = out.write("reports/ok-noncanonical-manifest.sealed", data)
    out.add("ok-noncanonical-manifest", "report", "manifest with whitespace and unsorted keys: "
            "readers accept any JSON text that meets the rules", "success", file=rel,
            keys=_keys(MOD_A), report_id=forge.report_id.hex(), file_length=len(data),
            manifest=_expected_manifest(doc), attachment_sha256=[])


# --- Report vectors: outer header -------------------------------------------------------------

def _replace_slot(data: bytes, index: int, slot: bytes) -> bytes:
    start = 2 + index * SLOT_BYTES
    return data[:start] + slot + data[start + SLOT_BYTES:]


def _slot(data: bytes, index: int) -> bytes:
    return data[2 + index * SLOT_BYTES:2 + (index + 1) * SLOT_BYTES]


def _header_failures(out: _Out, base: dict[str, bytes]) -> None:
    text, other = base["text"], base["demo"]
    own = _own_slot(text, MOD_A)
    dummy = (own + 3) % SLOT_COUNT
    cases: list[tuple[str, str, bytes, str]] = [
        ("fail-empty", "empty file", b"", "NotASealedReport"),
        ("fail-unknown-version", "version byte 0x02", bytes([2]) + text[1:], "NotASealedReport"),
        ("fail-nonzero-flags", "flags byte 0x01", text[:1] + b"\x01" + text[2:],
         "NotASealedReport"),
        ("fail-one-byte", "just the version byte", text[:1], "Truncated"),
        ("fail-header-cut-short", "the first 673 header bytes", text[:HEADER_BYTES - 1],
         "Truncated"),
        ("fail-header-only", "the 674 header bytes and no payload", text[:HEADER_BYTES],
         "Truncated"),
        ("fail-unused-slot-bit-flipped", "one bit flipped in an unused slot",
         _flip(text, 2 + dummy * SLOT_BYTES + 40, 0x10), "HeaderTampered"),
        ("fail-own-slot-bit-flipped", "one bit flipped in the recipient's own slot",
         _flip(text, 2 + own * SLOT_BYTES + 50, 0x04), "NoMatchingKey"),
        ("fail-own-slot-top-bit-of-ephemeral", "top bit of the ephemeral key in the own slot "
         "(X25519 ignores it, the sealed-box nonce does not)",
         _flip(text, 2 + own * SLOT_BYTES + 31, 0x80), "NoMatchingKey"),
        ("fail-small-order-ephemeral", "own slot's ephemeral key replaced by the all-zero "
         "(small-order) point", _replace_slot(text, own, bytes(32) + _slot(text, own)[32:]),
         "NoMatchingKey"),
        ("fail-mac-flipped", "one bit of the header MAC flipped",
         _flip(text, PREFIX_BYTES + 7), "HeaderTampered"),
        ("fail-mac-zeroed", "header MAC replaced by zeros",
         text[:PREFIX_BYTES] + bytes(MAC_BYTES) + text[HEADER_BYTES:], "HeaderTampered"),
        ("fail-slots-swapped", "own slot swapped with an unused slot",
         _replace_slot(_replace_slot(text, own, _slot(text, dummy)), dummy, _slot(text, own)),
         "HeaderTampered"),
        ("fail-slot-duplicated", "own slot copied over an unused slot",
         _replace_slot(text, dummy, _slot(text, own)), "HeaderTampered"),
        ("fail-slots-from-other-file", "all 8 slots taken from ok-demo (same recipient)",
         text[:2] + other[2:PREFIX_BYTES] + text[PREFIX_BYTES:], "HeaderTampered"),
        ("fail-random-after-version", "version and flags right, then random bytes",
         b"\x01\x00" + _det_bytes("random file", len(text) - 2), "NoMatchingKey"),
    ]
    for name, description, data, expect in cases:
        _report_fail(out, name, description, data, [MOD_A], expect)
    out.add("fail-wrong-key", "report", "ok-text-compact opened with a key it was not sealed "
            "to", "NoMatchingKey", file="reports/ok-text-compact.sealed", keys=_keys(OUTSIDER))
    _mixed_file_keys(out)


def _mixed_file_keys(out: _Out) -> None:
    """Recipient B's slot wraps another file key; MAC and payload use recipient A's."""
    other_key = _det_bytes("mixed: the other file key", primitives.KEY_BYTES)
    forge = _Forge("mixed-file-keys", [MOD_A.public, MOD_B.public],
                   lambda fk, pk: other_key if pk == MOD_B.public else fk)
    m, _ = _manifest({"body": "two moderators, two different file keys"})
    data = forge.sealed(_inner(forge.report_id, m.to_bytes()))
    rel = _report_ok(out, "ok-mixed-file-keys-recipient-a", "slots wrap two different file "
                     "keys; recipient A's key matches the MAC, so A opens it", data, [MOD_A], m,
                     [], forge.report_id)
    out.add("fail-mixed-file-keys-recipient-b", "report", "the same file: recipient B's slot "
            "opens to another file key, so the MAC fails (key commitment)", "HeaderTampered",
            file=rel, keys=_keys(MOD_B))


# --- Report vectors: payload ------------------------------------------------------------------

def _payload_failures(out: _Out, base: dict[str, bytes]) -> None:
    text, two, full = base["text"], base["two-chunks"], base["64k"]
    first_end = HEADER_BYTES + primitives.STREAM_HEADER_BYTES + CHUNK_BYTES + 17
    stream_header = two[HEADER_BYTES:HEADER_BYTES + primitives.STREAM_HEADER_BYTES]
    chunk0, chunk1 = two[HEADER_BYTES + 24:first_end], two[first_end:]
    head = two[:HEADER_BYTES] + stream_header
    cases: list[tuple[str, str, bytes, str]] = [
        ("fail-payload-from-other-file", "header of ok-text-compact, payload of ok-demo",
         text[:HEADER_BYTES] + base["demo"][HEADER_BYTES:], "PayloadTampered"),
        ("fail-truncated-in-stream-header", "cut 10 bytes into the segment's stream header",
         two[:HEADER_BYTES + 10], "Truncated"),
        ("fail-truncated-chunk-boundary", "ok-two-attachments cut after its first (full, "
         "MESSAGE) chunk", two[:first_end], "Truncated"),
        ("fail-truncated-mid-chunk", "ok-two-attachments cut 1000 bytes into its last chunk",
         two[:first_end + 1000], "PayloadTampered"),
        ("fail-trailing-1-byte", "ok-text-64k plus 1 byte after the FINAL chunk",
         full + b"\x00", "TrailingData"),
        ("fail-trailing-17-bytes", "ok-text-64k plus 17 bytes after the FINAL chunk",
         full + _det_bytes("trailing 17", 17), "TrailingData"),
        ("fail-trailing-full-chunk", "ok-text-64k plus a copy of its own FINAL chunk",
         full + full[HEADER_BYTES + 24:], "TrailingData"),
        ("fail-appended-to-short-last-chunk", "ok-text-compact plus 1 byte: the reader reads it "
         "as part of the short last chunk, which then fails to authenticate",
         text + b"\x00", "PayloadTampered"),
        ("fail-stream-header-flipped", "one bit of the segment's stream header",
         _flip(text, HEADER_BYTES + 3), "PayloadTampered"),
        ("fail-first-chunk-flipped", "one bit in the first chunk of ok-two-attachments",
         _flip(two, HEADER_BYTES + 24 + 100), "PayloadTampered"),
        ("fail-last-chunk-flipped", "one bit in the last chunk of ok-two-attachments",
         _flip(two, first_end + 10), "PayloadTampered"),
        ("fail-only-chunk-tag-flipped", "one bit in the Poly1305 tag of ok-text-compact's only "
         "chunk", _flip(text, len(text) - 1), "PayloadTampered"),
        ("fail-chunk-deleted", "first chunk removed", head + chunk1, "PayloadTampered"),
        ("fail-chunk-duplicated", "first chunk twice", head + chunk0 + chunk0 + chunk1,
         "PayloadTampered"),
        ("fail-chunks-swapped", "the two chunks in reverse order", head + chunk1 + chunk0,
         "PayloadTampered"),
    ]
    for name, description, data, expect in cases:
        _report_fail(out, name, description, data, [MOD_A], expect)
    multi = base["multi"]
    for name, description, cut in [
        ("fail-truncated-segment-boundary", "ok-multisegment cut right after its first (full) "
         "segment", HEADER_BYTES + SEGMENT_CT_BYTES),
        ("fail-truncated-second-segment-chunk-boundary", "ok-multisegment cut after the first "
         "chunk of its second segment", HEADER_BYTES + SEGMENT_CT_BYTES + 24 + CHUNK_BYTES + 17),
        ("fail-truncated-inside-first-segment", "ok-multisegment cut after 10 chunks of its "
         "first segment", HEADER_BYTES + 24 + 10 * (CHUNK_BYTES + 17)),
    ]:
        if cut >= len(multi):
            raise AssertionError(name)
        out.add(name, "report", description + " (derived: the first truncate_to bytes of the "
                "file; not stored separately to keep the vectors small)", "Truncated",
                file="reports/ok-multisegment.sealed", truncate_to=cut, keys=_keys(MOD_A))


# --- Report vectors: forgeries made with the right key ----------------------------------------

def _text_inner(forge: _Forge, body_chars: int) -> bytes:
    manifest, _ = _text_report(body_chars)
    return _inner(forge.report_id, manifest.to_bytes())


def _stream_forgeries(out: _Out) -> None:
    def forge(name: str) -> _Forge:
        return _Forge(name, [MOD_A.public])

    cases: list[tuple[str, str, Callable[[_Forge], bytes], str]] = [
        ("forge-short-message-chunk-at-end", "the only chunk is a short MESSAGE chunk (no "
         "FINAL)", lambda f: f.file(f.segment(0, True, [(_text_inner(f, 10), TAG_MESSAGE)])),
         "PayloadTampered"),
        ("forge-short-message-then-final", "a 512-byte MESSAGE chunk, then a 512-byte FINAL "
         "chunk", lambda f: f.file(f.segment(0, True, [(_text_inner(f, 10)[:512], TAG_MESSAGE),
                                                       (_text_inner(f, 10)[512:], TAG_FINAL)])),
         "PayloadTampered"),
        ("forge-empty-final-chunk", "a full MESSAGE chunk, then an empty FINAL chunk",
         lambda f: f.file(f.segment(0, True, [(_text_inner(f, 64_000), TAG_MESSAGE),
                                              (b"", TAG_FINAL)])), "PayloadTampered"),
        ("forge-only-empty-final-chunk", "the segment is a stream header and one empty FINAL "
         "chunk (41 bytes)", lambda f: f.file(f.segment(0, True, [(b"", TAG_FINAL)])),
         "Truncated"),
        ("forge-two-final-chunks", "a full FINAL chunk followed by a second FINAL chunk",
         lambda f: f.file(f.segment(0, True, [(_text_inner(f, 64_000), TAG_FINAL),
                                              (bytes(1024), TAG_FINAL)])), "TrailingData"),
        ("forge-tag-push", "first chunk tagged PUSH (1)",
         lambda f: f.file(f.segment(0, True, _retag(_chunks(_text_inner(f, 66_000)), TAG_PUSH))),
         "PayloadTampered"),
        ("forge-tag-rekey", "first chunk tagged REKEY (2)",
         lambda f: f.file(f.segment(0, True,
                                    _retag(_chunks(_text_inner(f, 66_000)), TAG_REKEY))),
         "PayloadTampered"),
        ("forge-last-flag-clear", "the only segment's key derived with last = 0",
         lambda f: f.file(f.segment(0, False, _chunks(_text_inner(f, 10)))), "Truncated"),
        ("forge-segment-index-1", "the only segment's key derived with index 1",
         lambda f: f.file(f.segment(1, True, _chunks(_text_inner(f, 10)))), "PayloadTampered"),
        ("forge-empty-associated-data", "the only chunk pushed with empty associated data",
         lambda f: f.file(f.segment(0, True, _chunks(_text_inner(f, 10)), [b""])),
         "PayloadTampered"),
        ("forge-ad-on-first-chunk-only", "the header MAC is the AD of the first chunk only",
         lambda f: f.file(f.segment(0, True, _chunks(_text_inner(f, 66_000)), [f.mac, b""])),
         "PayloadTampered"),
    ]
    for name, description, build, expect in cases:
        _report_fail(out, name, description, build(forge(name)), [MOD_A], expect)


def _retag(chunks: list[tuple[bytes, int]], tag: int) -> list[tuple[bytes, int]]:
    if len(chunks) < 2:
        raise AssertionError("needs two chunks")
    return [(chunks[0][0], tag), *chunks[1:]]


def _inner_forgeries(out: _Out) -> None:
    def manifest_case(doc: dict[str, Any], attachments: bytes = b"") -> Callable[[_Forge], bytes]:
        return lambda f: _inner(f.report_id, _canon(doc), attachments)

    def raw_case(raw: bytes) -> Callable[[_Forge], bytes]:
        return lambda f: _inner(f.report_id, raw)

    def with_attachment(size: int) -> dict[str, Any]:
        return _base_doc(attachments=[{"name": "a.bin", "size": size, "type": "x",
                                       "metadata": "none"}])

    good = _canon(_base_doc())
    cases: list[tuple[str, str, Callable[[_Forge], bytes]]] = [
        ("inner-nonzero-padding", "the last padding byte is 0x01",
         lambda f: _flip(_inner(f.report_id, good), 1023)),
        ("inner-not-a-bucket-length", "content padded to 2048 bytes (its bucket is 1024)",
         lambda f: _inner(f.report_id, good, total=2048)),
        ("inner-declared-size-too-large", "declares a 5000-byte attachment; 100 bytes follow",
         manifest_case(with_attachment(5000), b"\x07" * 100)),
        ("inner-declared-size-too-small", "declares a 10-byte attachment; 100 bytes follow",
         manifest_case(with_attachment(10), b"\x07" * 100)),
        ("inner-size-not-an-integer", "attachment size written as 1.0",
         raw_case(_canon(with_attachment(1)).replace(b'"size":1', b'"size":1.0'))),
        ("inner-negative-size", "attachment size -1", manifest_case(with_attachment(-1))),
        ("inner-unknown-key", "manifest with an extra key", manifest_case(_base_doc(extra=1))),
        ("inner-missing-key", "manifest without 'demo'",
         manifest_case({k: v for k, v in _base_doc().items() if k != "demo"})),
        ("inner-duplicate-key", "'demo' appears twice",
         raw_case(good.replace(b'"demo":false', b'"demo":false,"demo":false'))),
        ("inner-bad-utf8", "an invalid UTF-8 byte inside a string",
         raw_case(good.replace(b"forged", b"forg\xffd"))),
        ("inner-manifest-over-limit", "manifest length field 4 MiB + 1",
         lambda f: (b"\x01" + f.report_id + (4 * 1024 * 1024 + 1).to_bytes(4, "big") + good
                    + bytes(1024 - 21 - len(good)))),
        ("inner-manifest-past-end", "manifest length 2000 in a 1024-byte plaintext",
         lambda f: (b"\x01" + f.report_id + (2000).to_bytes(4, "big") + good
                    + bytes(1024 - 21 - len(good)))),
        ("inner-version-2", "inner version byte 2", lambda f: b"\x02" + _inner(f.report_id,
                                                                               good)[1:]),
        ("inner-manifest-v-2", "manifest \"v\": 2", manifest_case(_base_doc(v=2))),
        ("inner-unknown-kind", "manifest \"kind\": \"letter\"",
         manifest_case(_base_doc(kind="letter"))),
        ("inner-demo-not-boolean", "manifest \"demo\": 0", manifest_case(_base_doc(demo=0))),
        ("inner-field-not-a-string", "a form field whose value is a number",
         manifest_case(_base_doc(fields={"body": 5}))),
        ("inner-manifest-not-an-object", "the manifest is a JSON array", raw_case(b"[]")),
    ]
    for name, description, build in cases:
        forge = _Forge(name, [MOD_A.public])
        _report_fail(out, name, description, forge.sealed(build(forge)), [MOD_A],
                     "InnerFormatError")


# --- Team cards --------------------------------------------------------------------------------

TEAM = "Example Rights Monitors"


def _card_text(body: dict[str, Any], signer: IdentitySecretKey,
               endorser: IdentitySecretKey | None) -> str:
    """A card built from the layout in docs/FORMAT.md, independently of card.issue_card."""
    body_bytes = _canon(body)
    message = b"sealnote team card v1\n" + body_bytes
    blob = (b"\x01" + len(body_bytes).to_bytes(4, "big") + body_bytes + signer.sign(message)
            + (b"\x01" + endorser.sign(message) if endorser else b"\x00"))
    return _armor_card(blob)


def _armor_card(blob: bytes) -> str:
    text = base64.b64encode(blob).decode()
    lines = [text[i:i + 64] for i in range(0, len(text), 64)]
    return "\n".join([card.BEGIN, *lines, card.END]) + "\n"


def _card_blob(text: str) -> bytes:
    lines = text.splitlines()
    return base64.b64decode("".join(lines[1:-1]))


def _card_expectation(c: card.TeamCard) -> dict[str, Any]:
    return {"team": c.team, "identity": c.identity.encode(), "fingerprint": c.fingerprint,
            "moderators": [m.encode() for m in c.moderators],
            "created": c.created.isoformat(), "expires": c.expires.isoformat(),
            "previous_identity": c.previous_identity.encode() if c.previous_identity else None,
            "demo": c.demo}


def _cards(out: _Out) -> dict[str, str]:
    def issue(identity: IdentitySecretKey, mods: list[SecretKey], created: str, expires: str,
              previous: IdentitySecretKey | None = None) -> card.TeamCard:
        return card.issue_card(TEAM, identity, [m.public for m in mods],
                               dt.date.fromisoformat(created), dt.date.fromisoformat(expires),
                               previous=previous)

    def ok(name: str, description: str, c: card.TeamCard, text: str | None = None,
           trusted: str | None = None) -> str:
        rel = out.write(f"cards/{name}.txt", (text or c.text).encode())
        extra: dict[str, Any] = {}
        if trusted is not None:
            extra = {"trusted_card": trusted,
                     "is_rotation": c.is_rotation_of(card.parse_card(
                         out.written[trusted].decode()))}
        out.add(name, "card", description, "success", file=rel, check_date=CHECK_DATE,
                card=_card_expectation(c), **extra)
        return rel

    def fail(name: str, description: str, text: str, expect: str) -> None:
        rel = out.write(f"cards/{name}.txt", text.encode())
        out.add(name, "card", description, expect, file=rel, check_date=CHECK_DATE)

    card_a = issue(IDENTITY_1, [MOD_A, MOD_B], "2025-06-01", "2027-06-01")
    rel_a = ok("card-a", "a team card (identity 1, moderators A and B)", card_a)
    card_b = issue(IDENTITY_2, [MOD_A, MOD_C], "2026-01-15", "2028-01-15", previous=IDENTITY_1)
    ok("card-b-rotated", "identity rotated from card-a, endorsed by identity 1; an editor who "
       "trusts card-a accepts it without a new fingerprint check", card_b, trusted=rel_a)
    card_c = issue(IDENTITY_X, [OUTSIDER], "2025-06-01", "2027-06-01")
    ok("card-c-unrelated", "valid card with another identity and no endorsement: not a rotation "
       "of card-a (a fresh fingerprint comparison is needed)", card_c, trusted=rel_a)
    quoted = "Forwarded card:\r\n\r\n" + "".join(f">  {line}  \r\n" for line in
                                                 card_a.text.splitlines())
    ok("card-a-quoted", "card-a quoted with '> ', CRLF line ends and extra spaces", card_a,
       quoted)

    blob = bytearray(_card_blob(card_a.text))
    blob[-10] ^= 0x01
    fail("card-fail-signature-flipped", "one bit of the signature flipped",
         _armor_card(bytes(blob)), "CardError")
    fail("card-fail-body-edited", "team name edited in the body (same length), old signature",
         _armor_card(_card_blob(card_a.text).replace(b"Example", b"Exampl3")), "CardError")
    fail("card-fail-unknown-version", "card version byte 2",
         _armor_card(b"\x02" + _card_blob(card_a.text)[1:]), "CardError")
    damaged = card_a.text.splitlines()
    damaged[2] = damaged[2][:10] + "*" + damaged[2][11:]
    fail("card-fail-damaged-text", "a base64 character replaced by '*'",
         "\n".join(damaged) + "\n", "CardError")
    body_b = json.loads(_card_blob(card_b.text)[5:-129])
    if _card_text(body_b, IDENTITY_2, IDENTITY_1) != card_b.text:
        raise AssertionError("the documented card layout differs from issue_card's")
    fail("card-fail-bad-endorsement", "names identity 1 as previous identity but the "
         "endorsement is by another key", _card_text(body_b, IDENTITY_2, IDENTITY_X),
         "CardError")
    fail("card-fail-missing-endorsement", "names a previous identity but carries no "
         "endorsement", _card_text(body_b, IDENTITY_2, None), "CardError")
    expired = issue(IDENTITY_1, [MOD_A], "2024-01-01", "2026-01-31")
    fail("card-expired", f"expired on 2026-01-31; checked on {CHECK_DATE}", expired.text,
         "CardExpired")
    return {"a": rel_a}


# --- Key files ---------------------------------------------------------------------------------

def _key_file_header(opslimit: int, memlimit: int, salt: bytes, nonce: bytes,
                     magic: bytes = b"SNKF", version: int = 1, kdf: int = 1) -> bytes:
    return (magic + bytes([version, kdf]) + opslimit.to_bytes(4, "big")
            + memlimit.to_bytes(8, "big") + salt + nonce)


def _key_file(label: str, secrets: keyfile.ModeratorSecrets, passphrase: str,
              params: keyfile.KdfParams, policy: keyfile.KdfPolicy) -> bytes:
    """A key file with salt and nonce from the seed (write_key_file draws them at random)."""
    salt = _det_bytes(label + " salt", 16)
    nonce = _det_bytes(label + " nonce", 24)
    header = _key_file_header(params.opslimit, params.memlimit, salt, nonce)
    key = keyfile.derive_key(passphrase, salt, params, policy)
    return header + primitives.aead_encrypt(key, nonce, secrets.to_bytes(), header)


def _keyfiles(out: _Out, cards: dict[str, str]) -> None:
    secrets = keyfile.ModeratorSecrets(TEAM, (MOD_NEW, MOD_OLD), (IDENTITY_1,),
                                       out.written[cards["a"]].decode())
    expectation = {"team": TEAM, "encryption_public": [k.public.encode() for k in (MOD_NEW,
                                                                                    MOD_OLD)],
                   "identity_public": [IDENTITY_1.public.encode()],
                   "card_sha256": _sha(out.written[cards["a"]])}
    cheap = _key_file("keyfile cheap", secrets, PASSPHRASE, keyfile.CHEAP_FOR_TESTS_ONLY,
                      keyfile.WEAK_KDF_FOR_TESTS_ONLY)
    moderate = _key_file("keyfile moderate", secrets, PASSPHRASE_NFC, keyfile.MODERATE,
                         keyfile.PRODUCTION_KDF)
    rel_cheap = out.write("keyfiles/cheap.snkf", cheap)
    rel_moderate = out.write("keyfiles/moderate.snkf", moderate)
    weak, prod = "tests-only", "production"
    derived = keyfile.derive_key(PASSPHRASE, cheap[18:34], keyfile.CHEAP_FOR_TESTS_ONLY,
                                 keyfile.WEAK_KDF_FOR_TESTS_ONLY)
    out.add("keyfile-cheap", "keyfile", "Argon2id opslimit 1, memlimit 8192 "
            "(CHEAP_FOR_TESTS_ONLY): opens only under WEAK_KDF_FOR_TESTS_ONLY", "success",
            file=rel_cheap, passphrase=PASSPHRASE, policy=weak, secrets=expectation,
            intermediate={"derived_key": derived.hex(),
                          "payload": secrets.to_bytes().decode()})
    out.add("keyfile-cheap-under-production-policy", "keyfile", "the cheap file under the "
            "production policy (minimum opslimit 2, memlimit 64 MiB)", "KdfParametersRefused",
            file=rel_cheap, passphrase=PASSPHRASE, policy=prod)
    out.add("keyfile-moderate-nfc", "keyfile", "MODERATE parameters (3, 256 MiB), NFC "
            "passphrase", "success", file=rel_moderate, passphrase=PASSPHRASE_NFC, policy=prod,
            secrets=expectation)
    out.add("keyfile-moderate-nfd", "keyfile", "the same file, passphrase typed in NFD: "
            "normalised to NFC before derivation", "success", file=rel_moderate,
            passphrase=PASSPHRASE_NFD, policy=prod, secrets=expectation)
    out.add("keyfile-wrong-passphrase", "keyfile", "the cheap file, wrong passphrase",
            "WrongPassphrase", file=rel_cheap, passphrase=PASSPHRASE + "s", policy=weak)
    salt, nonce = cheap[18:34], cheap[34:58]
    body = cheap[58:]
    cases: list[tuple[str, str, bytes, str]] = [
        ("keyfile-ciphertext-flipped", "one bit of the ciphertext", _flip(cheap, 70),
         "WrongPassphrase"),
        ("keyfile-tag-flipped", "one bit of the Poly1305 tag", _flip(cheap, len(cheap) - 1),
         "WrongPassphrase"),
        ("keyfile-salt-flipped", "one bit of the salt (header, bound as AD)", _flip(cheap, 20),
         "WrongPassphrase"),
        ("keyfile-nonce-flipped", "one bit of the nonce", _flip(cheap, 40), "WrongPassphrase"),
        ("keyfile-opslimit-flipped", "opslimit 1 -> 3: accepted, derives another key, "
         "and the header is AD", _flip(cheap, 9, 0x02), "WrongPassphrase"),
        ("keyfile-memlimit-flipped", "bit 32 of memlimit: 2^32 + 8192 > 1 GiB",
         _flip(cheap, 13, 0x01), "KdfParametersRefused"),
        ("keyfile-absurd-opslimit", "opslimit 4294967295: refused before any derivation",
         _key_file_header(0xFFFFFFFF, 8192, salt, nonce) + body, "KdfParametersRefused"),
        ("keyfile-absurd-memlimit", "memlimit 2^40: refused before any derivation",
         _key_file_header(1, 1 << 40, salt, nonce) + body, "KdfParametersRefused"),
        ("keyfile-magic-flipped", "magic 'SNKG'", _flip(cheap, 3, 0x01), "KeyFileError"),
        ("keyfile-unknown-version", "version byte 2",
         _key_file_header(1, 8192, salt, nonce, version=2) + body, "KeyFileError"),
        ("keyfile-unknown-kdf", "kdf id 2",
         _key_file_header(1, 8192, salt, nonce, kdf=2) + body, "KeyFileError"),
        ("keyfile-truncated", "the 58-byte header and 15 bytes", cheap[:58 + 15],
         "KeyFileError"),
    ]
    for name, description, data, expect in cases:
        rel = out.write(f"keyfiles/{name}.snkf", data)
        out.add(name, "keyfile", description, expect, file=rel, passphrase=PASSPHRASE,
                policy=weak)


# --- Armored text and numbered parts ------------------------------------------------------------

PART_CHARS = 949  # 13 base64 lines per part: ok-text-compact (1739 bytes) gives 3 parts


def _text_vectors(out: _Out, base: dict[str, bytes]) -> None:
    sealed = "reports/ok-text-compact.sealed"
    text = base["text"]
    armored = armor.armor(text)

    def add(name: str, description: str, files: list[str], expect: str, **kw: Any) -> None:
        kind = "parts" if name.startswith("parts") else "armor"
        if kind == "armor":
            out.add(name, kind, description, expect, file=files[0], **kw)
        else:
            out.add(name, kind, description, expect, files=files, **kw)

    rel = out.write("text/armor-ok.txt", armored.encode())
    add("armor-ok", "ok-text-compact as armored text", [rel], "success", sealed_file=sealed)
    quoted = ("Hello,\r\n\r\nsee below.\r\n\r\n"
              + "".join(f">   {line}   \r\n" for line in armored.splitlines())
              + "\r\n-- \r\nsent from a phone\r\n")
    rel = out.write("text/armor-ok-quoted.txt", quoted.encode())
    add("armor-ok-quoted", "armored text quoted with '> ' inside a mail, CRLF line ends and "
        "extra spaces", [rel], "success", sealed_file=sealed)
    lines = armored.splitlines()
    lines[5] = lines[5][:20] + lines[5][21:]
    rel = out.write("text/armor-fail-damaged-line.txt", ("\n".join(lines) + "\n").encode())
    add("armor-fail-damaged-line", "one character missing from a base64 line", [rel],
        "ArmorError")
    rel = out.write("text/armor-fail-no-end.txt",
                    ("\n".join(armored.splitlines()[:-1]) + "\n").encode())
    add("armor-fail-no-end", "the END line is missing", [rel], "ArmorError")

    parts = armor.split_into_parts(text, PART_CHARS)
    other = armor.split_into_parts(base["demo"], PART_CHARS)
    if len(parts) != 3 or len(other) != 3 or max(map(len, parts)) > PART_CHARS:
        raise AssertionError("part sizes")
    rels = [out.write(f"text/parts-{n}-of-3.txt", p.encode()) for n, p in enumerate(parts, 1)]
    add("parts-ok", "three parts given in the order 3, 1, 2", [rels[2], rels[0], rels[1]],
        "success", sealed_file=sealed)
    one = "".join(f"> {line}\n" for p in (parts[1], parts[2], parts[0]) for line in
                  p.splitlines())
    rel = out.write("text/parts-all-in-one-quoted.txt", one.encode())
    add("parts-ok-one-text", "all three parts in one quoted text, order 2, 3, 1", [rel],
        "success", sealed_file=sealed)
    add("parts-fail-missing-2", "parts 1 and 3 only", [rels[0], rels[2]], "MissingParts",
        missing=[2], total=3)
    rel = out.write("text/parts-other-set-2-of-3.txt", other[1].encode())
    add("parts-fail-mixed-sets", "parts 1 and 3 with part 2 of another message",
        [rels[0], rel, rels[2]], "ArmorError")
    damaged = parts[1].splitlines()
    damaged[3] = damaged[3][:7] + ("A" if damaged[3][7] != "A" else "B") + damaged[3][8:]
    rel = out.write("text/parts-damaged-2-of-3.txt", ("\n".join(damaged) + "\n").encode())
    add("parts-fail-damaged", "part 2 with one base64 character changed (the Set checksum "
        "catches it)", [rels[0], rel, rels[2]], "ArmorError")


# --- Clarifications of FORMAT.md (added after the first freeze; every earlier file unchanged) ---
# Each vector pins one rule that tests/independent/SPEC_NOTES.md found ambiguous. They only add
# files and entries: the vectors above are byte for byte what they were.

def _card_from_body_bytes(body_bytes: bytes, signer: IdentitySecretKey) -> str:
    message = b"sealnote team card v1\n" + body_bytes
    return _armor_card(b"\x01" + len(body_bytes).to_bytes(4, "big") + body_bytes
                       + signer.sign(message) + b"\x00")


def _clarified_card_adders(out: _Out) -> tuple[Callable[..., None], Callable[..., None]]:
    def ok(name: str, description: str, text: str, team: str | None = None) -> None:
        rel = out.write(f"cards/{name}.txt", text.encode())
        parsed = card.load_trusted_card(text, dt.date.fromisoformat(CHECK_DATE))
        if team is not None and parsed.team != team:
            raise AssertionError(f"{name}: team {parsed.team!r}")
        out.add(name, "card", description, "success", file=rel, check_date=CHECK_DATE,
                card=_card_expectation(parsed))

    def fail(name: str, description: str, text: str, expect: str = "CardError",
             **extra: Any) -> None:
        rel = out.write(f"cards/{name}.txt", text.encode())
        out.add(name, "card", description, expect, file=rel, check_date=CHECK_DATE, **extra)
    return ok, fail


def _clarified_card_text(out: _Out, text_a: str) -> None:
    ok, fail = _clarified_card_adders(out)
    lines = text_a.splitlines()
    quotes = ["> > ", ">> ", "> >", ">\t> "]
    ok("card-a-quoted-nested", "card-a quoted twice ('> > ', '>> ', '> >', '>TAB> '): every "
       "leading '>' and whitespace is removed (FORMAT.md 8 step 1)",
       "Forwarded twice:\n\n" + "".join(f"{quotes[i % 4]}{line}\n"
                                        for i, line in enumerate(lines)))
    spaced = [line if line.startswith("-----") else
              "\t".join(" ".join(line[i:i + 8] for i in range(j, min(j + 32, len(line)), 8))
                        for j in range(0, len(line), 32)) for line in lines]
    ok("card-a-spaces-inside-lines", "card-a with spaces and tabs inside the base64 lines: "
       "whitespace inside card lines is removed, as for armor (7.4 step 1)",
       "\n".join(spaced) + "\n")

    def inserted(char: str) -> str:
        damaged = list(lines)
        damaged[2] = damaged[2][:30] + char + damaged[2][30:]
        return "\n".join(damaged) + "\n"
    fail("card-fail-u2028-inside-line", "U+2028 LINE SEPARATOR inside a base64 line: not a "
         "line break and not whitespace (section 2)", inserted("\u2028"))
    fail("card-fail-nbsp-inside-line", "U+00A0 NO-BREAK SPACE inside a base64 line: not "
         "whitespace (section 2)", inserted("\u00a0"))
    fail("card-fail-end-before-begin", "an END line before the complete card-a: the first END "
         "line comes before the first BEGIN line", card.END + "\n" + text_a)


def _clarified_card_bodies(out: _Out, body_a: dict[str, Any]) -> None:
    ok, fail = _clarified_card_adders(out)

    def signed(**changes: Any) -> str:
        return _card_text({**body_a, **changes}, IDENTITY_1, None)
    ok("card-ok-team-trimmed-nfc", "team ' TAB Cafe + U+0301 Monitors CR LF': NFC, then "
       "whitespace trimmed: 'Caf\u00e9 Monitors'", signed(team=" \tCafe\u0301 Monitors\r\n"),
       "Caf\u00e9 Monitors")
    ok("card-ok-team-nbsp-kept", "team with U+00A0 at both ends: not whitespace, not forbidden, "
       "kept", signed(team="\u00a0Monitors\u00a0"), "\u00a0Monitors\u00a0")
    ok("card-ok-team-unassigned", "team with U+1FACE (unassigned in Unicode 14.0, MOOSE since "
       "15.0): unassigned code points are allowed", signed(team="Moose Watch \U0001face"),
       "Moose Watch \U0001face")
    ok("card-ok-team-100-code-points-after-nfc", "team of 100 x 'e' + U+0301 (200 code points): "
       "100 code points after NFC", signed(team="e\u0301" * 100), "\u00e9" * 100)
    for name, team, what in [
        ("card-fail-team-unit-separator", "Monitors\u001f", "U+001F (Cc) at the end: not "
         "whitespace, so not trimmed"),
        ("card-fail-team-bom-inside", "\ufeffMonitors", "U+FEFF (Cf) at the start: not "
         "whitespace, so not trimmed"),
        ("card-fail-team-format-char-unicode-15", "Monitors \U00013439", "U+13439 (Cf since "
         "Unicode 15.0): forbidden whatever the reader's Unicode version"),
        ("card-fail-team-private-use", "\ue000Monitors", "U+E000 (Co)"),
    ]:
        fail(name, f"team name with {what}", signed(team=team))
    for name, field, value, what in [
        ("card-fail-date-not-in-calendar", "created", "2025-02-29", "2025-02-29 does not exist"),
        ("card-fail-date-year-0000", "created", "0000-06-01", "year 0000 (years are 0001-9999)"),
        ("card-fail-date-non-ascii-digits", "created", "\uff12\uff10\uff12\uff15-06-01",
         "created written with FULLWIDTH digits"),
    ]:
        fail(name, f"a card date that is not a date: {what}", signed(**{field: value}))
    ok("card-ok-date-year-9999", "expires 9999-12-31, the last date", signed(expires="9999-12-31"))
    mods = body_a["moderators"]
    fail("card-fail-duplicate-moderator-uppercase", "the same moderator key twice, once in "
         "capitals: moderators are compared as decoded keys", signed(moderators=[mods[0],
                                                                                 mods[0].upper()]))
    kelvin = mods[1][:5] + mods[1][5:].replace("k", "\u212a", 1)
    if kelvin == mods[1]:
        raise AssertionError("no k in the key string")
    fail("card-fail-kelvin-sign-in-key", "a moderator key string with U+212A KELVIN SIGN for "
         "'k': decoding maps only A-Z to a-z (section 6)", signed(moderators=[mods[0], kelvin]))
    raw = json.dumps(dict(reversed(list({**body_a, "moderators": [mods[0], mods[1].upper()]}
                                         .items()))), indent=2).encode()
    raw = raw.replace(b'"Example', b'"\\u0045xample')
    ok("card-ok-noncanonical-body", "signed body with whitespace, unsorted members, a \\u "
       "escape and a key string in capitals: readers verify the exact bytes and do not require "
       "canonical JSON; key strings are reported canonical", _card_from_body_bytes(raw,
                                                                                   IDENTITY_1),
       TEAM)


def _clarified_rotation(out: _Out, cards: dict[str, str]) -> None:
    b_rel, expired_rel = "cards/card-b-rotated.txt", "cards/card-expired.txt"
    b = card.parse_card(out.written[b_rel].decode())
    trusted = card.parse_card(out.written[expired_rel].decode())
    if not (b.is_rotation_of(trusted) and trusted.is_expired(dt.date.fromisoformat(CHECK_DATE))):
        raise AssertionError("rotation from an expired card")
    out.add("card-b-rotated-trusted-expired", "card", "card-b-rotated with the trusted card "
            "card-expired (identity 1, expired on 2026-01-31): the rotation is accepted; only "
            "the new card's own expiry counts (7.6)", "success", file=b_rel,
            check_date=CHECK_DATE, card=_card_expectation(b), trusted_card=expired_rel,
            is_rotation=True)
    late = card.issue_card(TEAM, IDENTITY_2, [MOD_A.public], dt.date(2025, 6, 1),
                           dt.date(2026, 2, 1), previous=IDENTITY_1)
    rel = out.write("cards/card-fail-rotated-expired.txt", late.text.encode())
    out.add("card-fail-rotated-expired", "card", "rotated from card-a with a valid endorsement "
            "but itself expired on 2026-02-01: the new card must not be expired (7.6)",
            "CardExpired", file=rel, check_date=CHECK_DATE, trusted_card=cards["a"])


def _clarified_armor(out: _Out, base: dict[str, bytes]) -> None:
    sealed, armored = "reports/ok-text-compact.sealed", armor.armor(base["text"])
    lines = armored.splitlines()

    def add(name: str, description: str, text: str, expect: str = "success") -> None:
        rel = out.write(f"text/{name}.txt", text.encode())
        extra = {"sealed_file": sealed} if expect == "success" else {}
        out.add(name, "armor", description, expect, file=rel, **extra)
    add("armor-ok-quoted-twice", "ok-text-compact armored and quoted twice ('> > ') inside a "
        "mail", "> Hello,\n> \n" + "".join(f"> > {line}\n" for line in lines) + "> \n> Bye\n")
    add("armor-ok-bom", "armored text starting with a UTF-8 byte order mark, CRLF line ends",
        "\ufeff" + armored.replace("\n", "\r\n"))
    last = lines[-2]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    if not last.endswith("=") or last.endswith("=="):
        raise AssertionError("ok-text-compact's base64 ends with one '='")
    value = alphabet.index(last[-2]) | 0x01
    bits = lines[:-2] + [last[:-2] + alphabet[value] + "=", lines[-1]]
    if bits == lines or armor.dearmor("\n".join(bits)) != base["text"]:
        raise AssertionError("non-zero trailing bits")
    add("armor-ok-nonzero-trailing-bits", "the last base64 character has a non-zero unused bit "
        "before the '=': accepted, same bytes (section 2, base64)", "\n".join(bits) + "\n")
    add("armor-fail-u2028-line-breaks", "every LF replaced by U+2028: lines end only at LF, so "
        "there is no BEGIN line", armored.replace("\n", "\u2028"), "ArmorError")
    add("armor-fail-cr-only-line-breaks", "every LF replaced by CR: lines end only at LF, so "
        "there is no BEGIN line", armored.replace("\n", "\r"), "ArmorError")
    damaged = list(lines)
    damaged[3] = damaged[3][:20] + "\u00a0" + damaged[3][20:]
    add("armor-fail-nbsp-inside-line", "U+00A0 NO-BREAK SPACE inside a base64 line: not "
        "whitespace", "\n".join(damaged) + "\n", "ArmorError")


def _clarified_parts(out: _Out, base: dict[str, bytes]) -> None:
    sealed = "reports/ok-text-compact.sealed"
    parts = armor.split_into_parts(base["text"], PART_CHARS)
    rels = [f"text/parts-{n}-of-3.txt" for n in (1, 2, 3)]
    first = parts[0].splitlines()

    def add(name: str, description: str, text: str, expect: str = "ArmorError",
            alone: bool = False) -> None:
        """``text`` given alone, or followed by the frozen parts 2 and 3."""
        rel = out.write(f"text/{name}.txt", text.encode())
        extra = {"sealed_file": sealed} if expect == "success" else {}
        out.add(name, "parts", description, expect, files=[rel] if alone else [rel, *rels[1:]],
                **extra)
    zeros = ["-----BEGIN MESSAGE PART 01/3-----", *first[1:-1], "-----END MESSAGE PART 01/3-----"]
    add("parts-fail-leading-zero", "part 1 marked '01/3' (BEGIN and END), with parts 2 and 3: "
        "numbers have no leading zeros", "\n".join(zeros) + "\n")
    add("parts-fail-end-line-mismatch", "part 1 whose END line says 2/3, with parts 2 and 3: the "
        "first END line after BEGIN must carry the same numbers",
        "\n".join([*first[:-1], "-----END MESSAGE PART 2/3-----"]) + "\n")
    add("parts-fail-excess-padding", "part 1 (624 bytes, no padding) with one '=' appended: the "
        "base64 length is not a multiple of 4", "\n".join([*first[:-2], first[-2] + "=",
                                                           first[-1]]) + "\n")
    add("parts-fail-empty-part", "a part 1/1 with a Set line for the empty file and no data: "
        "a part is never empty", "\n".join(["-----BEGIN MESSAGE PART 1/1-----",
                                             f"Set: {armor.parts_set_id(b'')}",
                                             "-----END MESSAGE PART 1/1-----"]) + "\n",
        alone=True)
    quotes = ["> > ", ">>", "> >> "]
    mixed = "".join(f"{quotes[i % 3]}{line}\n" for i, line in
                    enumerate(line for p in (parts[2], parts[0], parts[1])
                              for line in p.splitlines()))
    add("parts-ok-nested-quoting", "all three parts in one text, order 3, 1, 2, quoted with "
        "'> > ', '>>' and '> >> '", mixed, "success", alone=True)


def _payload_key_file(label: str, payload: bytes) -> bytes:
    """A cheap key file around any payload bytes (salt and nonce from the seed)."""
    salt, nonce = _det_bytes(label + " salt", 16), _det_bytes(label + " nonce", 24)
    params = keyfile.CHEAP_FOR_TESTS_ONLY
    header = _key_file_header(params.opslimit, params.memlimit, salt, nonce)
    key = keyfile.derive_key(PASSPHRASE, salt, params, keyfile.WEAK_KDF_FOR_TESTS_ONLY)
    return header + primitives.aead_encrypt(key, nonce, payload, header)


def _clarified_keyfiles(out: _Out) -> None:
    doc: dict[str, Any] = {"team": TEAM, "card": "", "encryption": [MOD_NEW.encode()],
                           "identity": [IDENTITY_1.encode()], "extra": {"note": "x"}}
    canon = json.dumps(doc, sort_keys=True).encode()

    def add(name: str, description: str, payload: bytes, expect: str = "KeyFileError",
            **extra: Any) -> None:
        rel = out.write(f"keyfiles/{name}.snkf", _payload_key_file(name, payload))
        out.add(name, "keyfile", description, expect, file=rel, passphrase=PASSPHRASE,
                policy="tests-only", **extra)

    def changed(**changes: Any) -> bytes:
        return json.dumps({**doc, **changes}, sort_keys=True).encode()
    add("keyfile-fail-team-not-a-string", "payload with \"team\": 5 (never converted)",
        changed(team=5))
    add("keyfile-fail-card-null", "payload with \"card\": null", changed(card=None))
    add("keyfile-fail-extra-value-not-a-string", "payload with \"extra\": {\"note\": 1}",
        changed(extra={"note": 1}))
    add("keyfile-fail-empty-encryption", "payload with \"encryption\": []", changed(encryption=[]))
    add("keyfile-fail-duplicate-member", "payload with \"team\" twice",
        b'{"team": "Decoy", ' + canon[1:])
    add("keyfile-fail-duplicate-extra-member", "payload whose \"extra\" has \"note\" twice",
        canon.replace(b'"extra": {"note": "x"}', b'"extra": {"note": "x", "note": "y"}'))
    add("keyfile-fail-unknown-member", "payload with a sixth member \"version\": \"2\"",
        changed(version="2"))
    add("keyfile-fail-missing-member", "payload without \"extra\"",
        json.dumps({k: v for k, v in doc.items() if k != "extra"}, sort_keys=True).encode())
    add("keyfile-fail-nested-too-deep", "payload whose \"extra\" value is an array nested "
        "20,000 deep", canon.replace(b'"x"', b"[" * 20_000 + b"]" * 20_000))
    raw = json.dumps(dict(reversed(list({**doc, "team": "Z\u00fcrich Monitors"}.items())
                                   )), ensure_ascii=False, separators=(",", ":")).encode()
    add("keyfile-ok-noncanonical-payload", "payload with unsorted members, no spaces and raw "
        "UTF-8: readers do not require the writer's form", raw, "success",
        secrets={"team": "Z\u00fcrich Monitors", "encryption_public": [MOD_NEW.public.encode()],
                 "identity_public": [IDENTITY_1.public.encode()], "card_sha256": _sha(b"")})


def _clarified_reports(out: _Out) -> None:
    name = "inner-manifest-nested-too-deep"
    doc = _canon(_base_doc()).replace(b'"forged with the right key"',
                                      b"[" * 20_000 + b"]" * 20_000)
    forge = _Forge(name, [MOD_A.public])
    _report_fail(out, name, "a form field whose value is an array nested 20,000 deep: nesting "
                 "deeper than the schema (3) is rejected", forge.sealed(_inner(forge.report_id,
                                                                                doc)),
                 [MOD_A], "InnerFormatError")
    name = "inner-lone-surrogate"
    doc = _canon(_base_doc()).replace(b'"forged with the right key"', b'"lone \\ud800"')
    forge = _Forge(name, [MOD_A.public])
    _report_fail(out, name, "a form field holding the escape \\ud800 (a lone surrogate)",
                 forge.sealed(_inner(forge.report_id, doc)), [MOD_A], "InnerFormatError")


def _clarifications(out: _Out, base: dict[str, bytes], cards: dict[str, str]) -> None:
    text_a = out.written[cards["a"]].decode()
    _clarified_card_text(out, text_a)
    _clarified_card_bodies(out, json.loads(_card_blob(text_a)[5:-65]))
    _clarified_rotation(out, cards)
    _clarified_armor(out, base)
    _clarified_parts(out, base)
    _clarified_keyfiles(out)
    _clarified_reports(out)


# --- Main ------------------------------------------------------------------------------------

def generate(root: Path) -> None:
    """Write every vector file and vectors.json under ``root``."""
    out = _Out(root)
    base = _success_reports(out)
    _forged_ok(out)
    _header_failures(out, base)
    _payload_failures(out, base)
    _stream_forgeries(out)
    _inner_forgeries(out)
    cards = _cards(out)
    _keyfiles(out, cards)
    _text_vectors(out, base)
    _clarifications(out, base, cards)
    document = {
        "format": "sealnote v1 (docs/FORMAT.md)",
        "generator": "tests/vectors/generate.py",
        "seed": SEED.decode(),
        "note": "FROZEN. Every key and passphrase here is a throwaway test key derived from the "
                "seed; never use them for anything else. File paths are relative to this "
                "folder; a vector with truncate_to uses only the first truncate_to bytes.",
        "check_date": CHECK_DATE,
        "vectors": out.vectors,
    }
    text = json.dumps(document, indent=1, ensure_ascii=True) + "\n"
    (root / "vectors.json").write_text(text, encoding="ascii")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write the vectors to")
    args = parser.parse_args(argv)
    root: Path = args.out
    existing = [n for n in (*SUBFOLDERS, "vectors.json") if (root / n).exists()]
    if existing:
        parser.error(f"{root} already holds vectors ({', '.join(existing)}): frozen vectors "
                     "are never regenerated; write to an empty folder")
    root.mkdir(parents=True, exist_ok=True)
    generate(root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
