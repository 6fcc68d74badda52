"""Remove identifying metadata from image attachments, entirely in memory.

The cleaners work on the container structure only (JPEG segments, PNG chunks,
WebP RIFF chunks, GIF blocks) and never decode or re-encode pixels, so the
picture the team receives is exactly the one the person took, and no image
decoder ever runs on untrusted input here. Nothing in this module touches the
disk: a plaintext copy of an attachment must never exist outside memory.
"""

from __future__ import annotations

import enum
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal


class MetadataVerdict(enum.Enum):
    """What happened to an attachment's metadata."""

    CLEANED = "cleaned"
    NOTHING_FOUND = "nothing-found"
    NOT_CLEANABLE = "not-cleanable"
    KEPT_BY_CHOICE = "kept-by-choice"


class Removed(enum.StrEnum):
    """Stable codes for what a cleaner removed (never the values: those stay unread).

    People see these only through a translated label (ui.editor.labels); drafts keep the codes.
    The sealed report does not carry them: its manifest holds only the MetadataVerdict.
    """

    EXIF_GPS = "exif_gps"  # EXIF with a GPS block: where the picture was taken
    EXIF = "exif"  # EXIF without GPS: camera, lens, dates, sometimes a serial number
    XMP = "xmp"  # XMP: editing history, author, places
    IPTC = "iptc"  # Photoshop/IPTC: captions, author, keywords
    ICC_PROFILE = "icc_profile"  # colour profile (may name the device)
    MULTI_PICTURE = "multi_picture"  # JPEG multi-picture index (MPF)
    THUMBNAIL = "thumbnail"  # JFIF/JFXX thumbnail (may show what was cropped out)
    COMMENT = "comment"  # JPEG or GIF comment
    TEXT = "text"  # PNG text chunks (tEXt, zTXt, iTXt)
    TIMESTAMP = "timestamp"  # PNG modification time (tIME)
    APP_DATA = "app_data"  # other application data (JPEG APPn, GIF application extension)
    UNKNOWN = "unknown"  # a chunk or extension this module does not know
    TRAILING_DATA = "trailing_data"  # data after the end of the image (hidden extra pictures)


_LEGACY_NAMES = {  # what drafts saved by earlier versions hold: English names
    "EXIF (incl. GPS)": Removed.EXIF_GPS, "EXIF": Removed.EXIF, "XMP": Removed.XMP,
    "Photoshop/IPTC": Removed.IPTC, "ICC colour profile": Removed.ICC_PROFILE,
    "multi-picture index (MPF)": Removed.MULTI_PICTURE, "JFIF thumbnail": Removed.THUMBNAIL,
    "APP0 extension (e.g. JFXX thumbnail)": Removed.THUMBNAIL, "JPEG comment": Removed.COMMENT,
    "GIF comment": Removed.COMMENT, "PNG text": Removed.TEXT, "PNG compressed text": Removed.TEXT,
    "PNG international text": Removed.TEXT, "modification time": Removed.TIMESTAMP,
    "GIF application data": Removed.APP_DATA, "data after end of image": Removed.TRAILING_DATA,
}

_CODES = frozenset(code.value for code in Removed)


def removed_code(name: str) -> Removed:
    """The code of a stored name: a code, or an English name from an earlier version (APPn
    segments are application data; anything else unknown). Never raises."""
    if name in _CODES:
        return Removed(name)
    if re.fullmatch(r"APP\d{1,2} segment", name):
        return Removed.APP_DATA
    return _LEGACY_NAMES.get(name, Removed.UNKNOWN)


class ImageCleaningError(Exception):
    """The image could not be cleaned (malformed, truncated or unsupported).

    Messages are generic on purpose: they must never echo metadata values.
    """

    code: str = "attachment.clean_failed"


@dataclass(frozen=True, repr=False)
class CleanedImage:
    """Cleaned bytes plus the codes (Removed) of what was removed, each once, in order."""

    data: bytes
    verdict: MetadataVerdict
    removed: tuple[Removed, ...]

    def __repr__(self) -> str:
        return f"CleanedImage(<{len(self.data)} bytes>, verdict={self.verdict.value})"


