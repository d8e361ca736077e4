"""Reading back the PDFs the project writes.

Text per page (pypdf), text pieces with the font and position they were drawn with, and poppler's
text (it honours /ActualText).
"""

import io
import shutil
import subprocess

import pypdf


def reader(data):
    return pypdf.PdfReader(io.BytesIO(data))


def page_texts(data):
    return [page.extract_text() for page in reader(data).pages]


def squeezed(text):
    """`text` with every run of white space as one space.

    pypdf puts a line break before the text of a form XObject, such as the page total.
    """
    return " ".join(text.split())


def drawn_pieces(page):
    """(text, font /BaseFont, x, y) of every piece of text drawn on `page`, forms included."""
    pieces = []

    def visit(text, cm, tm, font, size):
        if text.strip() and font is not None:
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            pieces.append((text, str(font.get("/BaseFont", "")), x, y))

    page.extract_text(visitor_text=visit)
    return pieces


def poppler_text(data, first=None, last=None):
    """The PDF's text as pdftotext reads it.

    pdftotext is in poppler-utils, a Debian package of the Makefile's DEB_PACKAGES.
    """
    executable = shutil.which("pdftotext")
    assert executable, "pdftotext is missing: run `make system-deps` (poppler-utils)"
    pages = []
    if first:
        pages += ["-f", str(first)]
    if last:
        pages += ["-l", str(last)]
    result = subprocess.run(  # noqa: S603 (pdftotext from PATH, our arguments)
        [executable, "-enc", "UTF-8", *pages, "-", "-"],
        input=data,
        capture_output=True,
        check=True,
    )
    return result.stdout.decode()
