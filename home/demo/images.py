"""The demo's generated images and drawing helpers.

The home page's hero and the site's default sharing image, and the drawing helpers other apps' demo
images use (press/demo/files.py draws the logos).
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
