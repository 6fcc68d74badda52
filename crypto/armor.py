"""Text forms of sealed reports: one armored block, or numbered parts (docs/FORMAT.md, "Text").

The markers name no product: a scanner on a mail or messenger channel sees a generic base64
message. Line prefixes that mail quoting adds ("> ") and any whitespace are ignored on input.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from crypto.errors import ArmorError, MissingParts

BEGIN = "-----BEGIN MESSAGE-----"
END = "-----END MESSAGE-----"
LINE_CHARS = 64
_PART_BEGIN = re.compile(r"-----BEGIN MESSAGE PART ([0-9]{1,5})/([0-9]{1,5})-----")
_PART_END = "-----END MESSAGE PART {n}/{total}-----"
_SET_LINE = re.compile(r"Set: ([0-9a-f]{16})")
MIN_PART_CHARS = 400
MAX_PARTS = 99_999


def _b64_lines(data: bytes) -> list[str]:
    text = base64.b64encode(data).decode("ascii")
    return [text[i:i + LINE_CHARS] for i in range(0, len(text), LINE_CHARS)]


_QUOTING = re.compile(r"^[\s>]*")


def _unquote(line: str) -> str:
    # Mail clients quote with "> ", nested as "> > " or ">> "; none of it is base64.
    return _QUOTING.sub("", line).strip()


def _b64_decode(lines: Iterable[str]) -> bytes:
    joined = "".join("".join(_unquote(line).split()) for line in lines)
    try:
        return base64.b64decode(joined, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ArmorError("the text is damaged (not valid base64)") from exc


def armor(data: bytes) -> str:
    """The armored text of a sealed file."""
    return "\n".join([BEGIN, *_b64_lines(data), END]) + "\n"


def dearmor(text: str) -> bytes:
    """The sealed file inside armored text; raises ArmorError if no complete block is found."""
    lines = [_unquote(line) for line in text.splitlines()]
    try:
        start, stop = lines.index(BEGIN), lines.index(END)
    except ValueError as exc:
        raise ArmorError("no complete message block (BEGIN and END lines) in the text") from exc
    if stop < start:
        raise ArmorError("the END line comes before the BEGIN line")
    data = _b64_decode(lines[start + 1:stop])
    if not data:
        raise ArmorError("the message block is empty")
    return data


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


def _parse_parts(text: str) -> list[_Part]:
    lines = [_unquote(line) for line in text.splitlines()]
    found = []
    for i, line in enumerate(lines):
        match = _PART_BEGIN.fullmatch(line)
        if not match:
            continue
        number, total = int(match[1]), int(match[2])
        end = _PART_END.format(n=number, total=total)
        if end not in lines[i:] or not 1 <= number <= total:
            raise ArmorError(f"part {number} is incomplete (no END line)")
        stop = lines.index(end, i)
        set_match = _SET_LINE.fullmatch(lines[i + 1]) if i + 1 < stop else None
        if not set_match:
            raise ArmorError(f"part {number} has no Set line")
        found.append(_Part(number, total, set_match[1], _b64_decode(lines[i + 2:stop])))
    return found


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
    return any(_PART_BEGIN.fullmatch(_unquote(line)) for line in text.splitlines())
