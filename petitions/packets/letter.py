"""The cover letter of a riding packet, in one language.

The coalition's letter to the riding's MP (or to "the Member of Parliament for" a vacant seat), the
petition's text, and its counts. render.packet_story() puts one letter per language of the packet
before the signers' table.
"""

from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext, ngettext
from reportlab.platypus import Spacer, Table, TableStyle

from petitions.packets.layout import RULE, plain_paragraphs, text_paragraph

# The House of Commons' mailing address, as each official language writes it. MPs' mail there
# needs no stamp.
HOUSE_OF_COMMONS_ADDRESS = {
    "en": "House of Commons\nOttawa, Ontario K1A 0A6",
    "fr": "Chambre des communes\nOttawa (Ontario) K1A 0A6",
}


def local_day(moment):
    """The moment's date in the site's time zone (settings.TIME_ZONE)."""
    return timezone.localdate(moment) if timezone.is_aware(moment) else moment.date()


def house_of_commons_address(language):
    return HOUSE_OF_COMMONS_ADDRESS["fr" if language.startswith("fr") else "en"]


def recipient_lines(content, language):
    """The letter's address block.

    The MP (or the seat, when vacant), then their constituency office's address, else the House of
    Commons'.
    """
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


def cover_letter(content, language, paragraph_styles):
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
        # The day in the site's time zone (TIME_ZONE): a batch run at 20:00 in Toronto is
        # already the next day in UTC.
        text_paragraph(date_format(local_day(content.generated_at), "DATE_FORMAT"), body),
        Spacer(0, 8),
        *(
            text_paragraph(line, paragraph_styles["line"])
            for line in recipient_lines(content, language)
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
    story.append(counts_table(content, language, paragraph_styles))
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


def counts_table(content, language, paragraph_styles):
    """The riding's counts under the petition: confirmed, named, counted without a name."""
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
