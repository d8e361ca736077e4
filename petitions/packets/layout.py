"""What the packet, the summary and the blank sheets share.

The page, the styles, text that prints literally, and "Page X of Y" in one pass.

"of Y" is a PDF form XObject that every page draws and that is defined once, after the last
page: the total is known then, and no page has to be kept or laid out twice (ReportLab's
usual two-pass "NumberedCanvas" keeps every page's state and grew faster than the pages).
"""

import zlib

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfdoc import PDFName, PDFStream
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Paragraph

from petitions.packets import fonts

PAGE_SIZE = letter  # the paper of Canadian offices
MARGIN = 0.75 * inch
FOOTER_SIZE = 7.5
FOOTER_COLOR = colors.Color(0.3, 0.3, 0.3)
# The thin grey rules between table rows and above footers.
RULE = colors.Color(0.75, 0.75, 0.75)
PAGE_TOTAL_FORM = "pagetotal"
# Where a translation puts text after the total, it is drawn after room for this many digits.
PAGE_TOTAL_DIGITS = 5


def styles():
    """Paragraph styles (Noto Sans registered first)."""
    regular, bold = fonts.register_base_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14.5, spaceAfter=7)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=12, spaceAfter=4),
        "title": ParagraphStyle(
            "title", parent=body, fontName=bold, fontSize=15, leading=19, spaceAfter=10
        ),
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=bold, fontSize=12, leading=16, spaceAfter=6
        ),
        "strong": ParagraphStyle("strong", parent=body, fontName=bold),
        "line": ParagraphStyle("line", parent=body, spaceAfter=0),
        "quote": ParagraphStyle(
            "quote", parent=body, leftIndent=14, rightIndent=14, spaceBefore=2, spaceAfter=10
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=bold, fontSize=9, leading=11.5, spaceAfter=0
        ),
    }


class ActualTextParagraph(Paragraph):
    """A Paragraph whose shaped glyphs are marked with the text they show (/ActualText).

    Copying a Gurmukhi name then gives its letters in reading order, not in drawing order (the
    vowel sign ਿ is drawn before its consonant).
    """

    def __init__(self, text, style, actual_text):
        super().__init__(text, style)
        self._actual_text = actual_text

    def drawOn(self, canvas, x, y, _sW=0):
        encoded = ("\ufeff" + self._actual_text).encode("utf-16-be").hex().upper()
        canvas._code.append(f"/Span <</ActualText <{encoded}>>> BDC")
        super().drawOn(canvas, x, y, _sW)
        canvas._code.append("EMC")

    def split(self, availWidth, availHeight):
        # A split half would claim the whole text: keep the mark on the unsplit paragraph.
        return [] if availHeight < self.height else super().split(availWidth, availHeight)


def text_paragraph(text, style):
    """A Paragraph showing `text` literally, with a font per script.

    `text` is user text, or an interface string with user text in it: printed literally, never read
    as markup. Shaped when a script needs it, bold where the style is.
    """
    text = fonts.printable(text)
    body, shaped = fonts.markup(text, bold=style.fontName == fonts.BOLD)
    if not shaped:
        return Paragraph(body, style)
    shaped_style = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
    return ActualTextParagraph(body, shaped_style, text)


def plain_paragraphs(text, style):
    """Paragraphs of plain text (a petition's request).

    Blank lines separate paragraphs, single line breaks are kept.
    """
    blocks = [block.strip() for block in str(text or "").replace("\r\n", "\n").split("\n\n")]
    result = []
    for block in filter(None, blocks):
        lines = [fonts.markup(line)[0] for line in block.split("\n")]
        shaped = fonts.needs_script_font(block)
        body = "<br/>".join(lines)
        if shaped:
            shaped_style = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
            result.append(ActualTextParagraph(body, shaped_style, fonts.printable(block)))
        else:
            result.append(Paragraph(body, style))
    return result


class PageTotalDocTemplate(BaseDocTemplate):
    """A document whose pages can show the page total, defined once the last page is done.

    build() returns the page count. Subclasses draw the footer with draw_page_number().
    """

    def __init__(self, out, **kwargs):
        kwargs.setdefault("pagesize", PAGE_SIZE)
        kwargs.setdefault("leftMargin", MARGIN)
        kwargs.setdefault("rightMargin", MARGIN)
        kwargs.setdefault("topMargin", MARGIN)
        kwargs.setdefault("bottomMargin", MARGIN)
        kwargs.setdefault("initialFontName", fonts.register_base_fonts()[0])
        super().__init__(out, **kwargs)
        self._doSave = 0

    def handle_pageEnd(self):
        pages_before = len(self.canv._doc.Pages.pages)
        super().handle_pageEnd()
        if len(self.canv._doc.Pages.pages) > pages_before:
            compress_page(self.canv._doc.Pages.pages[-1])

    def build(self, flowables):
        super().build(flowables)
        canvas = self.canv
        pages = canvas.getPageNumber() - 1
        canvas.beginForm(PAGE_TOTAL_FORM)
        canvas.setFont(fonts.REGULAR, FOOTER_SIZE)
        canvas.setFillColor(FOOTER_COLOR)
        canvas.drawString(0, 0, str(pages))
        canvas.endForm()
        save_binary(canvas)
        return pages


def compress_page(page):
    """Compresses a finished page's content now rather than when the file is written.

    A document of a thousand pages then holds its pages compressed (a fifth of their size).
    """
    if page.stream and not page.Contents:
        content = PDFStream(content=zlib.compress(page.stream.encode("utf-8")))
        content.dictionary["Filter"] = PDFName("FlateDecode")
        page.Contents = content
        page.stream = None


def save_binary(canvas):
    """Saves with binary (not ASCII85) streams: smaller files, written faster.

    ReportLab reads the choice from its global configuration when it writes the file.
    """
    ascii85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        canvas.save()
    finally:
        rl_config.useA85 = ascii85


def draw_page_number(canvas, x, y, template, page):
    """Draws `template` at (x, y); returns the width used.

    `template` is a translated "Page %(page)s of %(total)s"; the total is taken from the form
    defined after the last page.
    """
    marker = "\x00"
    before, _, after = (template % {"page": page, "total": marker}).partition(marker)
    canvas.setFont(fonts.REGULAR, FOOTER_SIZE)
    canvas.setFillColor(FOOTER_COLOR)
    canvas.drawString(x, y, before)
    width = stringWidth(before, fonts.REGULAR, FOOTER_SIZE)
    canvas.saveState()
    canvas.translate(x + width, y)
    canvas.doForm(PAGE_TOTAL_FORM)
    canvas.restoreState()
    if after:
        width += stringWidth("0" * PAGE_TOTAL_DIGITS, fonts.REGULAR, FOOTER_SIZE)
        canvas.drawString(x + width, y, after)
        width += stringWidth(after, fonts.REGULAR, FOOTER_SIZE)
    return width
