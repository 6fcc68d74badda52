"""Tests for app.names: attachment names from a sealed report are hostile until sanitised.

Anyone holding the team card can seal a report, so a name inside it may try to climb out of the
folder, hide its real extension, collide with a Windows device, or be too long for the disk.
"""

from __future__ import annotations

import errno
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.names import MAX_NAME_CHARS, safe_attachment_name, unique_names

WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                    *(f"lpt{i}" for i in range(10))}
BIDI_AND_INVISIBLE = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                         "\u061c\ufeff\u200b")
# Most file systems (ext4, btrfs, XFS, APFS, NTFS via UTF-16) cap one name at 255 bytes/units.
NAME_MAX_BYTES = 255


def is_reserved_on_windows(name: str) -> bool:
    return name.split(".", 1)[0].casefold() in WINDOWS_RESERVED


def assert_safe(name: str) -> None:
    assert 1 <= len(name) <= MAX_NAME_CHARS, len(name)
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") for c in name)
    assert not set(name) & BIDI_AND_INVISIBLE
    assert not set(name) & set('<>:"|?*')
    assert name not in (".", "..")
    assert not name.startswith(".")
    assert not is_reserved_on_windows(name)


def create_inside(folder: Path, name: str) -> Path:
    """Create the file for real and prove it landed directly inside ``folder``."""
    path = folder / name
    path.write_bytes(b"x")
    assert path.resolve().parent == folder.resolve()
    return path


# ------------------------------------------------------------------ hostile examples

@pytest.mark.parametrize(("raw", "expected"), [
    ("../../x", "x"),
    ("/etc/passwd", "passwd"),
    ("C:\\x", "x"),
    ("C:\\Users\\me\\photo.jpg", "photo.jpg"),
    ("..\\..\\windows\\system32\\evil.dll", "evil.dll"),
    ("sub/dir/../../../etc/shadow", "shadow"),
    ("normal photo.jpg", "normal photo.jpg"),
    ("Zürich — протест.png", "Zürich — протест.png"),
])
def test_folder_parts_are_dropped(raw: str, expected: str) -> None:
    assert safe_attachment_name(raw, 0) == expected


@pytest.mark.parametrize("raw", ["CON", "con", "con.txt", "CON.tar.gz", "LPT1", "lpt9.log",
                                 "Nul", "aux.jpg", "PRN", "COM1", "com7.txt"])
def test_windows_device_names_are_defused(raw: str) -> None:
    name = safe_attachment_name(raw, 0)
    assert not is_reserved_on_windows(name)
    assert raw in name  # still recognisable for the moderator


@pytest.mark.parametrize("raw", ["console.txt", "conference.pdf", "lpt10", "auxiliary.doc",
                                 "nullable"])
def test_names_that_merely_start_like_devices_are_kept(raw: str) -> None:
    assert safe_attachment_name(raw, 0) == raw


def test_nul_bytes_and_control_characters_are_removed() -> None:
    name = safe_attachment_name("evil\x00.jpg\x00.exe\n\r\t\x1b[31m", 0)
    assert_safe(name)
    assert name == "evil.jpg.exe[31m"


def test_right_to_left_override_cannot_disguise_the_extension() -> None:
    name = safe_attachment_name("a\u202egnp.exe", 0)
    assert name == "agnp.exe"
    assert name.endswith(".exe")


@pytest.mark.parametrize("control", sorted(BIDI_AND_INVISIBLE))
def test_every_bidi_and_invisible_control_is_removed(control: str) -> None:
    name = safe_attachment_name(f"re{control}port{control}.pdf", 0)
    assert name == "report.pdf"


def test_ten_kilobyte_name_is_cut_and_keeps_its_extension() -> None:
    name = safe_attachment_name("n" * 10_000 + ".jpeg", 0)
    assert len(name) <= MAX_NAME_CHARS
    assert name.endswith(".jpeg")
    assert name.startswith("nnnn")


def test_ten_kilobyte_name_without_extension_is_cut() -> None:
    name = safe_attachment_name("n" * 10_240, 0)
    assert name == "n" * MAX_NAME_CHARS


@pytest.mark.parametrize("raw", ["", " ", "   ", ".", "..", "...", ". .", "/", "\\", "../",
                                 "\u202e", "\x00\x00", "..\\..\\"])
def test_empty_or_dots_only_get_a_numbered_name(raw: str) -> None:
    assert safe_attachment_name(raw, 4) == "attachment-5"


def test_leading_dots_would_hide_the_file_and_are_removed() -> None:
    assert safe_attachment_name(".bashrc", 0) == "bashrc"
    assert safe_attachment_name("...hidden.txt", 0) == "hidden.txt"


def test_trailing_dots_and_spaces_are_removed() -> None:
    # Windows silently drops them, which would merge two distinct names into one file.
    assert safe_attachment_name("photo.jpg. . ", 0) == "photo.jpg"


@pytest.mark.parametrize("raw", ["a" * 119 + ". " + "b" * 200,
                                 "a" * 119 + " " + "b" * 300,
                                 "a" * 118 + " ." + "b" * 300])
