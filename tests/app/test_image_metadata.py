"""Tests for app.image_metadata: in-memory removal of image metadata.

Fixtures are generated in memory with Pillow. exiftool is the independent
judge of "no metadata left": every leak check first proves exiftool DOES see
the metadata in the original, so the check cannot pass vacuously.
"""

from __future__ import annotations

import builtins
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PIL import ExifTags, Image, ImageCms, ImageOps
from PIL.PngImagePlugin import PngInfo

from app.image_metadata import (
    CleanedImage,
    ImageCleaningError,
    MetadataVerdict,
    Removed,
    clean_image,
    is_cleanable,
    removed_code,
    sniff_media_type,
)

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "app" / "demo" / "sample-photo.jpg"
GENERATOR = REPO / "app" / "demo" / "make_sample_photo.py"

SECRET_AUTHOR = "Secret Author"
SECRETS = (b"DemoMake", b"DemoModel", SECRET_AUTHOR.encode(), b"hello comment", b"2023:07:08")
XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Secret Author"/>'
    b'</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)
MIME = {"jpeg": "image/jpeg", "png": "image/png", "webp": "image/webp", "gif": "image/gif"}


# ------------------------------------------------------------------ fixtures


def _picture(mode: str = "RGB", size: tuple[int, int] = (96, 64)) -> Image.Image:
    """A deterministic, busy picture so that any pixel change would show."""
    width, height = size
    bands = len(mode)
    raw = bytes((x * 7 + y * 13 + b * 61 + (x * y) % 29) % 256
                for y in range(height) for x in range(width) for b in range(bands))
    return Image.frombytes(mode, size, raw)


def _exif(orientation: int = 6) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "DemoMake"
    exif[ExifTags.Base.Model] = "DemoModel"
    exif[ExifTags.Base.Orientation] = orientation
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = "2023:07:08 09:10:11"
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(
        {1: "N", 2: (48.0, 51.0, 30.24), 3: "E", 4: (2.0, 17.0, 40.2)}
    )
    return exif


@cache
def _icc() -> bytes:
    profile: bytes = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return profile


def _iptc_app13() -> bytes:
    record = b"\x1c\x02\x50" + len(SECRET_AUTHOR).to_bytes(2, "big") + SECRET_AUTHOR.encode()
    record += b"\x00" * (len(record) & 1)
    resource = b"8BIM\x04\x04\x00\x00" + len(record).to_bytes(4, "big") + record
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + (len(payload) + 2).to_bytes(2, "big") + payload


def _save(image: Image.Image, fmt: str, **params: Any) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **params)
    return out.getvalue()


@cache
def jpeg_with_metadata(orientation: int = 6) -> bytes:
    data = _save(_picture(), "JPEG", quality=90, exif=_exif(orientation), xmp=XMP,
                 comment=b"hello comment", icc_profile=_icc())
    return data[:2] + _iptc_app13() + data[2:]


@cache
def png_with_metadata(orientation: int = 6) -> bytes:
    info = PngInfo()
    info.add_text("Author", SECRET_AUTHOR)
    info.add_text("Comment", "hello comment", zip=True)
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    info.add(b"tIME", bytes((7, 231, 7, 8, 9, 10, 11)))
    return _save(_picture(), "PNG", pnginfo=info, exif=_exif(orientation), icc_profile=_icc())


@cache
def webp_with_metadata(orientation: int = 6) -> bytes:
    return _save(_picture(), "WEBP", quality=80, exif=_exif(orientation), xmp=XMP,
                 icc_profile=_icc())


def _gif_xmp_extension() -> bytes:
    # XMP in GIF is stored raw, followed by a "magic trailer" that makes the
    # raw text parse as valid sub-blocks.
    return b"!\xff\x0bXMP DataXMP" + XMP + bytes((1, *range(255, -1, -1))) + b"\x00"


@cache
def gif_with_metadata(orientation: int = 1) -> bytes:
    frames = [_picture("P"), _picture("P").transpose(Image.Transpose.FLIP_LEFT_RIGHT)]
    data = _save(frames[0], "GIF", save_all=True, append_images=frames[1:], loop=0,
                 duration=100, comment=b"hello comment")
    packed = data[10]
    header_end = 13 + (3 << ((packed & 7) + 1) if packed & 0x80 else 0)
    return data[:header_end] + _gif_xmp_extension() + data[header_end:]


