"""Text forms of sealed reports: one armored block, or numbered parts (docs/FORMAT.md, "Text").

The markers name no product: a scanner on a mail or messenger channel sees a generic base64
message. Line prefixes that mail quoting adds ("> ", "> > ", ">>") and whitespace are ignored on
input. "Whitespace" is exactly SPACE, TAB, CR and LF (FORMAT.md section 2), never Python's Unicode
set; lines are split at LF only. ``text_lines`` and ``strict_b64decode`` are shared with
crypto.card, which reads team cards by the same line rules.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from crypto.errors import ArmorError, MissingParts

BEGIN = "-----BEGIN MESSAGE-----"
END = "-----END MESSAGE-----"
LINE_CHARS = 64
WHITESPACE = " \t\r\n"
# A part marker line has ASCII digits; its numbers must then be written as _NUMBER (1 to 99,999,
# no leading zeros), or the part is malformed (FORMAT.md section 9).
_PART_BEGIN = re.compile(r"-----BEGIN MESSAGE PART ([0-9]+)/([0-9]+)-----")
_PART_END_ANY = re.compile(r"-----END MESSAGE PART ([0-9]+)/([0-9]+)-----")
_NUMBER = re.compile(r"[1-9][0-9]{0,4}")
_PART_END = "-----END MESSAGE PART {n}/{total}-----"
_SET_LINE = re.compile(r"Set: ([0-9a-f]{16})")
MIN_PART_CHARS = 400
MAX_PARTS = 99_999
_QUOTING = re.compile(r"[> \t\r\n]*")
_DROP_WHITESPACE = str.maketrans("", "", WHITESPACE)
_STRICT_BASE64 = re.compile(r"(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?")


def _b64_lines(data: bytes) -> list[str]:
    text = base64.b64encode(data).decode("ascii")
    return [text[i:i + LINE_CHARS] for i in range(0, len(text), LINE_CHARS)]


def _unquote(line: str) -> str:
    # Mail clients quote with "> ", nested as "> > " or ">> "; none of it is base64.
    quoting = _QUOTING.match(line)
    return line[quoting.end() if quoting else 0:].rstrip(WHITESPACE)


def text_lines(text: str) -> list[str]:
    """The lines of a text (FORMAT.md section 8 step 1), unquoted and trimmed.

    A leading byte order mark is ignored; lines end at LF only (CR is whitespace, so a CRLF line
    end loses its CR in the trimming).
    """
    return [_unquote(line) for line in text.removeprefix("\ufeff").split("\n")]


def strict_b64decode(lines: Iterable[str]) -> bytes | None:
    """The lines' whitespace removed, concatenated and decoded as strict base64; None if invalid.

    Strict: only the alphabet, a length that is a multiple of 4, "=" padding only at the end.
    Non-zero unused bits before the padding are accepted (FORMAT.md section 2).
    """
    joined = "".join(lines).translate(_DROP_WHITESPACE)
    if not _STRICT_BASE64.fullmatch(joined):
        return None
    return base64.b64decode(joined, validate=True)


def _b64_decode(lines: Iterable[str]) -> bytes:
    data = strict_b64decode(lines)
    if data is None:
        raise ArmorError("the text is damaged (not valid base64)")
    if not data:
        raise ArmorError("the message block is empty")
    return data


def armor(data: bytes) -> str:
    """The armored text of a sealed file."""
    return "\n".join([BEGIN, *_b64_lines(data), END]) + "\n"


def dearmor(text: str) -> bytes:
    """The sealed file inside armored text; raises ArmorError if no complete block is found."""
    lines = text_lines(text)
    try:
        start, stop = lines.index(BEGIN), lines.index(END)
    except ValueError as exc:
        raise ArmorError("no complete message block (BEGIN and END lines) in the text") from exc
    if stop < start:
        raise ArmorError("the END line comes before the BEGIN line")
    return _b64_decode(lines[start + 1:stop])


def parts_set_id(data: bytes) -> str:
    """The set id written on every part: 16 hex digits of SHA-256 of the whole sealed file."""
    return hashlib.sha256(data).hexdigest()[:16]


def split_into_parts(data: bytes, max_chars: int) -> list[str]:
    """Cut a sealed file into numbered text parts of at most ``max_chars`` characters each.

    Raises ArmorError if ``max_chars`` is below MIN_PART_CHARS or too many parts would result.
    """
    if max_chars < MIN_PART_CHARS:
        raise ArmorError(f"parts must allow at least {MIN_PART_CHARS} characters")
    overhead = len(_PART_END.format(n=MAX_PARTS, total=MAX_PARTS)) * 2 + 24 + 4
    lines_per_part = (max_chars - overhead) // (LINE_CHARS + 1)
    per_part = lines_per_part * LINE_CHARS // 4 * 3
    total = max(1, -(-len(data) // per_part))
    if total > MAX_PARTS:
        raise ArmorError("too many parts: choose a larger part size")
    set_id = parts_set_id(data)
    parts = []
    for n in range(1, total + 1):
        chunk = data[(n - 1) * per_part:n * per_part]
        parts.append("\n".join([f"-----BEGIN MESSAGE PART {n}/{total}-----", f"Set: {set_id}",
                                *_b64_lines(chunk), _PART_END.format(n=n, total=total)]) + "\n")
    return parts


@dataclass(frozen=True)
class _Part:
    number: int
    total: int
    set_id: str
    data: bytes


def _end_line(lines: list[str], begin: int) -> int:
    """Index of the first part END line after ``begin``, or len(lines) if there is none."""
    return next((j for j in range(begin + 1, len(lines)) if _PART_END_ANY.fullmatch(lines[j])),
                len(lines))


def _parse_part(lines: list[str], begin: int, number_text: str, total_text: str) -> _Part:
    if not (_NUMBER.fullmatch(number_text) and _NUMBER.fullmatch(total_text)
            and int(number_text) <= int(total_text)):
        raise ArmorError(f"impossible part number {number_text}/{total_text}")
    number, total = int(number_text), int(total_text)
    stop = _end_line(lines, begin)
    if stop == len(lines) or lines[stop] != _PART_END.format(n=number, total=total):
        raise ArmorError(f"part {number} is incomplete (no matching END line)")
    set_match = _SET_LINE.fullmatch(lines[begin + 1]) if begin + 1 < stop else None
    if not set_match:
        raise ArmorError(f"part {number} has no Set line")
    return _Part(number, total, set_match[1], _b64_decode(lines[begin + 2:stop]))


def _parse_parts(text: str) -> list[_Part]:
    lines = text_lines(text)
    return [_parse_part(lines, i, match[1], match[2]) for i, line in enumerate(lines)
            if (match := _PART_BEGIN.fullmatch(line))]


def join_parts(texts: Iterable[str]) -> bytes:
    """Reassemble parts given in any order (several per text are fine, duplicates ignored).

    Raises MissingParts naming the missing numbers, or ArmorError for parts of different sets,
    a damaged part, or no parts at all.
    """
    parts = [p for text in texts for p in _parse_parts(text)]
    if not parts:
        raise ArmorError("no message parts found in the text")
    sets = {(p.set_id, p.total) for p in parts}
    if len(sets) != 1:
        raise ArmorError("these parts belong to different messages")
    set_id, total = sets.pop()
    by_number: dict[int, bytes] = {}
    for part in parts:
        if by_number.setdefault(part.number, part.data) != part.data:
            raise ArmorError(f"two different versions of part {part.number}")
    missing = [n for n in range(1, total + 1) if n not in by_number]
    if missing:
        raise MissingParts(missing, total)
    data = b"".join(by_number[n] for n in range(1, total + 1))
    if parts_set_id(data) != set_id:
        raise ArmorError("a part was damaged on the way (the set checksum does not match)")
    return data


def looks_like_parts(text: str) -> bool:
    """True if the text contains at least one part marker."""
    return any(_PART_BEGIN.fullmatch(line) for line in text_lines(text))