_Result = tuple[bytes, list[Removed]]
_Order = Literal["little", "big"]

# ---------------------------------------------------------------- sniffing

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif"), (b"%PDF-", "application/pdf"),
    (b"II*\x00", "image/tiff"), (b"MM\x00*", "image/tiff"), (b"ID3", "audio/mpeg"),
    (b"OggS", "audio/ogg"), (b"\x1a\x45\xdf\xa3", "video/x-matroska"),
    (b"PK\x03\x04", "application/zip"), (b"PK\x05\x06", "application/zip"),
)
_RIFF_FORMS = {b"WEBP": "image/webp", b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo"}
_FTYP_BRANDS = {
    b"heic": "image/heic", b"heix": "image/heic", b"mif1": "image/heif", b"msf1": "image/heif",
    b"avif": "image/avif", b"qt  ": "video/quicktime", b"M4A ": "audio/mp4",
}
# Zip is shared by many formats: only the name can tell a .docx from a .zip.
_ZIP_BY_NAME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "epub": "application/epub+zip",
}
_BY_EXTENSION = {
    "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "webp": "image/webp",
    "gif": "image/gif", "heic": "image/heic", "heif": "image/heif", "avif": "image/avif",
    "tif": "image/tiff", "tiff": "image/tiff", "pdf": "application/pdf", "mp4": "video/mp4",
    "mov": "video/quicktime", "webm": "video/webm", "mkv": "video/x-matroska",
    "mp3": "audio/mpeg", "m4a": "audio/mp4", "ogg": "audio/ogg", "wav": "audio/wav",
    "zip": "application/zip", "txt": "text/plain", "doc": "application/msword", **_ZIP_BY_NAME,
}
_CLEANABLE = frozenset({"image/jpeg", "image/png", "image/webp", "image/gif"})


def _extension(filename: str) -> str:
    name = re.split(r"[\\/]", filename)[-1]
    stem, dot, ext = name.rpartition(".")
    return ext.lower() if dot and stem else ""


def _sniff_magic(head: bytes) -> str | None:
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    if head[:4] == b"RIFF" and head[8:12] in _RIFF_FORMS:
        return _RIFF_FORMS[head[8:12]]
    if head[4:8] == b"ftyp":
        return _FTYP_BRANDS.get(head[8:12], "video/mp4")
    return None


def sniff_media_type(head: bytes, filename: str) -> str:
    """Return the MIME type of a file from its first bytes, then its name.

    Magic numbers win over the extension; the extension is only used when the
    bytes are unknown or to tell zip-based documents (docx, odt...) apart.
    Only the first 64 bytes of ``head`` are looked at. Returns
    ``application/octet-stream`` when unknown. Never raises.
    """
    ext = _extension(filename)
    by_magic = _sniff_magic(head[:64])
    if by_magic is None:
        return _BY_EXTENSION.get(ext, "application/octet-stream")
    if by_magic == "application/zip":
        return _ZIP_BY_NAME.get(ext, by_magic)
    return by_magic


def _normalise(media_type: str) -> str:
    return media_type.split(";", 1)[0].strip().lower()


def is_cleanable(media_type: str) -> bool:
    """Whether :func:`clean_image` supports this MIME type. Never raises."""
    return _normalise(media_type) in _CLEANABLE


# ----------------------------------------------------------- byte helpers


def _expect(condition: bool, reason: str) -> None:
    if not condition:
        raise ImageCleaningError(reason)


def _slice(data: bytes, start: int, length: int) -> bytes:
    _expect(length >= 0 and start + length <= len(data), "image data is truncated")
    return data[start : start + length]


def _uint(data: bytes, start: int, length: int, order: _Order = "big") -> int:
    return int.from_bytes(_slice(data, start, length), order)


# ------------------------------------------------------------------- EXIF


