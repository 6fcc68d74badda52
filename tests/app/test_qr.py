"""Tests for app.qr: every code decodes (zxing-cpp) to its text; the texts give back the file."""

from __future__ import annotations

import io
import os

import pytest
import zxingcpp
from PIL import Image

from app.demo_team import demo_card, sample_form
from app.errors import AppError
from app.qr import QR_CAPACITY_M, qr_code_for_text, qr_codes_for, qr_texts_for
from app.report import ConcernForm
from app.sealing import SealRequest, compact_allowed, seal_to_bytes
from crypto.armor import dearmor, join_parts


def decode(png: bytes) -> str:
    results = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)),
                                     formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(results) == 1
    return results[0].text


def reassemble(texts: list[str]) -> bytes:
    return dearmor(texts[0]) if len(texts) == 1 else join_parts(texts)


def compact_sealed(what_happened: str) -> bytes:
    values = dict(sample_form().values, what_happened=what_happened)
    request = SealRequest(demo_card(), ConcernForm(values), demo_mode=True, compact=True)
    assert compact_allowed(request)
    return seal_to_bytes(request)


@pytest.mark.parametrize("sealed", [os.urandom(600), os.urandom(1700)], ids=["one", "two"])
def test_codes_decode_to_their_text_and_reassemble(sealed: bytes) -> None:
    codes = qr_codes_for(sealed)
    assert [c.number for c in codes] == list(range(1, len(codes) + 1))
    assert all(c.total == len(codes) for c in codes)
    for code in codes:
        assert code.png.startswith(b"\x89PNG")
        assert decode(code.png) == code.text
        assert len(code.text) <= QR_CAPACITY_M
    assert reassemble([c.text for c in codes]) == sealed


def test_small_file_is_one_armored_code() -> None:
    codes = qr_codes_for(os.urandom(600))
    assert len(codes) == 1 and codes[0].text.startswith("-----BEGIN MESSAGE-----")


def test_parts_are_balanced() -> None:
    texts = qr_texts_for(os.urandom(1700))
    assert len(texts) == 2
    assert abs(len(texts[0]) - len(texts[1])) < 200


def test_real_compact_report_round_trips() -> None:
    sealed = compact_sealed("short")
    codes = qr_codes_for(sealed)
    assert reassemble([decode(c.png) for c in codes]) == sealed


def test_codes_are_large_enough_to_scan() -> None:
    for code in qr_codes_for(os.urandom(1700)):
        width, height = Image.open(io.BytesIO(code.png)).size
        assert width == height and width >= 600


def test_too_large_is_refused() -> None:
    with pytest.raises(AppError) as caught:
        qr_codes_for(os.urandom(40_000))
    assert caught.value.code == "qr.too_large"


def test_repr_holds_no_text() -> None:
    code = qr_codes_for(os.urandom(600))[0]
    assert "BEGIN" not in repr(code)


def test_module_count_matches_the_image() -> None:
    for code in qr_codes_for(os.urandom(1700)):
        width = Image.open(io.BytesIO(code.png)).size[0]
        assert code.modules > 21 and width % code.modules == 0


def test_one_code_for_a_short_text_decodes_to_it() -> None:
    text = demo_card().text
    code = qr_code_for_text(text)
    assert (code.number, code.total, code.text) == (1, 1, text)
    assert code.png.startswith(b"\x89PNG") and code.modules > 21
    assert decode(code.png) == text


def test_a_text_too_long_for_one_code_is_refused() -> None:
    with pytest.raises(AppError) as caught:
        qr_code_for_text("A" * (QR_CAPACITY_M + 1))
    assert caught.value.code == "qr.too_large"