def test_cutting_a_long_name_does_not_leave_a_trailing_dot_or_space(raw: str) -> None:
    """The cut must not undo the trailing-dot rule above (Windows would drop the character)."""
    name = safe_attachment_name(raw, 0)
    assert len(name) <= MAX_NAME_CHARS
    assert not name.endswith((".", " ")), repr(name[-5:])


# ------------------------------------------------------------------ length in bytes

@pytest.mark.parametrize("char", ["写", "ж", "😀", "\u0915\u094d"])
def test_long_non_ascii_names_fit_the_file_system(tmp_path: Path, char: str) -> None:
    """120 characters of CJK, emoji or Devanagari are far more than 255 bytes of UTF-8.

    A name must be creatable, or one hostile (or merely Japanese) file name makes the whole
    report impossible to open.
    """
    name = safe_attachment_name(char * 300 + ".jpg", 0)
    assert name.endswith(".jpg")
    assert len(name.encode("utf-8")) <= NAME_MAX_BYTES, len(name.encode("utf-8"))
    create_inside(tmp_path, name)


# ------------------------------------------------------------------ uniqueness

def test_duplicates_get_counters() -> None:
    assert unique_names(["a.txt", "a.txt", "a.txt"]) == ["a.txt", "a (2).txt", "a (3).txt"]


def test_duplicates_are_found_case_insensitively() -> None:
    names = unique_names(["Photo.JPG", "photo.jpg", "PHOTO.jpg"])
    assert len({n.casefold() for n in names}) == 3
    assert names[0] == "Photo.JPG"


def test_names_that_only_become_equal_after_sanitising_are_made_unique() -> None:
    names = unique_names(["../x.txt", "/x.txt", "C:\\x.txt", "x\u202e.txt", "x.txt"])
    assert len({n.casefold() for n in names}) == 5
    for name in names:
        assert_safe(name)


def test_a_counter_cannot_collide_with_a_given_name() -> None:
    names = unique_names(["a (2).txt", "a.txt", "a.txt"])
    assert len({n.casefold() for n in names}) == 3


def test_empty_names_never_collide_with_each_other() -> None:
    names = unique_names(["", "", "attachment-2", "..", "attachment-1"])
    assert len({n.casefold() for n in names}) == 5


def test_names_without_extension_get_counters() -> None:
    assert unique_names(["README", "readme"]) == ["README", "readme (2)"]


def test_unique_names_of_long_duplicates_stay_within_the_limit() -> None:
    names = unique_names(["n" * 10_000 + ".txt"] * 3 + ["m" * 10_000] * 2)
    assert len({n.casefold() for n in names}) == 5
    for name in names:
        assert len(name) <= MAX_NAME_CHARS, len(name)
    assert all(n.endswith(".txt") for n in names[:3])


def test_every_unique_name_can_be_created_in_one_folder(tmp_path: Path) -> None:
    raw = ["../../x", "/abs/path", "C:\\x", "CON", "a\u202egnp.exe", "n" * 10_000 + ".txt",
           "dup.txt", "DUP.txt", "dup.txt", "", ".", "..", "x", "X"]
    names = unique_names(raw)
    for name in names:
        assert_safe(name)
        create_inside(tmp_path, name)
    assert len(list(tmp_path.iterdir())) == len(raw)


# ------------------------------------------------------------------ properties

@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.text(max_size=300), index=st.integers(min_value=0, max_value=999))
@example(raw="../../x", index=0)
@example(raw="CON", index=0)
@example(raw="a\u202egnp.exe", index=0)
@example(raw="\x00", index=0)
@example(raw="n" * 10_000, index=0)
def test_any_string_gives_a_safe_creatable_name(tmp_path: Path, raw: str, index: int) -> None:
    name = safe_attachment_name(raw, index)
    assert_safe(name)
    folder = tmp_path / "property"
    folder.mkdir(exist_ok=True)
    path = create_inside(folder, name)
    path.unlink()


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(min_codepoint=0x80), min_size=60, max_size=400))
def test_any_long_non_ascii_name_can_be_created(tmp_path: Path, raw: str) -> None:
    name = safe_attachment_name(raw, 0)
    folder = tmp_path / "wide"
    folder.mkdir(exist_ok=True)
    try:
        path = create_inside(folder, name)
    except OSError as exc:
        assert exc.errno != errno.ENAMETOOLONG, f"{len(name.encode())} bytes: name too long"
        raise
    path.unlink()


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(max_size=40) | st.sampled_from(["a.txt", "A.TXT", "", "..", "con"]),
                max_size=12))
def test_unique_names_are_unique_safe_and_creatable(tmp_path: Path, raw: list[str]) -> None:
    names = unique_names(raw)
    assert len(names) == len(raw)
    assert len({n.casefold() for n in names}) == len(names)
    folder = tmp_path / "unique"
    folder.mkdir(exist_ok=False)
    try:
        for name in names:
            assert_safe(name)
            create_inside(folder, name)
        assert len(list(folder.iterdir())) == len(names)
    finally:
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()