def _ifd0_tags(tiff: bytes) -> dict[int, int]:
    """Tag -> first numeric value of IFD0; {} when the block is unreadable.

    Unreadable EXIF is dropped anyway, so it must not block cleaning.
    """
    if tiff[:2] not in (b"II", b"MM"):
        return {}
    order: _Order = "little" if tiff[:2] == b"II" else "big"

    def num(at: int, size: int) -> int:
        return int.from_bytes(tiff[at : at + size], order)

    ifd = num(4, 4)
    count = num(ifd, 2) if ifd + 2 <= len(tiff) else 0
    tags: dict[int, int] = {}
    for entry in range(ifd + 2, ifd + 2 + 12 * count, 12):
        if entry + 12 > len(tiff):
            break
        short = num(entry + 2, 2) == 3
        tags[num(entry, 2)] = num(entry + 8, 2 if short else 4)
    return tags


def _exif_label(block: bytes) -> Removed:
    tags = _ifd0_tags(block.removeprefix(b"Exif\x00\x00"))
    return Removed.EXIF_GPS if 0x8825 in tags else Removed.EXIF


def _exif_orientation(block: bytes) -> int:
    orientation = _ifd0_tags(block.removeprefix(b"Exif\x00\x00")).get(0x0112, 1)
    return orientation if 1 <= orientation <= 8 else 1


def _orientation_only_tiff(orientation: int) -> bytes:
    # A one-entry IFD0 keeps the picture upright without anything that
    # could identify the camera, the time or the place.
    entry = b"\x01\x12\x00\x03\x00\x00\x00\x01" + orientation.to_bytes(2, "big") + b"\x00\x00"
    return b"MM\x00\x2a\x00\x00\x00\x08\x00\x01" + entry + b"\x00\x00\x00\x00"


# ------------------------------------------------------------------- JPEG

_EOI, _SOS, _APP0, _APP14, _COM = 0xD9, 0xDA, 0xE0, 0xEE, 0xFE
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})
_JPEG_LABELS: tuple[tuple[int, bytes, Removed], ...] = (
    (0xE1, b"http://ns.adobe.com/xap/1.0/\x00", Removed.XMP),
    (0xE1, b"http://ns.adobe.com/xmp/extension/\x00", Removed.XMP),
    (0xE2, b"ICC_PROFILE\x00", Removed.ICC_PROFILE),
    (0xE2, b"MPF\x00", Removed.MULTI_PICTURE),
    (0xED, b"Photoshop 3.0\x00", Removed.IPTC),
)


def _next_marker(data: bytes, pos: int) -> tuple[int, int]:
    _expect(_slice(data, pos, 1) == b"\xff", "JPEG marker expected")
    while _slice(data, pos, 1) == b"\xff":  # 0xFF fill bytes may precede a marker
        pos += 1
    marker = data[pos]
    _expect(marker != 0 and marker != 0xD8, "unexpected JPEG marker")
    return marker, pos + 1


def _scan_end(data: bytes, pos: int) -> int:
    """Offset of the first marker after entropy-coded data starting at pos."""
    while True:
        pos = data.find(b"\xff", pos)
        _expect(0 <= pos < len(data) - 1, "JPEG image data is truncated")
        follower = data[pos + 1]
        if follower != 0 and not 0xD0 <= follower <= 0xD7:
            return pos
        pos += 2


def _jpeg_label(marker: int, payload: bytes) -> Removed:
    if marker == _COM:
        return Removed.COMMENT
    if marker == 0xE1 and payload.startswith(b"Exif\x00"):
        return _exif_label(payload[6:])
    for label_marker, prefix, label in _JPEG_LABELS:
        if marker == label_marker and payload.startswith(prefix):
            return label
    return Removed.APP_DATA


def _filter_jpeg_segment(marker: int, payload: bytes) -> tuple[bytes | None, Removed | None]:
    """Payload to keep (maybe trimmed) and the code of anything removed."""
    if marker == _APP0:
        if not payload.startswith(b"JFIF\x00") or len(payload) < 14:
            return None, Removed.THUMBNAIL  # an APP0 extension: a JFXX thumbnail
        if len(payload) == 14 and payload[12:14] == b"\x00\x00":
            return payload, None
        # A JFIF thumbnail can show what was cropped out of the picture.
        return payload[:12] + b"\x00\x00", Removed.THUMBNAIL
    if marker == _APP14 and payload.startswith(b"Adobe") and len(payload) >= 12:
        # Tells decoders how the colour channels are stored: dropping it
        # changes the colours of CMYK and non-YCbCr JPEGs.
        return payload[:12], None
    if 0xE1 <= marker <= 0xEF or marker == _COM:
        return None, _jpeg_label(marker, payload)
    return payload, None