MAKERS: dict[str, Callable[..., bytes]] = {
    "jpeg": jpeg_with_metadata,
    "png": png_with_metadata,
    "webp": webp_with_metadata,
    "gif": gif_with_metadata,
}


def _plain(fmt: str) -> bytes:
    return _save(_picture("P" if fmt == "gif" else "RGB"), fmt.upper())


def _decoded_frames(data: bytes) -> list[tuple[str, tuple[int, int], bytes]]:
    """Pixels of every frame, after applying the EXIF orientation."""
    frames = []
    with Image.open(io.BytesIO(data)) as image:
        for index in range(getattr(image, "n_frames", 1)):
            image.seek(index)
            upright = ImageOps.exif_transpose(image.convert("RGBA"))
            frames.append((image.mode, upright.size, upright.tobytes()))
    return frames


# ------------------------------------------------------------------ exiftool


@pytest.fixture
def exiftool(tmp_path: Path) -> Callable[[bytes, str], dict[str, Any]]:
    binary = shutil.which("exiftool")
    if binary is None:
        pytest.fail("exiftool is required for these tests: apt-get install libimage-exiftool-perl")

    def run(data: bytes, suffix: str) -> dict[str, Any]:
        # Written to disk for the independent check only; the module never does.
        path = tmp_path / f"check-{len(list(tmp_path.iterdir()))}.{suffix}"
        path.write_bytes(data)
        out = subprocess.run([binary, "-j", "-G", "-a", "-u", "-n", str(path)],
                             check=True, capture_output=True, text=True).stdout
        tags: dict[str, Any] = json.loads(out)[0]
        return tags

    return run


_KEEP_GROUPS = {"ExifTool", "File", "JFIF", "PNG", "RIFF", "GIF", "Composite"}
_HARMLESS = {"SourceFile", "Composite:ImageSize", "Composite:Megapixels", "File:ExifByteOrder"}


def _leaks(tags: dict[str, Any]) -> set[str]:
    """Every identifying thing exiftool reports, as coarse categories."""
    found = set()
    for key in tags:
        group, _, name = key.partition(":")
        if key in _HARMLESS or key == "EXIF:Orientation" or name.startswith("File"):
            continue
        for word in ("GPS", "Comment", "Make", "Model", "Author", "Creator", "By-line",
                     "DateTime", "ModifyDate", "Profile"):
            if word in name:
                found.add(word)
        if group not in _KEEP_GROUPS:
            found.add(group)
    return found


LEAKS_IN_ORIGINAL = {
    "jpeg": {"GPS", "XMP", "Comment", "Make", "Model", "IPTC", "ICC_Profile", "DateTime"},
    "png": {"GPS", "XMP", "Comment", "Make", "Model", "Author", "ICC_Profile", "ModifyDate"},
    "webp": {"GPS", "XMP", "Make", "Model", "ICC_Profile", "DateTime"},
    "gif": {"XMP", "Comment"},
}


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_exiftool_finds_nothing_after_cleaning(
    fmt: str, exiftool: Callable[[bytes, str], dict[str, Any]]
) -> None:
    original = MAKERS[fmt]()
    before = _leaks(exiftool(original, fmt))
    assert LEAKS_IN_ORIGINAL[fmt] <= before, "fixture lost its metadata: test would be vacuous"

    result = clean_image(original, MIME[fmt])

    after = exiftool(result.data, fmt)
    assert _leaks(after) == set(), after
    assert result.verdict is MetadataVerdict.CLEANED
    assert all(secret not in result.data for secret in SECRETS)


def test_exiftool_sees_only_orientation_in_cleaned_jpeg(
    exiftool: Callable[[bytes, str], dict[str, Any]],
) -> None:
    tags = exiftool(clean_image(jpeg_with_metadata(), "image/jpeg").data, "jpg")
    assert tags["EXIF:Orientation"] == 6
    metadata = [key for key in tags if key.startswith(("EXIF:", "XMP", "IPTC", "ICC"))]
    assert metadata == ["EXIF:Orientation"]


