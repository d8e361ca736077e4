"""The riding packet.

A cover letter to the riding's MP, the petition and its counts, then the constituents who agreed to
share their name with their MP, one row each.

Pure rendering: everything comes in as arguments (no database, no storage), so the packet
jobs and the benchmark call the same functions. The list of signers is consumed lazily, a page
at a time: a 50,000-row packet never holds its rows, and no page is laid out twice.

This module holds the document (its page templates and footers) and render_packet(); the
letter is letter.py, the signers' table signer_table.py, the records they draw records.py.

A printout of online signatures is not a House of Commons paper petition: the packet is a
dossier of constituents' support. Certifiable blank sheets are sheets.render_blank_sheets().
"""

from collections.abc import Iterable
from typing import BinaryIO

from django.utils import translation
from django.utils.translation import gettext
from reportlab.platypus import Frame, PageBreak, PageTemplate

from petitions.packets.layout import (
    FOOTER_SIZE,
    RULE,
    PageTotalDocTemplate,
    draw_page_number,
    styles,
    text_paragraph,
)
from petitions.packets.letter import cover_letter
from petitions.packets.records import NamedSigner, PacketContent
from petitions.packets.signer_table import column_labels, header_table, signer_rows


class PacketDocument(PageTotalDocTemplate):
    """Letter pages, then table pages under a repeated column header.

    The same footer on all: "Page X of Y", the packet id and the SHA-256 of the signature list.
    """

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
        title = text_paragraph(self.band_title, self.paragraph_styles["strong"])
        subtitle = text_paragraph(self.band_subtitle, self.paragraph_styles["small"])
        header = header_table(self.labels, self.paragraph_styles)
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


def packet_story(content, signers, paragraph_styles):
    """The packet's flowables: a cover letter per language, then the signers' table."""
    story = []
    for index, language in enumerate(content.languages or ("en",)):
        if index:
            story.append(PageBreak(nextTemplate="letter"))
        with translation.override(language):
            story.extend(cover_letter(content, language, paragraph_styles))
    table = signer_rows(signers, paragraph_styles)
    if table is not None:
        story.append(PageBreak(nextTemplate="signers"))
        story.append(table)
    return story


def render_packet(
    content: PacketContent, signers: Iterable[NamedSigner], list_sha256: str, out: BinaryIO
) -> int:
    """Writes the packet PDF to `out` and returns its page count.

    `signers` (the consenting signers, postal codes already cut) is iterated once, lazily: it may
    be a generator over 50,000 rows or more. `list_sha256` is the digest write_signers_csv()
    returned.
    """
    paragraph_styles = styles()
    document = PacketDocument(out, content, list_sha256, paragraph_styles)
    return document.build(packet_story(content, signers, paragraph_styles))