def _jpeg_segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + (len(payload) + 2).to_bytes(2, "big") + payload


def _clean_jpeg(data: bytes) -> _Result:
    _expect(data.startswith(b"\xff\xd8"), "not a JPEG file")
    kept: list[bytes] = []
    removed: list[Removed] = []
    orientation, pos, scans = 1, 2, 0
    while True:
        marker, pos = _next_marker(data, pos)
        if marker == _EOI:
            break
        if marker in _STANDALONE:
            kept.append(bytes((0xFF, marker)))
            continue
        payload = _slice(data, pos + 2, _uint(data, pos, 2) - 2)
        end = pos + 2 + len(payload)
        if marker == _SOS:
            # Entropy-coded data is copied untouched: pixels stay bit-exact.
            end, scans = _scan_end(data, end), scans + 1
            kept.append(b"\xff\xda" + data[pos:end])
        else:
            keep, label = _filter_jpeg_segment(marker, payload)
            if keep is not None:
                kept.append(_jpeg_segment(marker, keep))
            if label is not None:
                removed.append(label)
            if orientation == 1 and marker == 0xE1 and payload.startswith(b"Exif\x00"):
                orientation = _exif_orientation(payload[6:])
        pos = end
    _expect(scans > 0, "JPEG has no image data")
    return _assemble_jpeg(kept, removed, orientation, len(data) > pos)


def _assemble_jpeg(
    kept: list[bytes], removed: list[Removed], orientation: int, trailing: bool
) -> _Result:
    # Multi-picture files (phones' depth maps, previews) append whole JPEGs,
    # each with its own EXIF, after the end of the main picture: drop them.
    if trailing:
        removed.append(Removed.TRAILING_DATA)
    if orientation != 1:
        exif = b"Exif\x00\x00" + _orientation_only_tiff(orientation)
        at = 1 if kept and kept[0].startswith(b"\xff\xe0") else 0
        kept.insert(at, _jpeg_segment(0xE1, exif))
    return b"".join([b"\xff\xd8", *kept, b"\xff\xd9"]), removed


# -------------------------------------------------------------------- PNG

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_KEEP = frozenset({
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB",
    b"sBIT", b"bKGD", b"pHYs", b"acTL", b"fcTL", b"fdAT",
})
_PNG_LABELS = {
    b"tEXt": Removed.TEXT, b"zTXt": Removed.TEXT, b"iTXt": Removed.TEXT,
    b"tIME": Removed.TIMESTAMP, b"iCCP": Removed.ICC_PROFILE,
}


def _png_chunks(data: bytes) -> Iterator[tuple[bytes, bytes, int, int]]:
    """Yield (type, body, start, end) up to IEND, checking lengths and CRCs."""
    pos = len(_PNG_SIGNATURE)
    while True:
        length = _uint(data, pos, 4)
        _expect(length < 2**31, "PNG chunk length is invalid")
        kind = _slice(data, pos + 4, 4)
        _expect(kind.isalpha(), "PNG chunk type is invalid")
        body = _slice(data, pos + 8, length)
        crc = _uint(data, pos + 8 + length, 4)
        _expect(zlib.crc32(kind + body) == crc, "PNG checksum mismatch")
        yield kind, body, pos, pos + 12 + length
        if kind == b"IEND":
            return
        pos += 12 + length


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(kind + body).to_bytes(4, "big")
    return len(body).to_bytes(4, "big") + kind + body + crc


def _png_label(kind: bytes, body: bytes) -> Removed:
    if kind == b"eXIf":
        return _exif_label(body)
    if kind == b"iTXt" and body.startswith(b"XML:com.adobe.xmp\x00"):
        return Removed.XMP
    return _PNG_LABELS.get(kind, Removed.UNKNOWN)


