"""Tests for app.attachments: what an attached file becomes before it is sealed.

Images are cleaned in memory (never a plaintext copy on disk); keeping the original adds it as a
second, clearly marked entry; other files are streamed from where they are.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from PIL import Image

import app.attachments as attachments_module
from app.attachments import PreparedAttachment, prepare_attachment
from app.errors import AppError
from app.image_metadata import MetadataVerdict

GPS_IFD = 0x8825


def jpeg_with_gps() -> bytes:
    """A small JPEG whose EXIF holds a camera make and a GPS position."""
    image = Image.new("RGB", (32, 24), (180, 40, 40))
    exif = Image.Exif()
    exif[0x010F] = "CanaryCameraMaker"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (52.0, 31.0, 12.5), 3: "E", 4: (13.0, 24.0, 1.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), quality=90)
    return out.getvalue()


def plain_jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (0, 90, 0)).save(out, "JPEG")
    return out.getvalue()


def exiftool_gps(path: Path) -> dict[str, object]:
    """Every GPS tag exiftool finds in the file (an independent judge)."""
    result = subprocess.run(["exiftool", "-j", "-a", "-G1", "-gps:all", str(path)],
                            capture_output=True, text=True, check=True, timeout=60)
    (tags,) = json.loads(result.stdout)
    return {k: v for k, v in tags.items() if k.startswith("GPS:")}


def read_all(prepared: PreparedAttachment) -> bytes:
    source = prepared.open()
    try:
        chunks = []
        buffer = bytearray(65536)
        while got := source.readinto(memoryview(buffer)):
            chunks.append(bytes(buffer[:got]))
        return b"".join(chunks)
    finally:
        close = getattr(source, "close", None)
        if close is not None:
            close()


@pytest.fixture
def gps_photo(tmp_path: Path) -> Path:
    folder = tmp_path / "pictures"
    folder.mkdir()
    path = folder / "protest.jpg"
    path.write_bytes(jpeg_with_gps())
    assert exiftool_gps(path), "the fixture must really carry GPS"
    return path


def test_photo_with_gps_gives_one_cleaned_entry_in_memory(gps_photo: Path,
                                                          tmp_path: Path) -> None:
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    (prepared,) = prepare_attachment(gps_photo)
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    assert prepared.verdict is MetadataVerdict.CLEANED
    assert prepared.media_type == "image/jpeg"
    assert prepared.name == "protest.jpg"
    assert prepared.cleaned is not None
    assert prepared.size == len(prepared.cleaned)
    assert prepared.cleaned != gps_photo.read_bytes()
    assert b"CanaryCameraMaker" not in prepared.cleaned
    assert "exif_gps" in prepared.removed
    assert read_all(prepared) == prepared.cleaned
    entry = prepared.entry()
    assert (entry.name, entry.size, entry.media_type, entry.metadata) == (
        "protest.jpg", prepared.size, "image/jpeg", "cleaned")
    checked = tmp_path / "check.jpg"
    checked.write_bytes(prepared.cleaned)
    assert exiftool_gps(checked) == {}


def test_cleaned_bytes_come_from_memory_even_if_the_file_disappears(gps_photo: Path) -> None:
    (prepared,) = prepare_attachment(gps_photo)
    gps_photo.unlink()
    assert read_all(prepared) == prepared.cleaned


def test_keep_original_gives_cleaned_then_original(gps_photo: Path) -> None:
    original = gps_photo.read_bytes()
    cleaned, evidence = prepare_attachment(gps_photo, keep_original=True)
    assert cleaned.verdict is MetadataVerdict.CLEANED
    assert cleaned.cleaned is not None and read_all(cleaned) == cleaned.cleaned
    assert evidence.verdict is MetadataVerdict.KEPT_BY_CHOICE
    assert evidence.entry().metadata == "kept-by-choice"
    assert evidence.cleaned is None
    assert evidence.size == len(original)
    assert read_all(evidence) == original
    assert cleaned.name == evidence.name == "protest.jpg"


def test_keep_original_has_no_effect_on_other_files(tmp_path: Path) -> None:
    path = tmp_path / "statement.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"0" * 1000)
    assert len(prepare_attachment(path, keep_original=True)) == 1


def test_jpeg_without_metadata_is_nothing_found(tmp_path: Path) -> None:
    path = tmp_path / "plain.jpg"
    path.write_bytes(plain_jpeg())
    (prepared,) = prepare_attachment(path)
    assert prepared.verdict is MetadataVerdict.NOTHING_FOUND
    assert prepared.cleaned is not None


def test_pdf_is_not_cleanable_and_streamed_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "statement.pdf"
    data = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 50
    path.write_bytes(data)
    (prepared,) = prepare_attachment(path)
    assert prepared.verdict is MetadataVerdict.NOT_CLEANABLE
    assert prepared.media_type == "application/pdf"
    assert prepared.cleaned is None
    assert prepared.size == len(data)
    assert prepared.removed == ()
    assert read_all(prepared) == data


def test_magic_bytes_win_over_a_misleading_extension(tmp_path: Path) -> None:
    path = tmp_path / "holiday.jpg"
    path.write_bytes(b"%PDF-1.4\nnot a photo")
    (prepared,) = prepare_attachment(path)
    assert prepared.media_type == "application/pdf"
    assert prepared.verdict is MetadataVerdict.NOT_CLEANABLE


def test_a_broken_jpeg_is_sent_as_is_and_marked_not_cleanable(tmp_path: Path) -> None:
    path = tmp_path / "broken.jpg"
    data = jpeg_with_gps()[:40]
    path.write_bytes(data)
    (prepared,) = prepare_attachment(path)
    assert prepared.verdict is MetadataVerdict.NOT_CLEANABLE
    assert read_all(prepared) == data


def test_an_image_above_the_cleaning_limit_is_not_loaded(gps_photo: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments_module, "MAX_CLEANABLE_BYTES", 100)
    (prepared,) = prepare_attachment(gps_photo)
    assert prepared.verdict is MetadataVerdict.NOT_CLEANABLE
    assert prepared.cleaned is None


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    (prepared,) = prepare_attachment(path)
    assert prepared.size == 0
    assert read_all(prepared) == b""


def test_large_sparse_file_is_not_read_into_memory(tmp_path: Path) -> None:
    path = tmp_path / "video.mp4"
    with open(path, "wb") as handle:
        handle.write(b"\x00\x00\x00\x18ftypmp42")
        handle.truncate(300 * 1024 * 1024)
    (prepared,) = prepare_attachment(path)
    assert prepared.size == 300 * 1024 * 1024
    assert prepared.cleaned is None
    assert prepared.media_type == "video/mp4"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    with pytest.raises(AppError) as caught:
        prepare_attachment(folder)
    assert caught.value.code == "attachment.not_a_file"


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(AppError) as caught:
        prepare_attachment(tmp_path / "gone.jpg")
    # "check that the file exists" (unreadable), not "attach files, not folders" (not_a_file)
    assert caught.value.code == "attachment.unreadable"


def test_a_file_removed_after_preparing_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("notes")
    (prepared,) = prepare_attachment(path)
    path.unlink()
    with pytest.raises(AppError) as caught:
        prepared.open()
    assert caught.value.code == "attachment.unreadable"


def test_repr_does_not_show_the_name_or_path(gps_photo: Path) -> None:
    for prepared in prepare_attachment(gps_photo, keep_original=True):
        text = repr(prepared)
        assert "protest" not in text and "pictures" not in text