def test_removed_names_are_labels_not_values() -> None:
    result = clean_image(jpeg_with_metadata(), "image/jpeg")
    assert result.removed == ("iptc", "exif_gps", "xmp", "icc_profile", "comment")
    text = " ".join(result.removed).encode()
    assert all(secret not in text for secret in SECRETS)


def test_removed_are_stable_codes() -> None:
    """Codes, not English: the UI translates them (ui.editor.labels); drafts keep them."""
    for fmt, make in MAKERS.items():
        for item in clean_image(make(), MIME[fmt]).removed:
            assert isinstance(item, Removed) and item.value.isascii(), (fmt, item)
            assert item.value == item.value.lower() and " " not in item.value
    assert removed_code("exif_gps") is Removed.EXIF_GPS
    assert removed_code("EXIF (incl. GPS)") is Removed.EXIF_GPS  # drafts of earlier versions
    assert removed_code("APP3 segment") is Removed.APP_DATA
    assert removed_code("anything else") is Removed.UNKNOWN


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_pixels_are_identical(fmt: str) -> None:
    original = MAKERS[fmt]()
    assert _decoded_frames(clean_image(original, MIME[fmt]).data) == _decoded_frames(original)


@pytest.mark.parametrize("fmt", ["jpeg", "png", "webp"])
@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
def test_orientation_survives_alone(fmt: str, orientation: int) -> None:
    cleaned = clean_image(MAKERS[fmt](orientation), MIME[fmt]).data
    with Image.open(io.BytesIO(cleaned)) as image:
        exif = dict(image.getexif())
        assert not image.getexif().get_ifd(ExifTags.IFD.GPSInfo)
        upright = ImageOps.exif_transpose(image)
    assert exif == ({} if orientation == 1 else {ExifTags.Base.Orientation: orientation})
    assert upright.size == ((64, 96) if orientation in (6, 8) else (96, 64))


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_image_without_metadata_is_returned_unchanged(fmt: str) -> None:
    plain = _plain(fmt)
    result = clean_image(plain, MIME[fmt])
    assert result == CleanedImage(plain, MetadataVerdict.NOTHING_FOUND, ())


def test_gif_keeps_animation_loop() -> None:
    cleaned = clean_image(gif_with_metadata(), "image/gif")
    assert cleaned.removed == ("xmp", "comment")
    with Image.open(io.BytesIO(cleaned.data)) as image:
        assert (getattr(image, "n_frames", 1), image.info.get("loop")) == (2, 0)
        assert "comment" not in image.info


def _animated_webp_with_frame_junk() -> bytes:
    frames = [_picture(), _picture().transpose(Image.Transpose.FLIP_TOP_BOTTOM)]
    data = _save(frames[0], "WEBP", save_all=True, append_images=frames[1:], lossless=True,
                 exif=_exif(1), xmp=XMP)
    # Hide an unknown chunk inside the first frame, fixing both sizes.
    anmf = data.index(b"ANMF")
    size = int.from_bytes(data[anmf + 4 : anmf + 8], "little")
    junk = b"JUNK" + (14).to_bytes(4, "little") + b"Secret Author\x00"
    end = anmf + 8 + size + (size & 1)
    new_size = (size + (size & 1) + len(junk)).to_bytes(4, "little")
    data = data[: anmf + 4] + new_size + data[anmf + 8 : end] + junk + data[end:]
    return b"RIFF" + (len(data) - 8).to_bytes(4, "little") + data[8:]


def test_animated_webp_keeps_frames_and_drops_frame_junk() -> None:
    original = _animated_webp_with_frame_junk()
    result = clean_image(original, "image/webp")
    assert result.removed == ("unknown", "exif_gps", "xmp")
    assert SECRET_AUTHOR.encode() not in result.data
    assert len(_decoded_frames(original)) == 2
    assert _decoded_frames(result.data) == _decoded_frames(original)


def test_jpeg_drops_pictures_hidden_after_the_end() -> None:
    # Phones append extra JPEGs (depth map, preview) with their own EXIF.
    hidden = jpeg_with_metadata()
    original = _plain("jpeg") + hidden
    result = clean_image(original, "image/jpeg")
    assert result.removed == ("trailing_data",)
    assert result.data == _plain("jpeg")