def _clean_png(data: bytes) -> _Result:
    _expect(data.startswith(_PNG_SIGNATURE), "not a PNG file")
    kept: list[bytes] = [_PNG_SIGNATURE]
    removed: list[Removed] = []
    orientation, end = 1, 0
    for kind, body, start, end in _png_chunks(data):
        _expect(len(kept) > 1 or kind == b"IHDR", "PNG does not start with IHDR")
        if kind in _PNG_KEEP:
            kept.append(data[start:end])
            continue
        removed.append(_png_label(kind, body))
        if kind == b"eXIf" and orientation == 1:
            orientation = _exif_orientation(body)
    if orientation != 1:
        # eXIf must come before the image data; right after IHDR is safe.
        kept.insert(2, _png_chunk(b"eXIf", _orientation_only_tiff(orientation)))
    if end < len(data):
        removed.append(Removed.TRAILING_DATA)
    return b"".join(kept), removed


# ------------------------------------------------------------------- WebP

_WEBP_KEEP = frozenset({b"VP8X", b"ANIM", b"ANMF", b"ALPH", b"VP8 ", b"VP8L"})
_WEBP_FRAME_KEEP = frozenset({b"ALPH", b"VP8 ", b"VP8L"})
_WEBP_IMAGE = frozenset({b"VP8 ", b"VP8L", b"ANMF"})
_WEBP_LABELS = {b"XMP ": Removed.XMP, b"ICCP": Removed.ICC_PROFILE}
_VP8X_ICC, _VP8X_EXIF, _VP8X_XMP = 0x20, 0x08, 0x04


def _riff_chunks(data: bytes, pos: int, end: int) -> Iterator[tuple[bytes, bytes]]:
    while pos < end:
        fourcc = _slice(data, pos, 4)
        size = _uint(data, pos + 4, 4, "little")
        _expect(pos + 8 + size <= end, "WebP chunk is truncated")
        yield fourcc, data[pos + 8 : pos + 8 + size]
        pos += 8 + size + (size & 1)  # chunks are padded to an even size


def _riff_chunk(fourcc: bytes, payload: bytes) -> bytes:
    pad = b"\x00" if len(payload) & 1 else b""
    return fourcc + len(payload).to_bytes(4, "little") + payload + pad


def _webp_label(fourcc: bytes, payload: bytes) -> Removed:
    if fourcc == b"EXIF":
        return _exif_label(payload)
    return _WEBP_LABELS.get(fourcc, Removed.UNKNOWN)


def _clean_webp_frame(payload: bytes, removed: list[Removed]) -> bytes:
    _expect(len(payload) >= 16, "WebP animation frame is truncated")
    parts = [payload[:16]]
    for fourcc, sub in _riff_chunks(payload, 16, len(payload)):
        if fourcc in _WEBP_FRAME_KEEP:
            parts.append(_riff_chunk(fourcc, sub))
        else:
            removed.append(_webp_label(fourcc, sub))
    return b"".join(parts)


def _clean_webp(data: bytes) -> _Result:
    _expect(data[:4] == b"RIFF" and data[8:12] == b"WEBP", "not a WebP file")
    end = 8 + _uint(data, 4, 4, "little")
    _expect(12 <= end <= len(data), "WebP file is truncated")
    chunks: list[tuple[bytes, bytes]] = []
    removed: list[Removed] = []
    orientation = 1
    for fourcc, payload in _riff_chunks(data, 12, end):
        if fourcc == b"ANMF":
            payload = _clean_webp_frame(payload, removed)
        if fourcc in _WEBP_KEEP:
            chunks.append((fourcc, payload))
            continue
        removed.append(_webp_label(fourcc, payload))
        if fourcc == b"EXIF" and orientation == 1:
            orientation = _exif_orientation(payload)
    _expect(any(fourcc in _WEBP_IMAGE for fourcc, _ in chunks), "WebP has no image data")
    if end < len(data):
        removed.append(Removed.TRAILING_DATA)
    return _assemble_webp(chunks, orientation), removed


