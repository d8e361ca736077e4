"""The demo's generated images and drawing helpers.

The home page's hero, the site's default sharing image, the logo, and the illustrations other
apps' demo pages carry (scene_png: petitions, releases and briefs), all drawn here with Pillow:
nothing is downloaded. press/demo/files.py draws the member logos with the same helpers.
"""

import io

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from home.demo import content
from home.models import SHARE_IMAGE_SIZE


def png_bytes(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def font(size):
    return ImageFont.load_default(size=size)


def draw_fields(draw, width, top, height, vanishing_x):
    """Crop rows converging on the horizon, in alternating greens."""
    bottom = top + height
    draw.rectangle([0, top, width, bottom], fill=(54, 110, 58))
    step = width // 8
    for index, x in enumerate(range(vanishing_x - 3 * width, vanishing_x + 3 * width, step)):
        colour = (54, 110, 58) if index % 2 else (86, 140, 64)
        draw.polygon([(vanishing_x, top), (x, bottom), (x + step, bottom)], fill=colour)


def hero_png():
    width, height, horizon = 1600, 800, 460
    image = PILImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    top, low = (32, 52, 96), (242, 160, 82)
    for y in range(horizon):
        t = y / horizon
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(round(a + (b - a) * t) for a, b in zip(top, low, strict=True)),
        )
    draw.ellipse(
        [width // 2 - 110, horizon - 110, width // 2 + 110, horizon + 110], fill=(255, 214, 120)
    )
    draw_fields(draw, width, horizon, height - horizon, width // 2)
    return png_bytes(image)


def default_share_image_png():
    """The site's default sharing image (SiteSettings.default_share_image).

    It is drawn at the size social networks show it.
    """
    width, height = SHARE_IMAGE_SIZE
    image = PILImage.new("RGB", (width, height), (31, 78, 121))
    draw = ImageDraw.Draw(image)
    draw_fields(draw, width, 430, 200, width - 200)
    name, subtitle, tagline = content.SHARE_IMAGE_LINES
    draw.text((72, 110), name, font=font(96), fill="white")
    draw.text((72, 220), subtitle, font=font(56), fill="white")
    draw.text((72, 310), tagline, font=font(36), fill=(255, 214, 120))
    return png_bytes(image)


def logo_png():
    """The coalition's logo: a trellis of crossed stems with a sprouting leaf, on a square.

    Square so that the favicon and home-screen icons cut from it (fill-…) keep all of it.
    """
    size = 512
    image = PILImage.new("RGB", (size, size), content.BRAND["primary_colour_rgb"])
    draw = ImageDraw.Draw(image)
    amber = content.BRAND["accent_colour_rgb"]
    for offset in (150, 256, 362):
        draw.line([(offset, 80), (offset, 432)], fill="white", width=26)
    for offset in (160, 300):
        draw.line([(96, offset), (416, offset)], fill="white", width=22)
    draw.ellipse([196, 330, 316, 450], fill=amber)
    draw.polygon([(256, 300), (350, 230), (300, 330)], fill=amber)
    return png_bytes(image)


# Illustrations for pages (16:9, drawn at 1600x900 so that renditions up to 1200 wide are sharp).
SCENE_SIZE = (1600, 900)


def sky(draw, width, horizon, top, low):
    for y in range(horizon):
        t = y / horizon
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(round(a + (b - a) * t) for a, b in zip(top, low, strict=True)),
        )


def _draw_fields(draw, width, height):
    sky(draw, width, 520, (58, 92, 150), (250, 190, 110))
    draw.ellipse([1040, 300, 1280, 540], fill=(255, 214, 120))
    draw_fields(draw, width, 520, height - 520, 1160)
    for x in (420, 560, 700):  # workers' sun hats in the rows
        draw.ellipse([x - 40, 600, x + 40, 640], fill=(250, 232, 180))
        draw.rectangle([x - 16, 640, x + 16, 720], fill=(170, 60, 60))


def _draw_greenhouse(draw, width, height):
    sky(draw, width, 600, (120, 170, 210), (220, 235, 240))
    draw.rectangle([0, 600, width, height], fill=(92, 128, 70))
    for left in (120, 560, 1000):
        draw.rectangle(
            [left, 380, left + 420, 640], fill=(210, 232, 226), outline=(80, 110, 110), width=8
        )
        draw.pieslice(
            [left, 250, left + 420, 510],
            180,
            360,
            fill=(226, 240, 236),
            outline=(80, 110, 110),
            width=8,
        )
        for x in range(left + 60, left + 420, 60):
            draw.line([(x, 330), (x, 640)], fill=(80, 110, 110), width=4)
            draw.ellipse([x - 22, 560, x + 22, 604], fill=(72, 140, 64))


def _draw_harbour(draw, width, height):
    sky(draw, width, 560, (40, 70, 120), (160, 190, 210))
    draw.rectangle([160, 330, 760, 560], fill=(200, 90, 60))
    draw.rectangle([520, 240, 600, 330], fill=(120, 120, 130))
    for x in range(200, 740, 110):
        draw.rectangle([x, 380, x + 60, 440], fill=(250, 220, 150))
    for row, y in enumerate(range(560, height, 40)):
        colour = (30, 80, 120) if row % 2 else (40, 100, 140)
        draw.rectangle([0, y, width, y + 40], fill=colour)
        for x in range(-80 + (row % 2) * 60, width, 120):
            draw.arc([x, y - 16, x + 120, y + 24], 200, 340, fill=(150, 200, 220), width=5)
    draw.polygon([(980, 600), (1380, 600), (1320, 680), (1040, 680)], fill=(240, 240, 235))
    draw.rectangle([1120, 500, 1240, 600], fill=(240, 240, 235))


def _draw_parliament(draw, width, height):
    sky(draw, width, 640, (90, 120, 170), (236, 220, 200))
    draw.rectangle([0, 640, width, height], fill=(82, 120, 76))
    draw.rectangle([360, 420, 1240, 660], fill=(196, 178, 150))
    draw.rectangle([700, 180, 900, 660], fill=(206, 188, 160))
    draw.polygon([(680, 180), (920, 180), (800, 60)], fill=(70, 120, 110))
    draw.ellipse([750, 240, 850, 340], fill=(245, 240, 225), outline=(120, 100, 80), width=6)
    for x in range(400, 1220, 70):
        if not 690 < x < 900:
            draw.rectangle([x, 470, x + 34, 540], fill=(90, 80, 70))


def _draw_homes(draw, width, height):
    sky(draw, width, 620, (250, 170, 110), (255, 225, 170))
    draw.rectangle([0, 620, width, height], fill=(120, 100, 80))
    for index, left in enumerate(range(140, 1460, 340)):
        colour = [(196, 90, 70), (70, 120, 150), (220, 170, 70), (110, 140, 90)][index % 4]
        draw.rectangle([left, 400, left + 260, 640], fill=colour)
        draw.polygon([(left - 20, 400), (left + 280, 400), (left + 130, 270)], fill=(90, 60, 60))
        draw.rectangle([left + 100, 520, left + 160, 640], fill=(60, 40, 40))
        draw.rectangle([left + 30, 440, left + 80, 490], fill=(255, 235, 170))


def _draw_brief(draw, width, height):
    draw.rectangle([0, 0, width, height], fill=content.BRAND["primary_colour_rgb"])
    for offset, shade in ((60, (200, 200, 210)), (30, (230, 230, 235)), (0, (255, 255, 255))):
        draw.rectangle(
            [480 + offset, 90 - offset // 2, 1120 + offset, 860 - offset // 2], fill=shade
        )
    for y in range(180, 380, 44):
        draw.rectangle([560, y, 1040, y + 18], fill=(190, 190, 200))
    bars = [(600, 220), (700, 300), (800, 170), (900, 380)]
    for x, bar in bars:
        draw.rectangle([x, 780 - bar, x + 70, 780], fill=content.BRAND["accent_colour_rgb"])
    draw.line([(570, 780), (1050, 780)], fill=(90, 90, 100), width=6)


_SCENE_PAINTERS = {
    "fields": _draw_fields,
    "greenhouse": _draw_greenhouse,
    "harbour": _draw_harbour,
    "parliament": _draw_parliament,
    "homes": _draw_homes,
    "brief": _draw_brief,
}
SCENES = tuple(_SCENE_PAINTERS)


def scene_png(kind):
    """A flat illustration: fields, a greenhouse, a harbour, Parliament, homes or a brief.

    Each keeps its subject near the centre, which is where the loader puts the focal point.
    """
    width, height = SCENE_SIZE
    image = PILImage.new("RGB", SCENE_SIZE, (240, 236, 228))
    _SCENE_PAINTERS[kind](ImageDraw.Draw(image), width, height)
    return png_bytes(image)