def test_jpeg_jfif_thumbnail_is_dropped() -> None:
    plain = _plain("jpeg")
    assert plain[6:11] == b"JFIF\x00"
    thumb = b"\x02\x01" + bytes(range(6))  # 2x1 RGB thumbnail
    app0 = plain[11:18] + thumb
    original = plain[:2] + b"\xff\xe0" + (len(app0) + 7).to_bytes(2, "big") + b"JFIF\x00" + app0
    original += plain[20:]
    result = clean_image(original, "image/jpeg")
    assert result.removed == ("thumbnail",)
    assert result.data == plain


def test_progressive_jpeg_comment_between_scans_is_removed() -> None:
    plain = _save(_picture(), "JPEG", progressive=True)
    second_scan = plain.index(b"\xff\xda", plain.index(b"\xff\xda") + 2)
    comment = b"\xff\xfe\x00\x0fhello comment"
    original = plain[:second_scan] + comment + plain[second_scan:]
    result = clean_image(original, "image/jpeg")
    assert result.removed == ("comment",)
    assert result.data == plain


def test_cmyk_jpeg_keeps_colour_transform_segment() -> None:
    original = _save(_picture("CMYK"), "JPEG", exif=_exif(1))
    result = clean_image(original, "image/jpeg")
    assert b"Adobe" in result.data
    assert _decoded_frames(result.data) == _decoded_frames(original)


def test_jpeg_restart_markers_are_kept() -> None:
    original = _save(_picture(), "JPEG", restart_marker_blocks=1, exif=_exif(1))
    cleaned = clean_image(original, "image/jpeg").data
    assert b"\xff\xd0" in cleaned
    assert _decoded_frames(cleaned) == _decoded_frames(original)


# ------------------------------------------------------------- bad input


def _with_bad_png_crc() -> bytes:
    data = bytearray(_plain("png"))
    data[29] ^= 0xFF  # last CRC byte of IHDR
    return bytes(data)


def _jpeg_cut_after_ff_in_scan() -> bytes:
    data = _plain("jpeg")
    return data[: data.index(b"\xff\x00", data.index(b"\xff\xda")) + 1]


