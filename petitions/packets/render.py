"""The riding packet: a cover letter to the riding's MP, the petition and its counts, then the
constituents who agreed to share their name with their MP, one row each.

Pure rendering: everything comes in as arguments (no database, no storage), so the packet
jobs and the benchmark call the same functions. The list of signers is consumed lazily, a page
at a time: a 50,000-row packet never holds its rows, and no page is laid out twice.

A printout of online signatures is not a House of Commons paper petition: the packet is a
dossier of constituents' support. Certifiable blank sheets are render_blank_sheets().
"""

import datetime
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO

from django.utils import translation
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext, ngettext
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from petitions.packets import fonts
from petitions.packets.csvfile import read_signers_csv, write_signers_csv
from petitions.packets.layout import (
    FOOTER_SIZE,
    PageTotalDocTemplate,
    draw_page_number,
    plain_paragraphs,
    styles,
    text_paragraph,
)
from petitions.packets.sheets import render_blank_sheets
from petitions.packets.summary import SummaryRow, render_summary

__all__ = [
    "NamedSigner",
    "PacketContent",
    "Recipient",
    "SummaryRow",
    "read_signers_csv",
    "render_blank_sheets",
    "render_packet",
    "render_summary",
    "write_signers_csv",
]


@dataclass(frozen=True)
class NamedSigner:
    name: str
    city: str
    postal_code: str  # already cut to the first three characters when settings say so
    signed_on: datetime.date


@dataclass(frozen=True)
class Recipient:
    """The riding's MP."""

    name: str
    party: str = ""
    office_address: str = ""  # multi-line; "" means: address the letter to the House of Commons


@dataclass(frozen=True)
class PacketContent:
    packet_id: str  # shown in every footer, e.g. "P12-35001-20261121T184500"
    languages: tuple[str, ...]  # ("en",), ("fr",), or two for a bilingual letter, first is primary
    petition_titles: dict[str, str]  # language -> title (falls back to any available)
    petition_requests: dict[str, str]  # language -> request text
    riding_code: str
    riding_name_en: str
    riding_name_fr: str
    province: str  # two-letter code
    recipient: Recipient | None  # None: vacant seat -> "The Member of Parliament for <riding>"
    signature_count: int  # confirmed, counted signatures from the riding
    named_count: int  # of them, consenting to share their name
    organization_name: str  # the coalition (signs the letter)
    generated_at: datetime.datetime

    @property
    def language(self):
        return self.languages[0] if self.languages else "en"

    def title(self, language):
        return _in_language(self.petition_titles, language)

    def request(self, language):
        return _in_language(self.petition_requests, language)

    def riding_name(self, language):
        if language.startswith("fr"):
            return self.riding_name_fr or self.riding_name_en
        return self.riding_name_en or self.riding_name_fr


def _in_language(texts, language):
    if texts.get(language):
        return texts[language]
    return next((text for text in texts.values() if text), "")


# The House of Commons' mailing address, as each official language writes it. MPs' mail there
# needs no stamp.
HOUSE_OF_COMMONS_ADDRESS = {
    "en": "House of Commons\nOttawa, Ontario K1A 0A6",
    "fr": "Chambre des communes\nOttawa (Ontario) K1A 0A6",
}


def house_of_commons_address(language):
    return HOUSE_OF_COMMONS_ADDRESS["fr" if language.startswith("fr") else "en"]


# --- The signers' table -------------------------------------------------------------------

# Widths (points) of: number, name, city, postal code, date signed; they fill the 504-point
# text width of a letter page.
COLUMN_WIDTHS = (36, 200, 134, 64, 70)
CELL_PADDING_X = 4
CELL_PADDING_Y = 3
CELL_SIZE = 9
CELL_LEADING = 11.5
# Longer text is cut in the PDF (never in the CSV): a row must fit on a page.
MAX_CELL_CHARACTERS = 300
STRIPE = colors.Color(0.94, 0.94, 0.94)
RULE = colors.Color(0.75, 0.75, 0.75)


def column_labels(languages):
    """The table's column labels; both languages of a bilingual packet ("Name / Nom")."""
    labels = []
    for language in languages or ("en",):
        with translation.override(language):
            labels.append(
                [
                    gettext("No."),
                    gettext("Name"),
                    gettext("City"),
                    gettext("Postal code"),
                    gettext("Date signed"),
                ]
            )
    return [" / ".join(dict.fromkeys(texts)) for texts in zip(*labels, strict=True)]


