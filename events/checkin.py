"""The printable check-in sheet of an event (ReportLab), testable without HTTP.

Standard events list names; anonymous ones list codes and nicknames only, since there is nothing
else. Confirmed registrants, by name or code, with a box to tick at the door.
"""

import io
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from events.choices import PrivacyMode
from events.models import Registration

FONT = "EventsNotoSans"
FONT_BOLD = "EventsNotoSans-Bold"


def _fonts():
    """Noto Sans from PACKET_FONT_DIR (Debian's fonts-noto-core), registered once."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        folder = Path(settings.PACKET_FONT_DIR)
        pdfmetrics.registerFont(TTFont(FONT, folder / "NotoSans-Regular.ttf"))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, folder / "NotoSans-Bold.ttf"))


def rows_for(event):
    """The sheet's rows: (name or nickname, code), confirmed registrants in order."""
    registrations = Registration.objects.filter(
        event=event, status=Registration.Status.CONFIRMED
    ).order_by("name", "nickname", "code")
    if event.privacy_mode == PrivacyMode.ANONYMOUS:
        return [(registration.nickname, registration.code) for registration in registrations]
    return [(registration.name, registration.code) for registration in registrations]


def render(event):
    """The sheet as PDF bytes."""
    _fonts()
    output = io.BytesIO()
    document = SimpleDocTemplate(
        output,
        pagesize=LETTER,
        title=_("Check-in sheet: %(title)s") % {"title": event.title},
        leftMargin=0.75 * inch,
        rightMargin=0.75 * inch,
    )
    heading = ParagraphStyle("heading", fontName=FONT_BOLD, fontSize=16, leading=20)
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13)
    start, _end = event.next_occurrence()
    with timezone.override(event.time_zone):
        when = timezone.localtime(start).strftime("%Y-%m-%d %H:%M")
    anonymous = event.privacy_mode == PrivacyMode.ANONYMOUS
    first_column = _("Nickname") if anonymous else _("Name")
    rows = rows_for(event)
    table = Table(
        [["", first_column, _("Code")], *[["☐", name, code] for name, code in rows]],
        colWidths=[0.4 * inch, 4.2 * inch, 1.6 * inch],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 11),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 11),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 1), (-1, -1), 6),
            ]
        )
    )
    story = [
        Paragraph(event.title, heading),
        Paragraph(f"{when} ({event.time_zone})", body),
        Paragraph(
            _("%(count)s confirmed registrants.") % {"count": len(rows)}
            + (" " + _("Anonymous event: codes only, no names.") if anonymous else ""),
            body,
        ),
        table,
    ]
    document.build(story)
    return output.getvalue()
