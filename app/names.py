"""Safe file names for attachments written out of a sealed report.

Names inside a report are untrusted (anyone holding the team card can seal a report). Before a
name touches the file system it loses any folder part, control and bidirectional-override
characters, Windows-reserved forms and excess length, and duplicates get a counter.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_CHARS = 120
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


def _shorten(name: str) -> str:
    if len(name) <= MAX_NAME_CHARS:
        return name
    stem, dot, ext = name.rpartition(".")
    if dot and 0 < len(ext) <= 10:
        return stem[:MAX_NAME_CHARS - len(ext) - 1] + "." + ext
    return name[:MAX_NAME_CHARS]


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
            stem, dot, ext = name.rpartition(".")
            candidate = f"{stem} ({counter}).{ext}" if dot and stem else f"{name} ({counter})"
            counter += 1
        seen.add(candidate.casefold())
        result.append(candidate)
    return result