class _SignerCells:
    """Turns signers into table rows: plain strings (cheap) where Noto Sans has the glyphs and
    the text fits its column, wrapped and shaped Paragraphs otherwise."""

    def __init__(self, cell_styles):
        self.style = cell_styles["cell"]
        self.font = self.style.fontName

    def _cell(self, text, width):
        text = fonts.printable(text)
        if len(text) > MAX_CELL_CHARACTERS:
            text = text[: MAX_CELL_CHARACTERS - 1] + "…"
        inner = width - 2 * CELL_PADDING_X
        if not fonts.needs_script_font(text) and stringWidth(text, self.font, CELL_SIZE) <= inner:
            return text, CELL_LEADING
        paragraph = text_paragraph(text, self.style)
        return paragraph, paragraph.wrap(inner, 10_000)[1]

    def row(self, number, signer):
        name, name_height = self._cell(signer.name, COLUMN_WIDTHS[1])
        city, city_height = self._cell(signer.city, COLUMN_WIDTHS[2])
        postal_code = fonts.printable(signer.postal_code)
        cells = [str(number), name, city, postal_code, signer.signed_on.isoformat()]
        height = max(CELL_LEADING, name_height, city_height) + 2 * CELL_PADDING_Y
        return cells, height


class _RowSource:
    """The signers as numbered table rows, made one at a time, with rows put back when they
    did not fit on a page."""

    def __init__(self, signers, cells):
        self._signers = enumerate(signers, start=1)
        self._cells = cells
        self._pushed_back = deque()

    def peek(self):
        if not self._pushed_back:
            item = next(self._signers, None)
            if item is None:
                return None
            self._pushed_back.append(self._cells.row(*item))
        return self._pushed_back[0]

    def take(self):
        return self._pushed_back.popleft()

    def put_back(self, rows):
        self._pushed_back.extendleft(reversed(rows))


class SignerPage(Flowable):
    """One page of the signers' table, drawn straight onto the canvas: a stripe under every
    other row, then each row's cells in reading order (number, name, city, postal code, date).
    (A Table resolves a cell style for every cell: the packet took 60% longer with one.)"""

    def __init__(self, rows):
        super().__init__()
        self.rows = rows  # [(cells, height)]
        self.height = sum(height for _cells, height in rows)

    def wrap(self, availWidth, availHeight):
        self.width = sum(COLUMN_WIDTHS)
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        lefts = [sum(COLUMN_WIDTHS[:column]) for column in range(len(COLUMN_WIDTHS))]
        top = self.height
        canvas.setFillColor(STRIPE)
        for cells, height in self.rows:
            if int(cells[0]) % 2 == 0:
                canvas.rect(0, top - height, self.width, height, stroke=0, fill=1)
            top -= height
        canvas.setFillColor(colors.black)
        top = self.height
        for cells, height in self.rows:
            baseline = top - CELL_PADDING_Y - CELL_SIZE
            text = None
            for column, cell in enumerate(cells):
                if isinstance(cell, str):
                    if text is None:
                        text = canvas.beginText()
                        text.setFont(fonts.REGULAR, CELL_SIZE, CELL_LEADING)
                    x = lefts[column] + CELL_PADDING_X
                    if column == 0:  # numbers are right-aligned
                        x = lefts[1] - CELL_PADDING_X - stringWidth(cell, fonts.REGULAR, CELL_SIZE)
                    text.setTextOrigin(x, baseline)
                    text.textOut(cell)
                else:
                    if text is not None:
                        canvas.drawText(text)
                        text = None
                    cell.drawOn(
                        canvas, lefts[column] + CELL_PADDING_X, top - CELL_PADDING_Y - cell.height
                    )
            if text is not None:
                canvas.drawText(text)
            top -= height


class SignerRows(Flowable):
    """The rest of the signers' table. Each time the document asks it to split, it takes the
    rows that fit in the space left on the page, returns them as a SignerPage and itself for the
    rest: one page of rows exists at a time, and each row is laid out once. The column header
    is drawn by the page template above the frame, on every page of the table."""

    def __init__(self, source):
        super().__init__()
        self._source = source
        self._taken = []

    def wrap(self, availWidth, availHeight):
        # Always "too tall": the document then calls split() with the height left.
        return availWidth, availHeight + 1

    def split(self, availWidth, availHeight):
        if self._taken:  # asked again (another frame or page): start from the same row
            self._source.put_back(self._taken)
            self._taken = []
        used = 0
        while (row := self._source.peek()) is not None and used + row[1] <= availHeight:
            self._taken.append(self._source.take())
            used += row[1]
        if not self._taken:
            return []
        rest = [SignerRows(self._source)] if self._source.peek() is not None else []
        return [SignerPage(self._taken), *rest]

    def draw(self):  # never drawn: split() always replaces it
        pass


