"""Adversarial tests of the inner content (SECURITY.md, "Adversarial test plan": Inner content).

Anyone holding the team card can seal a report, so the decrypted content is hostile input: it is
authenticated, but not trustworthy. Each malformed plaintext is fed to InnerParser in several
splits (as segments would arrive) and must give exactly InnerFormatError; a selection goes
through open_report end to end.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from crypto.errors import InnerFormatError, OpenError
from crypto.inner import (
    MAX_ATTACHMENTS,
    MAX_FIELD_CHARS,
    MAX_FIELDS,
    MAX_MANIFEST_BYTES,
    AttachmentEntry,
    Manifest,
    parse_manifest,
)
from crypto.inner_reader import InnerParser
from crypto.padding import PaddingProfile, padded_length

REPORT_ID = bytes(range(16))
SPLITS = [None, 1, 7, 1000]


def valid_doc(**changes: Any) -> dict[str, Any]:
    doc = json.loads(Manifest(fields={"title": "t"}).to_bytes())
    doc.update(changes)
    return doc


def entry(name: str = "a", size: int = 0, **changes: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"name": name, "size": size, "type": "t", "metadata": "m"}
    item.update(changes)
    return item


def encode(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def plaintext(manifest: bytes, body: bytes = b"", *, declared: int | None = None,
              version: int = 1, total: int | None = None) -> bytes:
    head = (bytes([version]) + REPORT_ID + (len(manifest) if declared is None else declared)
            .to_bytes(4, "big") + manifest + body)
    if total is None:
        total = padded_length(len(head), PaddingProfile.COMPACT)
    return head + bytes(max(0, total - len(head)))


class Sinks:
    def __init__(self) -> None:
        self.files: dict[int, bytearray] = {}

    def __call__(self, index: int, entry: AttachmentEntry) -> Sinks:
        self.files[index] = bytearray()
        self._current = index
        return self

    def write(self, data: memoryview) -> int:
        self.files[self._current] += data
        return len(data)


def parse(plain: bytes, split: int | None):
    parser = InnerParser(Sinks())
    pieces = [plain] if split is None else [plain[i:i + split]
                                             for i in range(0, len(plain), split)]
    for piece in pieces:
        parser.feed(memoryview(piece))
    return parser.finish()


def assert_inner_error(plain: bytes, splits=SPLITS) -> None:
    for split in splits:
        with pytest.raises(OpenError) as info:
            parse(plain, split)
        assert type(info.value) is InnerFormatError, split


def test_control_parses_in_every_split():
    blob = b"\x01" * 300
    manifest = Manifest(fields={"title": "t"},
                        attachments=(AttachmentEntry("a", 300, "t", "m"),))
    plain = plaintext(manifest.to_bytes(), blob)
    for split in SPLITS:
        content = parse(plain, split)
        assert content.manifest == manifest
        assert content.report_id == REPORT_ID
        assert content.total_length == len(plain) == 1024


# --- sizes that do not add up --------------------------------------------------------------------

def test_declared_size_beyond_the_content():
    assert_inner_error(plaintext(encode(valid_doc(attachments=[entry(size=5000)])), b"x" * 10))


def test_declared_size_smaller_than_the_data():
    # the rest of the data is taken as padding, which is not zero
    assert_inner_error(plaintext(encode(valid_doc(attachments=[entry(size=10)])), b"x" * 50))


def test_undeclared_data():
    assert_inner_error(plaintext(encode(valid_doc()), b"\x01" * 40))


def test_two_attachments_overrunning():
    doc = valid_doc(attachments=[entry("a", 600), entry("b", 600)])
    assert_inner_error(plaintext(encode(doc), b"x" * 900))


@pytest.mark.parametrize("total", [1000, 1023, 1025, 2048, 4096])
def test_total_is_not_a_bucket(total):
    assert_inner_error(plaintext(encode(valid_doc()), total=total))


def test_content_ends_inside_the_manifest():
    manifest = encode(valid_doc())
    head = bytes([1]) + REPORT_ID + len(manifest).to_bytes(4, "big") + manifest[:-5]
    assert_inner_error(head)
    assert_inner_error(head[:10])
    assert_inner_error(b"")


def test_manifest_length_beyond_the_plaintext():
    assert_inner_error(plaintext(encode(valid_doc()), declared=5000))


@pytest.mark.parametrize("declared", [MAX_MANIFEST_BYTES + 1, 2**32 - 1])
def test_manifest_length_too_large(declared):
    assert_inner_error(plaintext(encode(valid_doc()), declared=declared))


@pytest.mark.parametrize("version", [0, 2, 255])
def test_unknown_inner_version(version):
    assert_inner_error(plaintext(encode(valid_doc()), version=version))


# --- huge counts ---------------------------------------------------------------------------------

def test_too_many_attachments():
    doc = valid_doc(attachments=[entry(str(i)) for i in range(MAX_ATTACHMENTS + 1)])
    assert_inner_error(plaintext(encode(doc)), splits=[None, 4096])


def test_the_maximum_number_of_attachments_is_accepted():
    doc = valid_doc(attachments=[entry(str(i)) for i in range(MAX_ATTACHMENTS)])
    assert len(parse(plaintext(encode(doc)), None).manifest.attachments) == MAX_ATTACHMENTS


@pytest.mark.parametrize("size", [2**60, 2**50 + 1, 2**64, -1])
def test_absurd_attachment_size(size):
    assert_inner_error(plaintext(encode(valid_doc(attachments=[entry(size=size)]))))


def test_large_declared_size_without_data():
    # within the per-file limit, but the content ends long before
    assert_inner_error(plaintext(encode(valid_doc(attachments=[entry(size=2**50)]))))


def test_too_many_fields():
    fields = {f"k{i}": "v" for i in range(MAX_FIELDS + 1)}
    assert_inner_error(plaintext(encode(valid_doc(fields=fields))))


def test_field_too_long():
    fields = {"body": "x" * (MAX_FIELD_CHARS + 1)}
    assert_inner_error(plaintext(encode(valid_doc(fields=fields))), splits=[None, 65536])


def test_integer_with_thousands_of_digits():
    """Python refuses to convert integers of more than 4300 digits with ValueError (not a
    JSONDecodeError): that must still become InnerFormatError, not escape as ValueError."""
    manifest = encode(valid_doc()).replace(b'"v": 1', b'"v": ' + b"1" * 5000)
    assert b"1" * 5000 in manifest
    assert_inner_error(plaintext(manifest))
    with pytest.raises(OpenError) as info:
        parse_manifest(b'{"fields": ' + b"9" * 4301 + b"}")
    assert type(info.value) is InnerFormatError


# --- padding -------------------------------------------------------------------------------------

@pytest.mark.parametrize("where", [0, 1, -1])
def test_non_zero_padding(where):
    plain = bytearray(plaintext(encode(valid_doc())))
    head = len(plaintext(encode(valid_doc()), total=0))
    index = head + where if where >= 0 else len(plain) + where
    plain[index] = 0x01
    assert_inner_error(bytes(plain))


# --- malformed manifests -------------------------------------------------------------------------

BAD_UTF8 = [b"\xff", b"\xc0\xaf", b"\xed\xa0\x80", b'{"v": 1, "x": "\xe9"}', b"\x80abc"]


@pytest.mark.parametrize("manifest", BAD_UTF8, ids=lambda b: b.hex()[:12])
def test_bad_utf8(manifest):
    assert_inner_error(plaintext(manifest))


def test_lone_surrogate_escape_is_refused():
    """``"\\ud800"`` is valid JSON syntax but not a Unicode scalar value: the manifest would
    parse into a str that cannot be encoded back to UTF-8 (Manifest.to_bytes raises
    UnicodeEncodeError), so a hostile name or field would crash whoever re-encodes it."""
    for doc in (valid_doc(fields={"title": "\ud800"}),
                valid_doc(attachments=[entry("\udc00.txt")]),
                valid_doc(fields={"\udfff": "x"})):
        manifest = json.dumps(doc).encode("ascii")  # ensure_ascii: the surrogate is escaped
        assert b"\\u" in manifest
        assert_inner_error(plaintext(manifest), splits=[None])


def test_duplicate_keys():
    base = encode(valid_doc())
    cases = [
        base[:-1] + b', "kind": "report"}',
        base.replace(b'"title": "t"', b'"title": "t", "title": "u"'),
        encode(valid_doc(attachments=[entry()])).replace(b'"size": 0', b'"size": 0, "size": 0'),
    ]
    for manifest in cases:
        assert manifest != base
        assert_inner_error(plaintext(manifest))


@pytest.mark.parametrize("doc", [
    valid_doc(extra=1),
    valid_doc(attachments=[entry(sha256="00")]),
    {k: v for k, v in valid_doc().items() if k != "demo"},
    valid_doc(attachments=[{"name": "a", "size": 0, "type": "t"}]),
    [],
    "manifest",
    None,
    1,
], ids=["extra_key", "extra_attachment_key", "missing_key", "missing_attachment_key",
        "list", "string", "null", "number"])
def test_unknown_missing_or_wrong_shape(doc):
    assert_inner_error(plaintext(encode(doc)))


BAD_VALUES = [
    {"v": "1"}, {"v": True}, {"v": 2}, {"v": 1.0}, {"kind": "x"}, {"kind": ["report"]},
    {"demo": 1}, {"demo": "false"}, {"sealed_on": "x" * 33}, {"sealed_on": None},
    {"fields": []}, {"fields": {"k": 1}}, {"fields": {"k" * 65: "v"}}, {"fields": {"k": None}},
    {"attachments": {}}, {"attachments": [1]}, {"attachments": [entry(name=5)]},
    {"attachments": [entry(name="n" * 65537)]}, {"attachments": [entry(size=1.0)]},
    {"attachments": [entry(size=True)]}, {"attachments": [entry(size="5")]},
    {"attachments": [entry(type="t" * 201)]}, {"attachments": [entry(metadata=None)]},
    {"reply_key": "k" * 201}, {"reply_key": 5}, {"in_reply_to": []},
]


@pytest.mark.parametrize("change", BAD_VALUES, ids=lambda c: str(c)[:40])
def test_wrong_types_and_limits(change):
    assert_inner_error(plaintext(encode(valid_doc(**change))), splits=[None, 7])


@pytest.mark.parametrize("manifest", [
    b"",
    b"{",
    encode(valid_doc()) + b"x",
    b"\xef\xbb\xbf" + encode(valid_doc()),
    encode(valid_doc()).replace(b'"title": "t"', b'"title": NaN'),
    b"[" * 100_000 + b"]" * 100_000,
    b'{"v": 1, "fields": ' + b'{"a": ' * 50_000 + b"1" + b"}" * 50_000 + b"}",
    encode(valid_doc()).replace(b'"t"', b"[" * 200_000 + b"]" * 200_000, 1),
], ids=["empty", "open_brace", "trailing_garbage", "bom", "nan", "deep_list", "deep_object",
        "deep_in_field"])
def test_unparseable_manifests(manifest):
    """Deep nesting makes json raise RecursionError, which must become InnerFormatError."""
    assert_inner_error(plaintext(manifest), splits=[None, 65536])
    with pytest.raises(OpenError) as info:
        parse_manifest(manifest)
    assert type(info.value) is InnerFormatError


# --- end to end through open_report --------------------------------------------------------------

E2E = {
    "huge_int": lambda: plaintext(encode(valid_doc()).replace(b'"v": 1', b'"v": ' + b"7" * 5000)),
    "deep": lambda: plaintext(b"[" * 100_000 + b"]" * 100_000),
    "too_many": lambda: plaintext(encode(valid_doc(
        attachments=[entry(str(i)) for i in range(MAX_ATTACHMENTS + 1)]))),
    "declared_2_50": lambda: plaintext(encode(valid_doc(attachments=[entry(size=2**50)]))),
    "nonzero_padding": lambda: plaintext(encode(valid_doc()))[:-1] + b"\x01",
    "not_bucket": lambda: plaintext(encode(valid_doc()), total=1500),
    "version": lambda: plaintext(encode(valid_doc()), version=2),
}


@pytest.mark.parametrize("case", sorted(E2E))
def test_malformed_content_through_open_report(case, moderator, tools):
    data = tools.seal_plaintext([moderator.public], E2E[case]())
    with pytest.raises(OpenError) as info:
        tools.open_bytes(data, [moderator])
    assert type(info.value) is InnerFormatError


def test_content_spanning_segments_still_checked(moderator, tools):
    """Non-zero padding at the very end of a multi-segment plaintext is found."""
    blob = b"\x00" * (5 << 20)
    manifest = Manifest(fields={"t": "x"},
                        attachments=(AttachmentEntry("z", len(blob), "t", "m"),))
    good = tools.inner_plaintext(manifest, [blob])
    assert len(good) > 5 << 20
    assert tools.open_bytes(tools.seal_plaintext([moderator.public], good),
                            [moderator]).attachments[0] == blob
    bad = bytearray(good)
    bad[-3] = 0x20
    assert tools.open_outcome(tools.seal_plaintext([moderator.public], bytes(bad)),
                              [moderator]) is InnerFormatError


# --- hostile names round-trip unchanged (sanitising is the app's job) ----------------------------

HOSTILE_NAMES = ["../../x", "/etc/passwd", "C:\\x", "CON", "con.txt", "a\x00b", "\u202etxt.exe",
                 "n" * 10_000, "same", "same", "", ".", "..", "\\\\server\\share\\f",
                 " trailing ", "line\nbreak", "\u0000", "NUL", "x/../../y", "~/.ssh/id"]


def test_hostile_attachment_names_round_trip(moderator, tools):
    blobs = [f"file {i}".encode() for i in range(len(HOSTILE_NAMES))]
    manifest = tools.make_manifest({"title": "names"}, list(zip(HOSTILE_NAMES, blobs,
                                                               strict=True)))
    opened = tools.open_bytes(tools.seal_bytes([moderator.public], manifest, blobs), [moderator])
    assert [a.name for a in opened.manifest.attachments] == HOSTILE_NAMES
    assert [opened.entries[i].name for i in range(len(HOSTILE_NAMES))] == HOSTILE_NAMES
    assert opened.attachments == dict(enumerate(blobs))


def test_hostile_field_text_round_trips(moderator, tools):
    fields = {"title": "\u202e\x00<script>", "body": "\r\n\t" * 100, "\u0000": "x"}
    opened = tools.open_bytes(tools.seal_bytes([moderator.public], tools.make_manifest(fields)),
                              [moderator])
    assert opened.manifest.fields == fields


def test_parser_accepts_memoryview_pieces_of_bytearray():
    plain = plaintext(encode(valid_doc()))
    parser = InnerParser(Sinks())
    buffer = bytearray(plain)
    parser.feed(memoryview(buffer)[:500])
    parser.feed(memoryview(buffer)[500:])
    assert parser.finish().total_length == len(plain)