def _assemble_webp(chunks: list[tuple[bytes, bytes]], orientation: int) -> bytes:
    if chunks[0][0] == b"VP8X":
        vp8x = chunks[0][1]
        _expect(len(vp8x) >= 10, "WebP VP8X chunk is truncated")
        flags = vp8x[0] & ~(_VP8X_ICC | _VP8X_EXIF | _VP8X_XMP)
        if orientation != 1:
            flags |= _VP8X_EXIF
            chunks.append((b"EXIF", _orientation_only_tiff(orientation)))
        chunks[0] = (b"VP8X", bytes((flags,)) + vp8x[1:])
    body = b"WEBP" + b"".join(_riff_chunk(fourcc, payload) for fourcc, payload in chunks)
    return b"RIFF" + len(body).to_bytes(4, "little") + body


# -------------------------------------------------------------------- GIF

_GIF_KEEP_APPS = frozenset({b"NETSCAPE2.0", b"ANIMEXTS1.0"})  # animation looping only
_GIF_APP_LABELS = {b"XMP DataXMP": Removed.XMP, b"ICCRGBG1012": Removed.ICC_PROFILE}


def _color_table_size(packed: int) -> int:
    return 3 << ((packed & 7) + 1) if packed & 0x80 else 0


def _skip_sub_blocks(data: bytes, pos: int) -> int:
    while size := _slice(data, pos, 1)[0]:
        _expect(pos + 1 + size <= len(data), "GIF data is truncated")
        pos += 1 + size
    return pos + 1


def _gif_extension_removed(data: bytes, pos: int) -> Removed | None:
    """Code of the extension block at pos if it must go, None to keep it."""
    label = _slice(data, pos + 1, 1)[0]
    if label in (0xF9, 0x01):  # graphic control (frame timing), plain text (drawn)
        return None
    if label == 0xFE:
        return Removed.COMMENT
    if label != 0xFF:
        return Removed.UNKNOWN
    app = _slice(data, pos + 3, 11) if _slice(data, pos + 2, 1) == b"\x0b" else b""
    if app in _GIF_KEEP_APPS:
        return None
    return _GIF_APP_LABELS.get(app, Removed.APP_DATA)


def _clean_gif(data: bytes) -> _Result:
    _expect(data[:6] in (b"GIF87a", b"GIF89a"), "not a GIF file")
    pos = 13 + _color_table_size(_slice(data, 10, 1)[0])
    kept = [_slice(data, 0, pos)]
    removed: list[Removed] = []
    while (introducer := _slice(data, pos, 1)) != b";":
        if introducer == b",":
            table = _color_table_size(_slice(data, pos + 9, 1)[0])
            end = _skip_sub_blocks(data, pos + 10 + table + 1)  # +1: LZW code size
            kept.append(data[pos:end])
        else:
            _expect(introducer == b"!", "unexpected GIF block")
            end = _skip_sub_blocks(data, pos + 2)
            label = _gif_extension_removed(data, pos)
            if label is None:
                kept.append(data[pos:end])
            else:
                removed.append(label)
        pos = end
    if pos + 1 < len(data):
        removed.append(Removed.TRAILING_DATA)
    return b"".join([*kept, b";"]), removed


# ------------------------------------------------------------------ entry

_CLEANERS: dict[str, Callable[[bytes], _Result]] = {
    "image/jpeg": _clean_jpeg,
    "image/png": _clean_png,
    "image/webp": _clean_webp,
    "image/gif": _clean_gif,
}


def clean_image(data: bytes, media_type: str) -> CleanedImage:
    """Return ``data`` without EXIF/XMP/GPS/IPTC/ICC/comments, pixels unchanged.

    Works only in memory. A non-default EXIF orientation is carried over in a
    minimal EXIF block holding nothing else, so the picture stays upright.
    Raises ImageCleaningError if the type is not cleanable (see
    :func:`is_cleanable`) or the data is malformed or truncated; never raises
    any other exception for bad input.
    """
    cleaner = _CLEANERS.get(_normalise(media_type))
    if cleaner is None:
        raise ImageCleaningError("this file type cannot be cleaned")
    cleaned, removed = cleaner(data)
    names = tuple(dict.fromkeys(removed))
    verdict = MetadataVerdict.CLEANED if names else MetadataVerdict.NOTHING_FOUND
    return CleanedImage(data=cleaned, verdict=verdict, removed=names)
