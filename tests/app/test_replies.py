"""Replies: sealed by the team to the editor's one-time reply key, opened by the editor only."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.errors import AppError, public_code
from app.replies import REPLY_BYTES, export_reply, open_reply, seal_reply
from crypto import primitives, reply
from crypto.armor import armor
from crypto.errors import ArmorError, OpenError
from crypto.keys import SecretKey

REPO = Path(__file__).resolve().parents[2]
REPORT_ID = "0123456789abcdef" * 2
TODAY = dt.date(2026, 3, 4)


@dataclass(frozen=True)
class Report:
    report_id: str
    reply_key: str | None
    demo: bool = False


@pytest.fixture(scope="module")
def editor_key() -> SecretKey:
    return SecretKey.generate()


@pytest.fixture(scope="module")
def report(editor_key: SecretKey) -> Report:
    return Report(REPORT_ID, editor_key.public.encode())


def test_round_trip(report: Report, editor_key: SecretKey) -> None:
    sealed = seal_reply(report, "in_review", "We received your report.\r\nStay safe.", False,
                        today=TODAY)
    opened = open_reply(sealed.data, editor_key, expected_report_id=REPORT_ID)
    assert (opened.in_reply_to, opened.status, opened.sent_on, opened.demo) == (
        REPORT_ID, "in_review", TODAY, False)
    assert opened.message == "We received your report.\nStay safe."
    assert "Stay safe" not in repr(opened) and "Stay" not in repr(sealed)
    assert open_reply(sealed.armored(), editor_key).message == opened.message
    assert open_reply(sealed.armored().encode(), editor_key).status == "in_review"


@pytest.mark.parametrize("message", [
    "", "ok", "x" * 4000, "ش" * 4000, "မြန်မာ" * 666, "😀" * 4000, '"\\\n\t' * 1000])
def test_every_reply_has_the_same_size(report: Report, editor_key: SecretKey,
                                       message: str) -> None:
    sealed = seal_reply(report, "closed", message, False, today=TODAY)
    assert len(sealed.data) == REPLY_BYTES == reply.HEADER_BYTES + reply.BODY_BYTES + 16
    assert open_reply(sealed.data, editor_key).message == message.strip()


def test_a_tampered_reply_never_opens(report: Report, editor_key: SecretKey) -> None:
    data = seal_reply(report, "waiting", "We are looking into it.", False, today=TODAY).data
    positions = [*range(0, reply.HEADER_BYTES), *range(reply.HEADER_BYTES, len(data), 97),
                 len(data) - 1]
    for position in positions:
        for bit in (0x01, 0x80):
            damaged = bytearray(data)
            damaged[position] ^= bit
            with pytest.raises(OpenError) as info:
                open_reply(bytes(damaged), editor_key)
            assert isinstance(info.value, reply.ReplyOpenError)
            assert public_code(info.value) == "open.failed"


def test_lengths_versions_and_keys(report: Report, editor_key: SecretKey) -> None:
    data = seal_reply(report, "new", "hello", False, today=TODAY).data
    for bad in (b"", data[:-1], data + b"\x00", b"\x01" + data[1:], data[:1] + b"\x01" + data[2:]):
        with pytest.raises(reply.NotAReply):
            open_reply(bad, editor_key)
    with pytest.raises(reply.ReplyNotForThisKey):
        open_reply(data, SecretKey.generate())
    with pytest.raises(AppError) as info:
        open_reply(data, editor_key, expected_report_id="ff" * 16)
    assert info.value.code == "reply.other_report"
    with pytest.raises(ArmorError):
        open_reply("not armored", editor_key)


def forge(body: bytes, editor_key: SecretKey) -> bytes:
    """A reply with any body, sealed correctly (so only the body parser can reject it)."""
    key = primitives.random_bytes(32)
    nonce = primitives.random_bytes(24)
    header = bytes([reply.VERSION, reply.FLAGS]) + primitives.seal_file_key(
        key, editor_key.public.raw) + nonce
    return header + primitives.aead_encrypt(primitives.hkdf_sha256(key, b"sealnote v1 reply"),
                                            nonce, body, header)


def body_of(document: bytes, padding: bytes | None = None) -> bytes:
    body = len(document).to_bytes(2, "big") + document
    return body + (padding if padding is not None else bytes(reply.BODY_BYTES - len(body)))


def test_the_body_parser_is_strict(editor_key: SecretKey) -> None:
    good = reply.ReplyContent(REPORT_ID, "closed", "done", "2026-03-04", False)
    document = good.to_json()
    assert open_reply(forge(body_of(document), editor_key), editor_key).status == "closed"
    spaced = document.replace(b",", b", ")
    nonzero = body_of(document, b"\x01" + bytes(reply.BODY_BYTES - len(document) - 3))
    variants = [body_of(spaced), nonzero, body_of(document.replace(b'"v":1', b'"v":2')),
                body_of(document.replace(b"closed", b"closex")),
                body_of(document.replace(b'"demo":false', b'"demo":0')),
                body_of(document.replace(b'"v":1', b'"v":1,"v":1')),
                body_of(document.replace(b"2026-03-04", b"2026-02-30")),
                body_of(document.replace(b"done", b"d\\u0007ne")),
                body_of(b"[]"), body_of(b"\xff\xfe"), bytes(reply.BODY_BYTES)]
    for body in variants:
        with pytest.raises(reply.ReplyFormatError):
            open_reply(forge(body, editor_key), editor_key)


def test_what_cannot_be_sealed(report: Report, editor_key: SecretKey) -> None:
    cases = [(Report(REPORT_ID, None), "closed", "x", False, "reply.no_reply_key"),
             (Report(REPORT_ID, "snpk1broken"), "closed", "x", False, "reply.no_reply_key"),
             (report, "closed", "x", True, "reply.demo_mismatch"),
             (Report(REPORT_ID, report.reply_key, True), "closed", "x", False,
              "reply.demo_mismatch"),
             (report, "done", "x", False, "reply.invalid_status"),
             (report, "closed", "x" * 4001, False, "reply.message_too_long"),
             (report, "closed", "bell \x07", False, "reply.invalid_message"),
             (Report("not-an-id", report.reply_key), "closed", "x", False,
              "reply.invalid_message")]
    for target, status, message, demo, code in cases:
        with pytest.raises(AppError) as info:
            seal_reply(target, status, message, demo, today=TODAY)
        assert info.value.code == code
    demo_reply = seal_reply(Report(REPORT_ID, report.reply_key, True), "new", "", True)
    assert open_reply(demo_reply.data, editor_key).demo


def test_export_as_file_and_text(tmp_path: Path, report: Report, editor_key: SecretKey) -> None:
    sealed = seal_reply(report, "closed", "Thank you", False, today=TODAY)
    export_reply(sealed, tmp_path / "reply.bin")
    export_reply(sealed, tmp_path / "reply.txt", armored=True)
    assert (tmp_path / "reply.bin").read_bytes() == sealed.data
    assert (tmp_path / "reply.txt").read_text() == armor(sealed.data)
    assert open_reply((tmp_path / "reply.txt").read_text(), editor_key).message == "Thank you"


def test_the_editor_side_never_loads_the_report_unsealing_code() -> None:
    code = ("import sys, app.replies, crypto.reply\n"
            "banned = ('crypto.sealed_report', 'crypto.header', 'crypto.stream', 'crypto.inner',"
            " 'app.opening', 'app.moderator_store', 'app.importing')\n"
            "print(','.join(m for m in banned if m in sys.modules))\n"
            "print('crypto.reply' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=60, check=True)
    assert result.stdout.split("\n")[:2] == ["", "True"]