# --- The document -------------------------------------------------------------------------


class PacketDocument(PageTotalDocTemplate):
    """Letter pages, then table pages under a repeated column header; the same footer on all:
    "Page X of Y", the packet id and the SHA-256 of the signature list."""

    def __init__(self, out, content, list_sha256, paragraph_styles):
        super().__init__(
            out,
            title=f"{content.title(content.language)} — {content.riding_name(content.language)}",
            author=content.organization_name,
            subject=content.packet_id,
            creator="petitions.packets",
            lang=content.language,
        )
        self.content = content
        self.list_sha256 = list_sha256
        self.paragraph_styles = paragraph_styles
        with translation.override(content.language):
            self.page_label = gettext("Page %(page)s of %(total)s")
            self.packet_label = gettext("Packet %(id)s") % {"id": content.packet_id}
            self.checksum_label = gettext(
                "SHA-256 of the signature list (CSV file): %(sha256)s"
            ) % {"sha256": list_sha256}
            self.band_title = gettext(
                "Constituents of %(riding)s who agreed to share their name with their MP"
            ) % {"riding": content.riding_name(content.language)}
        self.band_subtitle = content.title(content.language)
        self.labels = column_labels(content.languages)
        self._build_header()
        footer_height = 2.6 * FOOTER_SIZE + 10
        body_bottom = self.bottomMargin + footer_height
        letter_frame = Frame(
            self.leftMargin,
            body_bottom,
            self.width,
            self.height - footer_height,
            id="letter",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        table_frame = Frame(
            self.leftMargin,
            body_bottom,
            self.width,
            self.height - footer_height - self.header_height,
            id="signers",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(id="letter", frames=[letter_frame], onPage=self.draw_footer),
                PageTemplate(id="signers", frames=[table_frame], onPage=self.draw_table_page),
            ]
        )

    def _build_header(self):
        cell_style = self.paragraph_styles["cell_bold"]
        title = text_paragraph(self.band_title, self.paragraph_styles["strong"])
        subtitle = text_paragraph(self.band_subtitle, self.paragraph_styles["small"])
        labels = [text_paragraph(label, cell_style) for label in self.labels]
        header = Table([labels], colWidths=COLUMN_WIDTHS)
        header.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING_X),
                    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING_X),
                    ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING_Y),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING_Y),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.black),
                ]
            )
        )
        self.header_parts = [title, subtitle, header]
        heights = [part.wrap(self.width, self.height)[1] for part in self.header_parts]
        self.header_heights = heights
        self.header_height = sum(heights) + 1

    def draw_footer(self, canvas, document):
        canvas.saveState()
        left = self.leftMargin
        right = self.leftMargin + self.width
        top_line = self.bottomMargin + FOOTER_SIZE * 1.4
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top_line + FOOTER_SIZE + 3, right, top_line + FOOTER_SIZE + 3)
        draw_page_number(canvas, left, top_line, self.page_label, document.page)
        canvas.drawRightString(right, top_line, self.packet_label)
        canvas.drawString(left, self.bottomMargin, self.checksum_label)
        canvas.restoreState()

    def draw_table_page(self, canvas, document):
        self.draw_footer(canvas, document)
        y = self.bottomMargin + self.height
        for part, height in zip(self.header_parts, self.header_heights, strict=True):
            y -= height
            part.drawOn(canvas, self.leftMargin, y)


def _recipient_lines(content, language):
    riding = content.riding_name(language)
    recipient = content.recipient
    if recipient is None:
        lines = [gettext("The Member of Parliament for %(riding)s") % {"riding": riding}]
    else:
        lines = [
            recipient.name,
            gettext("Member of Parliament for %(riding)s") % {"riding": riding},
        ]
    address = (recipient.office_address.strip() if recipient else "") or (
        house_of_commons_address(language)
    )
    lines.extend(line.strip() for line in address.splitlines() if line.strip())
    return lines


