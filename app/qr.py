"""QR codes for a short, text-only report sealed with the COMPACT padding profile.

The armored text (crypto.armor.armor) goes into one QR code when it fits at error-correction
level M; otherwise the sealed bytes are cut into numbered parts (crypto.armor.split_into_parts)
of about equal size, each fitting one code. Every code is rendered to PNG bytes in memory: no
image of a code is ever written to disk.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import segno

from app.errors import AppError
from crypto.armor import MIN_PART_CHARS, armor, split_into_parts
from crypto.errors import ArmorError

# Byte-mode capacity of the largest QR code (version 40) at error-correction level M.
QR_CAPACITY_M = 2331
MAX_CODES = 12
QUIET_ZONE = 4
TARGET_PIXELS = 900
MIN_MODULE_PIXELS = 4


@dataclass(frozen=True, repr=False)
class QrCode:
    """One code: its text, its place in the sequence and its PNG image.

    ``modules`` is the code's width in modules including the quiet zone, so a viewer can scale
    the image by whole pixels per module (uneven modules are harder to scan).
    """

    text: str
    number: int
    total: int
    png: bytes
    modules: int = 0

    def __repr__(self) -> str:
        return f"QrCode({self.number}/{self.total}, {len(self.text)} chars)"


def _fits_one_code(text: str) -> bool:
    return len(text.encode("ascii")) <= QR_CAPACITY_M


def _balanced_parts(sealed: bytes) -> list[str]:
    """Parts of about equal size: the smallest part size that needs no more codes."""
    fewest = len(split_into_parts(sealed, QR_CAPACITY_M))
    low, high = MIN_PART_CHARS, QR_CAPACITY_M
    while low < high:
        middle = (low + high) // 2
        if len(split_into_parts(sealed, middle)) <= fewest:
            high = middle
        else:
            low = middle + 1
    return split_into_parts(sealed, low)


def _png(text: str) -> tuple[bytes, int]:
    code = segno.make_qr(text, error="m", mode="byte")
    modules = int(code.symbol_size(scale=1, border=QUIET_ZONE)[0])
    scale = max(MIN_MODULE_PIXELS, TARGET_PIXELS // modules)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=QUIET_ZONE)
    return buffer.getvalue(), modules


def qr_code_for_text(text: str) -> QrCode:
    """One QR code of a short text (the team card, one armored part), numbered 1 of 1.

    The text goes in as bytes at error-correction level M; the PNG is made in memory. Raises
    AppError (qr.too_large) when the text does not fit in one code.
    """
    try:
        png, modules = _png(text)
    except (segno.DataOverflowError, ValueError) as exc:
        raise AppError("qr.too_large") from exc
    return QrCode(text, 1, 1, png, modules)


def qr_texts_for(sealed: bytes) -> list[str]:
    """The texts to put into QR codes, in order. Raises AppError (qr.too_large)."""
    text = armor(sealed)
    if _fits_one_code(text):
        return [text]
    try:
        parts = _balanced_parts(sealed)
    except ArmorError as exc:
        raise AppError("qr.too_large") from exc
    if len(parts) > MAX_CODES:
        raise AppError("qr.too_large")
    return parts


def qr_codes_for(sealed: bytes) -> list[QrCode]:
    """The QR codes of a sealed report, numbered from 1.

    Meant for COMPACT-sealed, text-only reports (a few codes). Raises AppError (qr.too_large)
    when more than MAX_CODES codes would be needed.
    """
    texts = qr_texts_for(sealed)
    codes = []
    for number, text in enumerate(texts, start=1):
        png, modules = _png(text)
        codes.append(QrCode(text, number, len(texts), png, modules))
    return codes
