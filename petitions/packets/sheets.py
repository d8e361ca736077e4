"""Blank paper petition sheets in the House of Commons' format.

They collect signatures an MP can certify and table.

The House's rules for paper petitions: addressed to the House of Commons; the text of the
petition (its request) on every page that bears signatures, since pages are never stapled to a
separate text; each signer writes their name, address and signature by hand, directly on the
sheet; at least 25 valid signatures for the petition to be certified; nothing else on the
page (no logos, pictures or other material). The fixed wording below is the House's prescribed
wording in each official language, so it is literal text, not an interface string. A request
written in the House's own form, its preamble included ("We, the undersigned residents of
Canada, call upon..."), is printed without the fixed preamble, which it would repeat.
"""

import re
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle

from petitions.packets import fonts
from petitions.packets.layout import plain_paragraphs, save_binary, text_paragraph

WORDING = {
    "en": {
        "heading": "PETITION TO THE HOUSE OF COMMONS",
        "preamble": (
            "We, the undersigned residents of Canada, draw the attention of the House of "
            "Commons to the following:"
        ),
        "own_preamble": re.compile(r"^\W*we,?\s+the\s+undersigned\b", re.IGNORECASE),
        "columns": (
            ("Name", "(please print)"),
            ("Address", "(full home address, or city and province)"),
            ("Signature", ""),
        ),
    },
    "fr": {
        "heading": "PÉTITION À LA CHAMBRE DES COMMUNES",
        "preamble": (
            "Nous, soussignés, résidents du Canada, attirons l’attention de la Chambre des "
            "communes sur ce qui suit :"
        ),
        "own_preamble": re.compile(r"^\W*nous,?\s+(les\s+)?soussign", re.IGNORECASE),
        "columns": (
            ("Nom", "(en lettres moulées)"),
            ("Adresse", "(adresse complète, ou ville et province)"),
            ("Signature", ""),
        ),
    },
}
MIN_LINES = 25
MARGIN = 0.5 * inch
COLUMN_SHARES = (0.3, 0.42, 0.28)
# Handwriting needs about 7 mm a line; below MIN_LINE_HEIGHT the request's type gets smaller.
PREFERRED_LINE_HEIGHT = 22
MIN_LINE_HEIGHT = 17
REQUEST_SIZES = (10, 9, 8.5, 8)


def has_own_preamble(request, wording):
    """Whether `request` opens with the House's preamble itself ("We, the undersigned...")."""
    return bool(wording["own_preamble"].match(request or ""))


def _text_block(title, request, wording, size):
    regular, bold = fonts.register_base_fonts()
    leading = size * 1.3
    heading = ParagraphStyle(
        "sheet-heading", fontName=bold, fontSize=13, leading=17, alignment=TA_CENTER
    )
    body = ParagraphStyle("sheet-body", fontName=regular, fontSize=size, leading=leading)
    strong = ParagraphStyle("sheet-title", parent=body, fontName=bold, spaceBefore=4)
    block = [Paragraph(fonts.markup(wording["heading"])[0], heading), Spacer(0, 6)]
    if not has_own_preamble(request, wording):
        block.append(Paragraph(fonts.markup(wording["preamble"])[0], body))
    if title:
        block.append(text_paragraph(title, strong))
    request_style = ParagraphStyle("sheet-request", parent=body, spaceBefore=4)
    block.extend(plain_paragraphs(request, request_style))
    block.append(Spacer(0, 8))
    return block


def _signature_table(wording, width, height):
    _regular, bold = fonts.register_base_fonts()
    label = ParagraphStyle("sheet-label", fontName=bold, fontSize=9, leading=11)
    hint = ParagraphStyle("sheet-hint", fontName=_regular, fontSize=7.5, leading=9)
    header = [
        [Paragraph(fonts.markup(name)[0], label)]
        + ([Paragraph(fonts.markup(note)[0], hint)] if note else [])
        for name, note in wording["columns"]
    ]
    widths = [width * share for share in COLUMN_SHARES]
    header_height = Table([header], colWidths=widths).wrap(width, height)[1]
    lines = max(MIN_LINES, int((height - header_height) // PREFERRED_LINE_HEIGHT))
    line_height = (height - header_height) / lines
    table = Table(
        [header] + [["", "", ""] for _ in range(lines)],
        colWidths=widths,
        rowHeights=[header_height] + [line_height] * lines,
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, 0), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
            ]
        )
    )
    return table, lines, line_height


def sheet_layout(title, request, language, width, height):
    """The flowables of one sheet; returns (flowables, signature lines).

    The fixed wording, the request, and as many signature lines (at least 25) as the page holds.
    """
    wording = WORDING["fr" if language.startswith("fr") else "en"]
    for size in REQUEST_SIZES:
        block = _text_block(title, request, wording, size)
        used = sum(part.wrap(width, height)[1] + part.getSpaceBefore() for part in block)
        table, lines, line_height = _signature_table(wording, width, height - used - 1)
        if line_height >= MIN_LINE_HEIGHT:
            break
    return [*block, table], lines


def render_blank_sheets(
    title: str, request: str, out: BinaryIO, language: str, sheets: int = 1
) -> int:
    """Writes `sheets` blank paper petition sheets in `language` ("en" or "fr") to `out`.

    Returns the page count.
    """
    canvas = Canvas(
        out, pagesize=letter, lang=language, initialFontName=fonts.register_base_fonts()[0]
    )
    wording = WORDING["fr" if language.startswith("fr") else "en"]
    canvas.setTitle(
        f"{wording['heading'].capitalize()} — {title}" if title else wording["heading"]
    )
    canvas.setCreator("petitions.packets")
    width, height = letter[0] - 2 * MARGIN, letter[1] - 2 * MARGIN
    for _sheet in range(max(1, sheets)):
        flowables, _lines = sheet_layout(title, request, language, width, height)
        frame = Frame(
            MARGIN,
            MARGIN,
            width,
            height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        frame.addFromList(flowables, canvas)
        canvas.showPage()
    save_binary(canvas)
    return max(1, sheets)
