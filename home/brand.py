"""The site's brand colours: WCAG contrast, and the checks a colour must pass to be saved.

Two colours, each with one job, so that each can be checked against what it is drawn with:

- primary: buttons (white text on it), links and headings' accents (on white), the progress bar
  fill (next to the light track). White on it and it on white are the same ratio.
- accent: the call to action on the petition and home heroes, with the site's dark text on it.

WCAG 2.1 AA asks 4.5:1 for normal text (1.4.3). A colour that fails is refused when the settings
are saved, so a communications officer cannot make the site unreadable by picking a pastel.
"""

import hashlib
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

WHITE = "#ffffff"
# The site's body text colour (--text in site/static/css/site.css), drawn on the accent colour.
DARK_TEXT = "#1a1a1a"
# WCAG 2.1 AA, normal text (success criterion 1.4.3).
AA_TEXT_RATIO = 4.5

DEFAULT_PRIMARY = "#0b4f8a"
DEFAULT_ACCENT = "#ffbf47"


def channels(colour):
    """(r, g, b) in 0..255 of a "#rrggbb" colour."""
    if not HEX_COLOUR.match(colour or ""):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def relative_luminance(colour):
    """WCAG 2.1's relative luminance of a "#rrggbb" colour (0 black to 1 white)."""

    def linear(channel):
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in channels(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first, second):
    """WCAG 2.1's contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _require_contrast(colour, against, message):
    if not HEX_COLOUR.match(colour or ""):
        raise ValidationError(
            _("Enter a colour as # followed by six hexadecimal digits, for example #0b4f8a."),
            code="invalid",
        )
    ratio = contrast_ratio(colour, against)
    # Rounded down, as checkers show it: 4.49 must not print as "4.5" next to a refusal.
    if ratio < AA_TEXT_RATIO:
        raise ValidationError(
            message,
            code="low_contrast",
            params={"ratio": f"{int(ratio * 100) / 100:.2f}", "required": AA_TEXT_RATIO},
        )


def validate_primary_colour(colour):
    """Refuse a primary colour on which white text (and which on white) is below AA."""
    _require_contrast(
        colour,
        WHITE,
        _(
            "White text on this colour has a contrast of %(ratio)s:1; at least %(required)s:1 "
            "is needed (WCAG AA). Choose a darker colour."
        ),
    )


def validate_accent_colour(colour):
    """Refuse an accent colour on which the site's dark text is below AA."""
    _require_contrast(
        colour,
        DARK_TEXT,
        _(
            "Dark text on this colour has a contrast of %(ratio)s:1; at least %(required)s:1 "
            "is needed (WCAG AA). Choose a lighter colour."
        ),
    )


def darker(colour, factor=0.75):
    """The colour with each channel scaled by `factor`: hover and pressed states."""
    return "#" + "".join(f"{round(c * factor):02x}" for c in channels(colour))


def stylesheet(primary, accent):
    """The brand's CSS custom properties, which site/static/css/site.css uses throughout."""
    return (
        ":root {\n"
        f"    --primary: {primary};\n"
        f"    --primary-dark: {darker(primary)};\n"
        f"    --accent: {accent};\n"
        "}\n"
    )


def stylesheet_version(primary, accent):
    """A short fingerprint of the colours: the stylesheet's URL changes when they do."""
    return hashlib.sha256(f"{primary}{accent}".encode()).hexdigest()[:10]
