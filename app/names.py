"""Safe file names for attachments written out of a sealed report.

Names inside a report are untrusted (anyone holding the team card can seal a report). Before a
name touches the file system it loses any folder part, control and bidirectional-override
characters, Windows-reserved forms and excess length, and duplicates get a counter.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_CHARS = 120
# File systems limit a name to 255 bytes; stay well below so a " (NN)" counter always fits.
MAX_NAME_BYTES = 200
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_BIDI_AND_INVISIBLE = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                          "\u061c\ufeff\u200b")
_FORBIDDEN = set('<>:"/\\|?*')


def _strip_characters(name: str) -> str:
    kept = []
    for char in unicodedata.normalize("NFC", name):
        if char in _BIDI_AND_INVISIBLE or unicodedata.category(char)[0] == "C":
            continue
        kept.append("_" if char in _FORBIDDEN else char)
    return "".join(kept)


def _fits(text: str, chars: int, size: int) -> str:
    text = text[:chars]
    while len(text.encode("utf-8")) > size:
        text = text[:-1]
    return text


def _shorten(name: str, reserve: int = 0) -> str:
    """Cut to MAX_NAME_CHARS characters and MAX_NAME_BYTES bytes, minus ``reserve``, keeping a
    short extension; never ends with a dot or space (Windows drops those)."""
    chars, size = MAX_NAME_CHARS - reserve, MAX_NAME_BYTES - reserve
    if len(name) <= chars and len(name.encode("utf-8")) <= size:
        return name
    stem, dot, ext = name.rpartition(".")
    if dot and stem and 0 < len(ext) <= 10:
        cut = _fits(stem, chars - len(ext) - 1, size - len(ext.encode("utf-8")) - 1)
        return cut.rstrip(". ") + "." + ext if cut.rstrip(". ") else _fits(name, chars, size)
    return _fits(name, chars, size).rstrip(". ") or "attachment"


def safe_attachment_name(raw: str, index: int) -> str:
    """A name that is safe in any folder on Linux, macOS and Windows."""
    base = re.split(r"[/\\]", raw)[-1]
    name = _strip_characters(base).strip().rstrip(". ")
    name = name.lstrip(".") or ""
    if not name:
        name = f"attachment-{index + 1}"
    if _RESERVED.match(name):
        name = "_" + name
    return _shorten(name)


def unique_names(raw_names: list[str]) -> list[str]:
    """Safe names for a list of attachments, made unique (case-insensitively) with counters."""
    seen: set[str] = set()
    result = []
    for index, raw in enumerate(raw_names):
        name = safe_attachment_name(raw, index)
        candidate, counter = name, 2
        while candidate.casefold() in seen:
            suffix = f" ({counter})"
            short = _shorten(name, reserve=len(suffix))
            stem, dot, ext = short.rpartition(".")
            candidate = f"{stem}{suffix}.{ext}" if dot and stem else f"{short}{suffix}"
            counter += 1
        seen.add(candidate.casefold())
        result.append(candidate)
    return result