def _letter(content, language, paragraph_styles):
    """The cover letter in one language (called inside translation.override(language))."""
    body = paragraph_styles["body"]
    riding = content.riding_name(language)
    title = content.title(language)
    signatures, named = content.signature_count, content.named_count
    values = {
        "organization": content.organization_name,
        "riding": riding,
        "title": title,
        "count": number_format(signatures, force_grouping=True),
        "named": number_format(named, force_grouping=True),
    }
    story = [
        text_paragraph(content.organization_name, paragraph_styles["strong"]),
        text_paragraph(date_format(content.generated_at.date(), "DATE_FORMAT"), body),
        Spacer(0, 8),
        *(
            text_paragraph(line, paragraph_styles["line"])
            for line in _recipient_lines(content, language)
        ),
        Spacer(0, 14),
    ]

    def say(text, style=body):
        story.append(text_paragraph(text, style))

    say(
        gettext("Re: the petition “%(title)s”, supported by constituents of %(riding)s") % values,
        paragraph_styles["strong"],
    )
    if content.recipient is None:
        say(gettext("Dear Member of Parliament,"))
    else:
        say(gettext("Dear %(name)s,") % {"name": content.recipient.name})
    say(
        ngettext(
            "On behalf of %(organization)s, we are delivering to you the support of "
            "%(count)s constituent of %(riding)s for the petition below.",
            "On behalf of %(organization)s, we are delivering to you the support of "
            "%(count)s constituents of %(riding)s for the petition below.",
            signatures,
        )
        % values
    )
    say(title, paragraph_styles["heading"])
    say(gettext("The petition asks:"))
    story.extend(plain_paragraphs(content.request(language), paragraph_styles["quote"]))
    story.append(_counts_table(content, language, paragraph_styles))
    story.append(Spacer(0, 10))
    if named:
        say(
            ngettext(
                "The %(named)s signer who agreed to share their name with you is listed on "
                "the following pages, with their city, postal code and the date they signed.",
                "The %(named)s signers who agreed to share their name with you are listed on "
                "the following pages, with their city, postal code and the date they signed.",
                named,
            )
            % values
        )
        say(
            gettext(
                "A CSV file with the same list accompanies this letter. The SHA-256 checksum "
                "printed at the foot of each page is that of the file, so a copy can be "
                "checked against this printout."
            )
        )
        say(
            gettext(
                "These signers shared their name for this petition only. Please treat their "
                "names as personal information."
            )
        )
    else:
        say(
            gettext(
                "None of these signers chose to share their name: this letter reports their "
                "number only."
            )
        )
    say(
        gettext(
            "This dossier records your constituents' support for the petition. It is not a "
            "paper petition for certification under the Standing Orders of the House of "
            "Commons."
        ),
        paragraph_styles["small"],
    )
    say(gettext("We would welcome the opportunity to discuss it with you."))
    say(gettext("Sincerely,"))
    say(content.organization_name)
    return story


def _counts_table(content, language, paragraph_styles):
    style = paragraph_styles["body"]
    bold = paragraph_styles["strong"]
    riding = content.riding_name(language)
    signatures, named = content.signature_count, content.named_count
    rows = [
        (
            gettext("Confirmed signatures from %(riding)s") % {"riding": riding},
            signatures,
        ),
        (gettext("Signers who agreed to share their name with you"), named),
        (
            gettext("Signers counted without their name, at their request"),
            max(0, signatures - named),
        ),
    ]
    data = [
        [
            text_paragraph(label, style),
            text_paragraph(number_format(value, force_grouping=True), bold),
        ]
        for label, value in rows
    ]
    table = Table(data, colWidths=(404, 100), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def packet_story(content, signers, paragraph_styles):
    story = []
    for index, language in enumerate(content.languages or ("en",)):
        if index:
            story.append(PageBreak(nextTemplate="letter"))
        with translation.override(language):
            story.extend(_letter(content, language, paragraph_styles))
    source = _RowSource(signers, _SignerCells(paragraph_styles))
    if source.peek() is not None:
        story.append(PageBreak(nextTemplate="signers"))
        story.append(SignerRows(source))
    return story


def render_packet(
    content: PacketContent, signers: Iterable[NamedSigner], list_sha256: str, out: BinaryIO
) -> int:
    """Writes the packet PDF to `out` and returns its page count. `signers` (the consenting
    signers, postal codes already cut) is iterated once, lazily: it may be a generator over
    50,000 rows or more. `list_sha256` is the digest write_signers_csv() returned."""
    paragraph_styles = styles()
    document = PacketDocument(out, content, list_sha256, paragraph_styles)
    return document.build(packet_story(content, signers, paragraph_styles))