BAD_INPUTS = {
    "empty jpeg": (b"", "image/jpeg"),
    "empty png": (b"", "image/png"),
    "random bytes": (bytes(range(7, 250, 3)) * 3, "image/jpeg"),
    "truncated jpeg header": (jpeg_with_metadata()[:300], "image/jpeg"),
    "truncated jpeg scan": (_plain("jpeg")[:-40], "image/jpeg"),
    "jpeg scan cut after 0xff": (_jpeg_cut_after_ff_in_scan(), "image/jpeg"),
    "jpeg ends in fill bytes": (b"\xff\xd8\xff\xff\xff", "image/jpeg"),
    "jpeg without scan": (b"\xff\xd8\xff\xd9", "image/jpeg"),
    "jpeg segment past end": (b"\xff\xd8\xff\xe1\xff\xf0Exif", "image/jpeg"),
    "jpeg segment length 0": (b"\xff\xd8\xff\xe1\x00\x00", "image/jpeg"),
    "bad png crc": (_with_bad_png_crc(), "image/png"),
    "png without iend": (_plain("png")[:-12], "image/png"),
    "truncated webp": (webp_with_metadata()[:-30], "image/webp"),
    "webp without image": (b"RIFF\x04\x00\x00\x00WEBP", "image/webp"),
    "truncated gif": (gif_with_metadata()[:-20], "image/gif"),
    "png bytes as jpeg": (_plain("png"), "image/jpeg"),
    "pdf": (b"%PDF-1.7\n", "application/pdf"),
    "heic": (b"\x00\x00\x00\x18ftypheic", "image/heic"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_raises_cleaning_error(name: str) -> None:
    data, media_type = BAD_INPUTS[name]
    with pytest.raises(ImageCleaningError) as raised:
        clean_image(data, media_type)
    assert raised.value.code == "attachment.clean_failed"


def _mutate(base: bytes, cut: int, edits: list[tuple[int, int]]) -> bytes:
    data = bytearray(base[: max(0, len(base) - cut)])
    for index, value in edits:
        if data:
            data[index % len(data)] = value
    return bytes(data)


@settings(max_examples=400, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(
    fmt=st.sampled_from(sorted(MAKERS)),
    cut=st.one_of(st.just(0), st.integers(0, 4000)),
    edits=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=6),
)
def test_mutated_input_only_fails_with_cleaning_error(
    fmt: str, cut: int, edits: list[tuple[int, int]]
) -> None:
    data = _mutate(MAKERS[fmt](), cut, edits)
    try:
        result = clean_image(data, MIME[fmt])
    except ImageCleaningError:
        event("rejected")
        return
    event("cleaned")
    # Whatever got through must be stable: cleaning twice changes nothing.
    assert clean_image(result.data, MIME[fmt]).data == result.data


def test_cleaning_never_touches_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = [(maker(), MIME[fmt]) for fmt, maker in MAKERS.items()]

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("clean_image must not open files")

    for target, name in [(builtins, "open"), (io, "open"), (os, "open"),
                         (tempfile, "mkstemp"), (tempfile, "NamedTemporaryFile"),
                         (tempfile, "TemporaryFile"), (tempfile, "SpooledTemporaryFile")]:
        monkeypatch.setattr(target, name, forbidden)
    for data, media_type in inputs:
        assert clean_image(data, media_type).verdict is MetadataVerdict.CLEANED


# ------------------------------------------------------------------ sniffing

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.mark.parametrize(
    ("head", "filename", "expected"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "photo.bin", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x", "image/png"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8X", "img", "image/webp"),
        (b"GIF89a\x01\x00", "anim", "image/gif"),
        (b"%PDF-1.7\n", "report.pdf", "application/pdf"),
        (b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00", "clip.mp4", "video/mp4"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "IMG_1.HEIC", "image/heic"),
        (b"PK\x03\x04\x14\x00\x06\x00", "statement.docx", DOCX),
        (b"PK\x03\x04\x14\x00\x06\x00", "archive.zip", "application/zip"),
        (b"PK\x03\x04\x14\x00\x06\x00", "no-extension", "application/zip"),
        (b"", "statement.DOCX", DOCX),
        (b"\x00\x01\x02", "photo.JPG", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n", "lies.jpg", "image/png"),
        (b"\x00\x01\x02\x03", "mystery", "application/octet-stream"),
        (b"\x00\x01\x02\x03", ".hidden", "application/octet-stream"),
        (b"", "", "application/octet-stream"),
        (b"\x00" * 64 + b"%PDF-", "x", "application/octet-stream"),
    ],
)
def test_sniff_media_type(head: bytes, filename: str, expected: str) -> None:
    assert sniff_media_type(head, filename) == expected


@pytest.mark.parametrize(
    ("media_type", "expected"),
    [("image/jpeg", True), ("image/png", True), ("image/webp", True), ("image/gif", True),
     ("IMAGE/JPEG; q=1", True), ("image/heic", False), ("application/pdf", False),
     ("video/mp4", False), (DOCX, False), ("application/octet-stream", False)],
)
def test_is_cleanable(media_type: str, expected: bool) -> None:
    assert is_cleanable(media_type) is expected


# --------------------------------------------------------------- demo photo


def test_demo_photo_carries_metadata_that_cleaning_removes(
    exiftool: Callable[[bytes, str], dict[str, Any]],
) -> None:
    original = SAMPLE.read_bytes()
    assert len(original) < 80_000
    tags = exiftool(original, "jpg")
    assert (tags["EXIF:Make"], tags["EXIF:Model"]) == ("DemoPhone", "DemoPhone")
    assert tags["Composite:GPSLatitude"] == pytest.approx(48.8584, abs=1e-4)
    assert tags["Composite:GPSLongitude"] == pytest.approx(2.2945, abs=1e-4)
    assert tags["File:Comment"] == "demo sample"
    assert "EXIF:DateTimeOriginal" in tags
    assert (tags["File:ImageWidth"], tags["File:ImageHeight"]) == (640, 480)

    result = clean_image(original, sniff_media_type(original[:64], SAMPLE.name))
    assert _leaks(exiftool(result.data, "jpg")) == set()
    assert result.removed == ("exif_gps", "comment")
    assert _decoded_frames(result.data) == _decoded_frames(original)


def test_demo_photo_generator_is_deterministic(tmp_path: Path) -> None:
    outputs = []
    for name in ("one.jpg", "two.jpg"):
        subprocess.run([sys.executable, str(GENERATOR), str(tmp_path / name)], check=True,
                       capture_output=True)
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]
