"""The press app's generated demo files: organization logos and the PDF of each policy brief."""

import html
import io

from PIL import Image as PILImage
from PIL import ImageDraw
from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

from home.demo.content import COALITION_NAME
from home.demo.images import font, png_bytes


def initials(name, acronym):
    if acronym:
        return acronym
    skip = {"and", "of", "the", "de", "des", "la", "aux", "for"}
    return "".join(word[0] for word in name.split() if word.lower() not in skip)[:3].upper()


def logo_png(text, colour):
    size = 400
    image = PILImage.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse([8, 8, size - 8, size - 8], fill=colour)
    font_size = 160
    while font(font_size).getlength(text) > size * 0.7:
        font_size -= 8
    draw.text((size / 2, size / 2), text, font=font(font_size), fill="white", anchor="mm")
    return png_bytes(image)


def escape(text):
    """Plain text as ReportLab paragraph markup."""
    return html.escape(text, quote=False)


def pdf_text(text):
    """Wagtail rich text (p, b) or plain text, as ReportLab paragraph markup."""
    return text.replace("<p>", "").replace("</p>", " ").strip()


def brief_pdf(brief, submitters, endorsers):
    """A one- or two-page PDF of a policy brief, rendered in memory."""
    buffer = io.BytesIO()
    styles = getSampleStyleSheet()
    body, heading = styles["BodyText"], styles["Heading2"]
    document = SimpleDocTemplate(
        buffer,
        pagesize=LETTER,
        title=brief["title"],
        author=COALITION_NAME,
        subject=f"Brief to the {brief['addressed_to']}",
        leftMargin=inch,
        rightMargin=inch,
        topMargin=0.9 * inch,
        bottomMargin=0.9 * inch,
        invariant=1,
    )
    items = []
    for text, sub_points in brief["recommendations"]:
        children = [Paragraph(escape(text), body)]
        if sub_points:
            children.append(
                ListFlowable(
                    [ListItem(Paragraph(escape(point), body)) for point in sub_points],
                    bulletType="bullet",
                    start="•",
                    leftIndent=18,
                )
            )
        items.append(ListItem(children))
    story = [
        Paragraph(escape(COALITION_NAME), styles["Normal"]),
        Paragraph(escape(brief["title"]), styles["Title"]),
        Paragraph(
            f"Submitted to the {escape(brief['addressed_to'])}, "
            f"{brief['date']:%B} {brief['date'].day}, {brief['date']:%Y}",
            styles["Italic"],
        ),
        Spacer(1, 12),
        Paragraph("Summary", heading),
        Paragraph(pdf_text(brief["summary"]), body),
        Paragraph("Recommendations", heading),
        ListFlowable(items, bulletType="1", bulletFormat="%s.", leftIndent=18),
        Paragraph("Submitted by", heading),
        Paragraph(escape("; ".join(org.name for org in submitters)), body),
        Paragraph("Endorsed by", heading),
        Paragraph(escape("; ".join(org.name for org in endorsers)), body),
    ]

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(inch, 0.5 * inch, "Demo document: all organizations are fictional.")
        canvas.drawRightString(LETTER[0] - inch, 0.5 * inch, f"Page {doc.page}")
        canvas.restoreState()

    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
