"""Demo images drawn with Pillow, so the demo downloads nothing."""

import io
import math

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image

SIZE = (1200, 675)
TEAL, SAND, INK, CORAL, WHITE = (22, 110, 122), (240, 228, 205), (34, 40, 49), (231, 111, 81), (255, 255, 255)


def _canvas(top, bottom):
    image = PILImage.new("RGB", SIZE, top)
    draw = ImageDraw.Draw(image)
    for y in range(SIZE[1]):
        t = y / SIZE[1]
        draw.line([(0, y), (SIZE[0], y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    return image, draw


def _dry_needling(draw):
    draw.rounded_rectangle([150, 380, 1050, 560], radius=80, fill=SAND, outline=INK, width=6)
    for i, x in enumerate(range(330, 900, 140)):
        tilt = 40 if i % 2 else -40
        draw.line([(x, 420), (x + tilt, 140)], fill=INK, width=5)
        draw.ellipse([x + tilt - 14, 120, x + tilt + 14, 148], fill=CORAL)


def _garden_hose(draw):
    points = [(100 + x, 340 + 90 * math.sin(x / 110)) for x in range(0, 1000, 8)]
    draw.line(points, fill=(60, 150, 70), width=36, joint="curve")
    draw.ellipse([520, 250, 640, 370], outline=CORAL, width=12)
    for i in range(6):
        draw.ellipse([1080 + i * 6, 300 + i * 14, 1096 + i * 6, 316 + i * 14], fill=(90, 170, 230))


def _spine(draw):
    for i in range(9):
        y = 70 + i * 62
        width = 150 + i * 12
        draw.rounded_rectangle(
            [600 - width // 2, y, 600 + width // 2, y + 46], radius=18, fill=SAND, outline=INK, width=4
        )
    draw.line([(600, 60), (600, 640)], fill=CORAL, width=8)
    draw.line([(520, 380), (680, 380)], fill=CORAL, width=14)


def _stretching(draw):
    draw.ellipse([540, 110, 660, 230], fill=SAND, outline=INK, width=5)
    draw.line([(600, 230), (600, 430)], fill=INK, width=18)
    draw.line([(600, 280), (420, 170)], fill=INK, width=14)
    draw.line([(600, 280), (780, 170)], fill=INK, width=14)
    draw.line([(600, 430), (470, 600)], fill=INK, width=16)
    draw.line([(600, 430), (730, 600)], fill=INK, width=16)
    draw.rectangle([300, 600, 900, 620], fill=CORAL)


def _clinic(draw):
    draw.rectangle([300, 220, 900, 600], fill=WHITE, outline=INK, width=6)
    draw.polygon([(260, 230), (600, 80), (940, 230)], fill=CORAL)
    draw.rectangle([555, 300, 645, 500], fill=TEAL)
    draw.rectangle([500, 355, 700, 445], fill=TEAL)
    draw.rectangle([560, 500, 640, 600], fill=INK)


def _portrait(colour):
    def draw_portrait(draw):
        draw.ellipse([480, 120, 720, 360], fill=SAND, outline=INK, width=6)
        draw.pieslice([330, 380, 870, 900], start=180, end=360, fill=colour, outline=INK, width=6)

    return draw_portrait


DEMO_IMAGES = {
    "dry-needling": ("Dry needling: fine needles over the lower back", _dry_needling, (200, 230, 235), TEAL),
    "garden-hose": ("A kinked garden hose", _garden_hose, (225, 240, 220), (160, 200, 150)),
    "spine": ("A narrowed spinal canal", _spine, (235, 235, 245), (180, 190, 215)),
    "stretching": ("Gentle stretching exercise", _stretching, (250, 240, 225), (230, 200, 160)),
    "clinic": ("A physiotherapy clinic", _clinic, (215, 235, 245), (150, 200, 220)),
    "professional-ananya": ("Portrait: Dr Ananya Rao", _portrait(TEAL), (245, 235, 225), (220, 200, 180)),
    "professional-karthik": ("Portrait: Dr Karthik Reddy", _portrait(CORAL), (230, 240, 245), (190, 210, 225)),
}


def render_png(key):
    _title, draw_scene, top, bottom = DEMO_IMAGES[key]
    image, draw = _canvas(top, bottom)
    draw_scene(draw)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def ensure_demo_images():
    """Create each demo image once, found again by its title; returns {key: Image}."""
    images = {}
    for key, (title, *_rest) in DEMO_IMAGES.items():
        image = Image.objects.filter(title=title).first()
        if image is None:
            image = Image(title=title)
            image.file = ImageFile(io.BytesIO(render_png(key)), name=f"demo-{key}.png")
            image.save()
        images[key] = image
    return images
