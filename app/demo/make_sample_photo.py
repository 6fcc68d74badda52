"""Generate ``app/demo/sample-photo.jpg``, the attachment used in demo mode.

The picture is clearly synthetic, but it carries the metadata a real phone
photo leaks (camera make/model, capture time, GPS position, a comment) so the
demo can show the cleaning step removing it. The GPS position is a public
landmark (the Eiffel Tower), never anybody's home. Output is deterministic for
a given Pillow build: nothing depends on the clock or on randomness.

Usage: .venv/bin/python app/demo/make_sample_photo.py [OUTPUT_PATH]
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 640, 480
LATITUDE_N, LONGITUDE_E = 48.8584, 2.2945
CAMERA = "DemoPhone"
TAKEN_AT = "2024:05:04 10:30:00"
COMMENT = b"demo sample"
DEFAULT_OUTPUT = Path(__file__).with_name("sample-photo.jpg")

_MAKE, _MODEL, _EXIF_IFD, _GPS_IFD, _DATETIME_ORIGINAL = 0x010F, 0x0110, 0x8769, 0x8825, 0x9003


def _degrees_minutes_seconds(value: float) -> tuple[float, float, float]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round((value - degrees - minutes / 60) * 3600, 2)
    return float(degrees), float(minutes), seconds


def _sky(draw: ImageDraw.ImageDraw) -> None:
    top, bottom = (38, 70, 140), (250, 190, 120)
    for y in range(HEIGHT):
        t = y / (HEIGHT - 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (WIDTH, y)], fill=colour)


def _scenery(draw: ImageDraw.ImageDraw) -> None:
    draw.ellipse((500, 36, 590, 126), fill=(255, 226, 140))
    draw.polygon([(0, 360), (160, 290), (330, 350), (500, 280), (640, 330), (640, 480), (0, 480)],
                 fill=(64, 110, 90))
    draw.polygon([(0, 420), (220, 370), (420, 410), (640, 380), (640, 480), (0, 480)],
                 fill=(40, 80, 66))
    # A small camera pictogram: the picture is "a photo", nothing more.
    draw.rounded_rectangle((40, 48, 136, 110), radius=10, outline=(255, 255, 255), width=4)
    draw.rectangle((58, 36, 88, 48), fill=(255, 255, 255))
    draw.ellipse((70, 61, 106, 97), outline=(255, 255, 255), width=4)


def _label(draw: ImageDraw.ImageDraw) -> None:
    big = ImageFont.load_default(size=120)
    small = ImageFont.load_default(size=22)
    draw.text((WIDTH // 2 + 4, 184), "DEMO", font=big, fill=(20, 30, 60), anchor="mm")
    draw.text((WIDTH // 2, 180), "DEMO", font=big, fill=(255, 255, 255), anchor="mm")
    draw.text((WIDTH // 2, 450), "synthetic sample - not a real photo", font=small,
              fill=(235, 240, 235), anchor="mm")


def _exif() -> Image.Exif:
    exif = Image.Exif()
    exif[_MAKE] = CAMERA
    exif[_MODEL] = CAMERA
    exif.get_ifd(_EXIF_IFD)[_DATETIME_ORIGINAL] = TAKEN_AT
    exif.get_ifd(_GPS_IFD).update({
        0: b"\x02\x02\x00\x00",
        1: "N", 2: _degrees_minutes_seconds(LATITUDE_N),
        3: "E", 4: _degrees_minutes_seconds(LONGITUDE_E),
    })
    return exif


def make_sample_photo() -> bytes:
    """Return the JPEG bytes of the demo photo. Raises nothing in normal use."""
    image = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(image)
    _sky(draw)
    _scenery(draw)
    _label(draw)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82, optimize=True, exif=_exif(), comment=COMMENT)
    return out.getvalue()


def main(argv: list[str]) -> int:
    """Write the photo to argv[1] or next to this script. Raises OSError on write failure."""
    target = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    target.write_bytes(make_sample_photo())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
