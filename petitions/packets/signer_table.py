"""The signers' table of a riding packet: its columns, and the flowables that lay it out.

The flowables lay out the named signers a page at a time (SignerRows splits into one SignerPage per
page), drawing each row straight onto the canvas. The column header above the table is drawn by the
page template (render.PacketDocument).

The signers are consumed lazily: a 50,000-row packet never holds its rows, and no page is laid
out twice.
"""

from collections import deque

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from petitions.packets import csvfile, fonts
from petitions.packets.layout import text_paragraph

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


def column_labels(languages):
    """The table's column labels, the CSV's header.

    In both languages for a bilingual packet ("Name / Nom").
    """
    labels = [csvfile.header(language) for language in languages or ("en",)]
    return [" / ".join(dict.fromkeys(texts)) for texts in zip(*labels, strict=True)]


def header_table(labels, paragraph_styles):
    """The column header, in bold over a black rule.

    Drawn by the page template above the table on every page of it.
    """
    cell_style = paragraph_styles["cell_bold"]
    header = Table(
        [[text_paragraph(label, cell_style) for label in labels]], colWidths=COLUMN_WIDTHS
    )
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
    return header


def signer_rows(signers, paragraph_styles):
    """The signers' table as one flowable (SignerRows), or None when there is no signer.

    Only the first signer is read here; the rest are read as the pages are laid out.
    """
    source = _RowSource(signers, _SignerCells(paragraph_styles))
    return SignerRows(source) if source.peek() is not None else None


class _SignerCells:
    """Turns signers into table rows.

    Plain strings (cheap) where Noto Sans has the glyphs and the text fits its column, wrapped and
    shaped Paragraphs otherwise.
    """

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
    """The signers as numbered table rows, made one at a time.

    Rows are put back when they did not fit on a page.
    """

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
    """One page of the signers' table, drawn straight onto the canvas.

    A stripe under every other row, then each row's cells in reading order (number, name, city,
    postal code, date). (A Table resolves a cell style for every cell: the packet took 60% longer
    with one.)
    """

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
    """The rest of the signers' table.

    Each time the document asks it to split, it takes the rows that fit in the space left on the
    page, returns them as a SignerPage and itself for the rest: one page of rows exists at a time,
    and each row is laid out once. The column header is drawn by the page template above the frame,
    on every page of the table.
    """

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
