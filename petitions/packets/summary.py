"""The petition summary PDF, for organizers planning deliveries.

Totals, counts per province or territory, and per riding with its delivery (date or pending).
"""

import datetime
from collections.abc import Iterable
from typing import BinaryIO

from django.utils import timezone, translation
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext
from reportlab.lib import colors
from reportlab.platypus import Frame, LongTable, PageTemplate, Spacer, TableStyle

from home.provinces import province_name
from petitions.packets import fonts
from petitions.packets.layout import (
    FOOTER_SIZE,
    RULE,
    PageTotalDocTemplate,
    draw_page_number,
    styles,
    text_paragraph,
)
from petitions.packets.records import SummaryRow

HEADER_FILL = colors.Color(0.88, 0.88, 0.88)


def _number(value):
    return number_format(value, force_grouping=True)


def _province_name(code):
    return province_name(code, code or "—")


def _table(rows, col_widths, numeric_columns, paragraph_styles, total_row=False):
    """A table with a header row repeated on each page; numbers right-aligned."""
    cell = paragraph_styles["cell"]
    cell_bold = paragraph_styles["cell_bold"]
    data = [[text_paragraph(label, cell_bold) for label in rows[0]]]
    for index, row in enumerate(rows[1:], start=1):
        bold = total_row and index == len(rows) - 1
        data.append(
            [
                value
                if column in numeric_columns
                else text_paragraph(value, cell_bold if bold else cell)
                for column, value in enumerate(row)
            ]
        )
    table = LongTable(data, colWidths=col_widths, repeatRows=1)
    commands = [
        ("FONT", (0, 1), (-1, -1), fonts.REGULAR, 9, 11.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("ALIGN", (column, 1), (column, -1), "RIGHT") for column in numeric_columns]
    if total_row:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black))
        commands.append(("FONT", (0, -1), (-1, -1), fonts.BOLD, 9, 11.5))
    table.setStyle(TableStyle(commands))
    return table


class SummaryDocument(PageTotalDocTemplate):
    def __init__(self, out, title, footer_text, language):
        super().__init__(out, title=title, creator="petitions.packets", lang=language)
        self.footer_text = footer_text
        self.page_label = gettext("Page %(page)s of %(total)s")
        footer_height = FOOTER_SIZE + 10
        frame = Frame(
            self.leftMargin,
            self.bottomMargin + footer_height,
            self.width,
            self.height - footer_height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="summary", frames=[frame], onPage=self.footer)])

    def footer(self, canvas, document):
        canvas.saveState()
        draw_page_number(
            canvas, self.leftMargin, self.bottomMargin, self.page_label, document.page
        )
        canvas.drawRightString(self.leftMargin + self.width, self.bottomMargin, self.footer_text)
        canvas.restoreState()


def render_summary(
    petition_title: str,
    rows: Iterable[SummaryRow],
    out: BinaryIO,
    language: str,
    generated_at: datetime.datetime,
    unassigned_count: int = 0,
) -> int:
    """Writes the summary PDF to `out` in `language` and returns its page count.

    `rows` are the ridings in the order to list them (a few hundred: they are read once, up front,
    to total them by province).
    """
    rows = list(rows)
    paragraph_styles = styles()
    with translation.override(language):
        if timezone.is_aware(generated_at):
            generated_at = timezone.localtime(generated_at)
        generated = date_format(generated_at, "DATETIME_FORMAT")
        document = SummaryDocument(
            out,
            gettext("Petition summary: %(title)s") % {"title": petition_title},
            gettext("Generated %(when)s") % {"when": generated},
            language,
        )
        return document.build(
            _summary_story(petition_title, rows, unassigned_count, generated, paragraph_styles)
        )


def _summary_story(petition_title, rows, unassigned_count, generated, paragraph_styles):
    body = paragraph_styles["body"]
    signatures = sum(row.signature_count for row in rows)
    named = sum(row.named_count for row in rows)
    with_signatures = [row for row in rows if row.signature_count]
    delivered = sum(1 for row in with_signatures if row.delivered_on)
    story = [
        text_paragraph(gettext("Petition summary"), paragraph_styles["title"]),
        text_paragraph(petition_title, paragraph_styles["heading"]),
        text_paragraph(gettext("Generated %(when)s") % {"when": generated}, body),
        Spacer(0, 4),
    ]
    totals = [
        [gettext("Total"), gettext("Count")],
        [gettext("Confirmed signatures in ridings"), _number(signatures)],
        [gettext("Of them, sharing their name with their MP"), _number(named)],
        [gettext("Confirmed signatures not yet assigned to a riding"), _number(unassigned_count)],
        [gettext("Ridings with signatures"), _number(len(with_signatures))],
        [gettext("Ridings delivered"), _number(delivered)],
        [gettext("Ridings pending delivery"), _number(len(with_signatures) - delivered)],
    ]
    story.append(_table(totals, (404, 100), {1}, paragraph_styles))
    story.append(Spacer(0, 14))

    story.append(text_paragraph(gettext("By province or territory"), paragraph_styles["heading"]))
    provinces = {}
    for row in rows:
        total = provinces.setdefault(row.province, [0, 0, 0, 0, 0])
        total[0] += 1
        total[1] += 1 if row.signature_count else 0
        total[2] += row.signature_count
        total[3] += row.named_count
        total[4] += 1 if row.signature_count and row.delivered_on else 0
    province_rows = [
        [
            gettext("Province or territory"),
            gettext("Ridings"),
            gettext("Ridings with signatures"),
            gettext("Signatures"),
            gettext("Named"),
            gettext("Ridings delivered"),
        ]
    ]
    for code in sorted(provinces, key=lambda code: -provinces[code][2]):
        province_rows.append([_province_name(code), *map(_number, provinces[code])])
    province_rows.append(
        [
            gettext("Total"),
            _number(len(rows)),
            _number(len(with_signatures)),
            _number(signatures),
            _number(named),
            _number(delivered),
        ]
    )
    story.append(
        _table(
            province_rows,
            (164, 58, 78, 70, 64, 70),
            {1, 2, 3, 4, 5},
            paragraph_styles,
            total_row=True,
        )
    )
    story.append(Spacer(0, 14))

    story.append(text_paragraph(gettext("By riding"), paragraph_styles["heading"]))
    riding_rows = [
        [
            gettext("Code"),
            gettext("Riding"),
            gettext("Province"),
            gettext("Signatures"),
            gettext("Named"),
            gettext("Delivery"),
        ]
    ]
    for row in rows:
        if row.delivered_on:
            delivery = gettext("Delivered %(date)s") % {"date": row.delivered_on.isoformat()}
        elif row.signature_count:
            delivery = gettext("Pending")
        else:
            delivery = "—"
        riding_rows.append(
            [
                row.riding_code,
                row.riding_name,
                row.province,
                _number(row.signature_count),
                _number(row.named_count),
                delivery,
            ]
        )
    story.append(_table(riding_rows, (44, 190, 50, 64, 50, 106), {3, 4}, paragraph_styles))
    return story
