"""The Noto fonts of the packets, and the font each piece of a signer's text needs.

ReportLab has no per-glyph font fallback: a string drawn in Noto Sans shows empty boxes for
Gurmukhi. So text is cut into runs by script, each run gets the Noto font of its script, and
runs in complex scripts (Gurmukhi vowel signs go before their consonant, conjuncts become one
glyph) are shaped by HarfBuzz (uharfbuzz) inside a Paragraph with `shaping` on. Right-to-left
scripts are not listed: ReportLab orders them only with rlbidi, which cannot be installed.
"""

import functools
import re
import unicodedata
from xml.sax.saxutils import escape

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# ReportLab font names. The Latin family (Noto Sans also covers Greek, Cyrillic and
# Vietnamese) is the default of every document.
REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"

# Unicode blocks of the left-to-right scripts that Noto Sans lacks, and the fonts-noto-core
# family that has them. A name in one of them is drawn in that font, shaped.
SCRIPT_FAMILIES = (
    (0x0900, 0x097F, "NotoSansDevanagari"),
    (0x0980, 0x09FF, "NotoSansBengali"),
    (0x0A00, 0x0A7F, "NotoSansGurmukhi"),
    (0x0A80, 0x0AFF, "NotoSansGujarati"),
    (0x0B80, 0x0BFF, "NotoSansTamil"),
    (0x0C00, 0x0C7F, "NotoSansTelugu"),
    (0x0C80, 0x0CFF, "NotoSansKannada"),
    (0x0D00, 0x0D7F, "NotoSansMalayalam"),
    (0x0D80, 0x0DFF, "NotoSansSinhala"),
    (0x0E00, 0x0E7F, "NotoSansThai"),
    (0x0E80, 0x0EFF, "NotoSansLao"),
    (0x1000, 0x109F, "NotoSansMyanmar"),
    (0x1200, 0x139F, "NotoSansEthiopic"),
    (0x1780, 0x17FF, "NotoSansKhmer"),
    (0xA830, 0xA83F, "NotoSansDevanagari"),  # common Indic number forms
)


_SCRIPT_CHARACTERS = re.compile(
    "[" + "".join(f"{chr(first)}-{chr(last)}" for first, last, _family in SCRIPT_FAMILIES) + "]"
)


def font_dir():
    return settings.PACKET_FONT_DIR


def _register(name, filename):
    path = font_dir() / filename
    registered = pdfmetrics._fonts.get(name)
    if registered is not None and getattr(registered.face, "filename", None) == str(path):
        return name
    if not path.is_file():
        raise ImproperlyConfigured(
            f"Packet font {path} is missing: install Debian's fonts-noto-core "
            "(make system-deps) or set PACKET_FONT_DIR."
        )
    pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


def register_base_fonts():
    """Registers Noto Sans regular and bold (idempotent) and returns (regular, bold)."""
    _register(REGULAR, "NotoSans-Regular.ttf")
    _register(BOLD, "NotoSans-Bold.ttf")
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR)
    return REGULAR, BOLD


def script_font(family, bold=False):
    """The registered font name of a script family, or None when its file is not installed."""
    name = f"{family}-Bold" if bold else f"{family}-Regular"
    try:
        return _register(name, f"{name}.ttf")
    except ImproperlyConfigured:
        return None


@functools.lru_cache(maxsize=4096)
def _family_of(char):
    code = ord(char)
    for first, last, family in SCRIPT_FAMILIES:
        if first <= code <= last:
            return family
    return None


def _neutral(char):
    """Spaces, punctuation, digits, symbols and marks: characters of no script of their own."""
    category = unicodedata.category(char)
    return category[0] in "ZPMNS" or category == "Cf"


def needs_script_font(text):
    """Whether some character of `text` is drawn with a font other than Noto Sans."""
    return _SCRIPT_CHARACTERS.search(text) is not None


def _has_glyphs(family, text):
    font = script_font(family)
    if font is None:
        return False
    glyphs = pdfmetrics.getFont(font).face.charToGlyph
    return all(ord(char) in glyphs for char in text)


def _character_runs(word):
    runs = []
    for char in word:
        family = _family_of(char)
        if runs and _neutral(char):
            current = runs[-1][0]
            family = current if current is None or _has_glyphs(current, char) else None
        if runs and runs[-1][0] == family:
            runs[-1][1].append(char)
        else:
            runs.append((family, [char]))
    return [(family, "".join(chars)) for family, chars in runs]


_WORDS = re.compile(r"\s+|\S+")
# ReportLab shapes a word (text between spaces) with the font of its first part, so a word
# that mixes the letters of two scripts is cut with a space (ReportLab splits words on
# str.split() white space only; a zero-width space would not cut it).
WORD_BREAK = " "


def script_runs(text):
    """Cuts `text` into (family or None for Noto Sans, run) pairs.

    A word in a script goes to that script's font whole, with the punctuation and digits touching
    it ("“ਸਿੰਘ”,") when the font has them: ReportLab shapes each word with one font. A word mixing
    the letters of two scripts is cut between them with WORD_BREAK.
    """
    runs = []

    def add(family, piece):
        if runs and runs[-1][0] == family:
            runs[-1] = (family, runs[-1][1] + piece)
        else:
            runs.append((family, piece))

    for word in _WORDS.findall(text):
        families = {_family_of(char) for char in word} - {None}
        if word.isspace() or not families:
            add(runs[-1][0] if runs and word.isspace() else None, word)
            continue
        if len(families) == 1:
            family = next(iter(families))
            others = "".join(char for char in word if _family_of(char) is None)
            if all(_neutral(char) for char in others) and _has_glyphs(family, others):
                add(family, word)
                continue
        for index, (family, piece) in enumerate(_character_runs(word)):
            add(family, (WORD_BREAK if index else "") + piece)
    return runs


def printable(text):
    """`text` without control characters; line breaks become spaces.

    A name pasted with a tab or a NUL must not break the layout.
    """
    text = str(text or "")
    return "".join(
        " " if char in "\r\n\t" else char
        for char in text
        if char in "\r\n\t" or unicodedata.category(char) != "Cc"
    )


def markup(text, bold=False):
    """Paragraph markup that prints `text` literally, each script run in its own font.

    `<b>` and `&` are escaped. Returns (markup, shaped): `shaped` says a script font is used and
    the Paragraph needs shaping.
    """
    shaped = False
    parts = []
    for family, run in script_runs(printable(text)):
        font = script_font(family, bold) if family else None
        if font:
            shaped = True
            parts.append(f'<font name="{font}">{escape(run)}</font>')
        else:
            parts.append(escape(run))
    return "".join(parts), shaped
