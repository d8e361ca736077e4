"""Reading an uploaded spreadsheet into a tablib Dataset.

Every way a file can be wrong gets a clear error (empty, header only, binary junk, a CSV named
.xlsx, an unknown encoding).

CSV files come from Excel and from online spreadsheets: UTF-8 with or without a byte-order mark,
UTF-16 ("Unicode text"), or Windows-1252 (Excel's "CSV" on Windows); comma, semicolon (Excel in
French) or tab separated. "auto" tries, in order: a byte-order mark, strict UTF-8, then
Windows-1252. XLSX files are read from their first worksheet, once archive_limits.py has found
that they do not unpack too far.

Rows are numbered as the spreadsheet shows them (the header is row 1); empty rows are skipped but
keep their numbers, so `Table.row_numbers[i]` is the number of the dataset's row i.
"""

import codecs
import csv
import datetime
import io
import re
import zipfile
from dataclasses import dataclass, field

import tablib
from django.utils.translation import gettext_lazy as _
from tablib.core import Row

from spreadsheets.archive_limits import expansion_problem

CSV = "csv"
XLSX = "xlsx"
AUTO = "auto"
UTF8 = "utf-8"
UTF8_BOM = "utf-8-sig"
UTF16 = "utf-16"
WINDOWS_1252 = "cp1252"

FORMAT_CHOICES = [
    (AUTO, _("Detect from the file")),
    (CSV, _("CSV")),
    (XLSX, _("Excel workbook (XLSX)")),
]
ENCODING_CHOICES = [
    (AUTO, _("Detect from the file")),
    (UTF8, _("UTF-8")),
    (UTF8_BOM, _("UTF-8 with byte-order mark (Excel “CSV UTF-8”)")),
    (WINDOWS_1252, _("Windows-1252 (Excel “CSV” on Windows)")),
]
ENCODING_LABELS = {
    UTF8: "UTF-8",
    UTF8_BOM: "UTF-8 (BOM)",
    UTF16: "UTF-16",
    WINDOWS_1252: "Windows-1252",
}

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls (Excel 97-2003) and other OLE files
# Text files have few control characters besides tab, line feed and carriage return.
MAX_CONTROL_SHARE = 0.01
MIN_CONTROLS = 8  # a handful in a small file: a text file with a few bad cells
# UTF-16 text without a byte-order mark is about half NUL bytes, binary files often more.
MAX_NUL_SHARE = 0.1
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
DELIMITERS = ",;\t"


class FileError(Exception):
    """A problem with the whole file; nothing can be imported. `message` is translated."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def __str__(self):
        return str(self.message)


@dataclass
class Table:
    dataset: tablib.Dataset
    row_numbers: list = field(default_factory=list)
    file_format: str = CSV
    encoding: str = ""
    # (spreadsheet row number, header) of the cells holding a control character such as NUL.
    control_cells: list = field(default_factory=list)

    @property
    def headers(self):
        return list(self.dataset.headers or [])

    def __len__(self):
        return len(self.dataset)


def detect_format(data, file_name="", requested=AUTO):
    """CSV or XLSX, from the file's first bytes (and its name when it says .xlsx)."""
    is_zip = data.startswith(ZIP_MAGIC)
    if data.startswith(OLE_MAGIC):
        raise FileError(
            _(
                "This is an old Excel (.xls) file or another binary document. Save it as "
                "an Excel workbook (.xlsx) or as CSV and upload it again."
            )
        )
    if requested == XLSX or (requested == AUTO and file_name.lower().endswith(".xlsx")):
        if not is_zip:
            raise FileError(
                _(
                    "This file is not an Excel workbook, although it was named or chosen as "
                    "one (a CSV file renamed .xlsx?). Upload it as CSV, or save it from your "
                    "spreadsheet as an Excel workbook."
                )
            )
        return XLSX
    if requested == CSV:
        if is_zip:
            raise FileError(
                _("This file is an Excel workbook or another archive, not a CSV file.")
            )
        return CSV
    return XLSX if is_zip else CSV


def decode(data, encoding=AUTO):
    """(text, encoding used).

    Raises FileError for binary data or an encoding that does not fit.
    """
    if encoding == AUTO:
        if data.startswith(codecs.BOM_UTF8):
            encoding = UTF8_BOM
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding = UTF16
        elif data.count(b"\x00") > len(data) * MAX_NUL_SHARE:
            # UTF-16 without a byte-order mark, or a binary file. A stray NUL or two in a
            # text file is a problem of its cells instead (Table.control_cells).
            raise _binary()
        else:
            try:
                return _check_text(data.decode(UTF8)), UTF8
            except UnicodeDecodeError:
                encoding = WINDOWS_1252
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        if b"\x00" in data:
            raise _binary() from None
        raise FileError(
            _(
                "The file cannot be read as %(encoding)s. Choose another encoding, or "
                "“Detect from the file”."
            )
            % {"encoding": ENCODING_LABELS.get(encoding, encoding)}
        ) from None
    if encoding == UTF8 and text.startswith("\ufeff"):
        text = text[1:]
    return _check_text(text), encoding


def _binary():
    return FileError(
        _("This file is not a CSV text file or an Excel workbook: it looks like binary data.")
    )


def _check_text(text):
    sample = text[:100_000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    if controls > max(MIN_CONTROLS, len(sample) * MAX_CONTROL_SHARE):
        raise _binary()
    return text


def _records_csv(text):
    sample = text[:20_000]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        delimiter = ","
    first_line = sample.split("\n", 1)[0]
    if delimiter not in first_line:
        # The sniffer guesses from data too; the header decides.
        counts = {d: first_line.count(d) for d in DELIMITERS}
        delimiter = max(counts, key=counts.get) if any(counts.values()) else ","
    try:
        yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    except csv.Error as error:
        raise FileError(
            _("The CSV file is malformed: %(error)s") % {"error": str(error)}
        ) from None


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (datetime.date, datetime.time, int, float)):
        return value
    return str(value)


def _check_expansion(data):
    """Refuse a workbook that would unpack too far, before openpyxl opens it (archive_limits)."""
    if problem := expansion_problem(data):
        raise FileError(problem)


def _records_xlsx(data):
    from openpyxl import load_workbook

    _check_expansion(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise FileError(
            _("This Excel workbook cannot be read (%(error)s). Save it again as .xlsx or CSV.")
            % {"error": type(error).__name__}
        ) from None
    except Exception as error:  # openpyxl raises its own exception types for bad archives
        raise FileError(
            _("This Excel workbook cannot be read (%(error)s). Save it again as .xlsx or CSV.")
            % {"error": type(error).__name__}
        ) from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            return
        for values in sheet.iter_rows(values_only=True):
            yield [_cell(value) for value in values]
    finally:
        workbook.close()


def _is_blank(values):
    return all(value == "" or (isinstance(value, str) and not value.strip()) for value in values)


@dataclass
class Summary:
    """What an upload request learns cheaply: the header and about how many rows."""

    headers: list
    row_count: int | None  # None: not known without reading the whole workbook
    file_format: str
    encoding: str


def _header(values):
    return [str(value).replace("\ufeff", "").strip() for value in values]


def inspect(data, file_name="", file_format=AUTO, encoding=AUTO):
    """The Summary of an upload, without building its rows.

    It takes a few hundred milliseconds for the largest file accepted, so that the upload request
    stays short. read() does the rest (and finds the problems of single rows) in the check.
    """
    if not data:
        raise FileError(_("The file is empty."))
    file_format = detect_format(data, file_name, file_format)
    if file_format == XLSX:
        header, count = _inspect_xlsx(data)
        used_encoding = ""
    else:
        text, used_encoding = decode(data, encoding)
        header, count = _inspect_csv(text)
    if header is None:
        raise FileError(_("The file is empty."))
    if count == 0:
        raise FileError(_("The file has a header but no rows to import."))
    if file_format == CSV:
        _check_unique_columns(header)
    return Summary([h for h in header if h], count, file_format, used_encoding)


def _inspect_xlsx(data):
    """(header, row count) of a workbook's first sheet.

    The count from the sheet's dimension (None when the workbook does not say), the header from its
    first non-blank row.
    """
    from openpyxl import load_workbook

    _check_expansion(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = workbook.worksheets[0] if workbook.worksheets else None
    except Exception as error:  # openpyxl raises many kinds for a bad archive
        raise FileError(
            _("This Excel workbook cannot be read (%(error)s). Save it again as .xlsx or CSV.")
            % {"error": type(error).__name__}
        ) from None
    try:
        if sheet is None:
            return None, 0
        for number, values in enumerate(sheet.iter_rows(values_only=True, max_row=50), 1):
            cells = [_cell(value) for value in values]
            if not _is_blank(cells):
                max_row = sheet.max_row
                return _header(cells), (max_row - number if max_row else None)
        return None, 0
    finally:
        workbook.close()


def _inspect_csv(text):
    """(header, number of non-blank rows) of a CSV text."""
    header, count = None, 0
    for values in _records_csv(text):
        if header is None:
            if not _is_blank(values):
                header = _header(values)
        elif any(value.strip() for value in values):
            count += 1
    return header, count


def _check_unique_columns(header):
    # Two columns of one name: which of them a row means cannot be told.
    duplicated = sorted({name for name in header if name and header.count(name) > 1})
    if duplicated:
        raise FileError(
            _("The file has the column(s) %(columns)s more than once.")
            % {"columns": ", ".join(duplicated)}
        )


def read(data, file_name="", file_format=AUTO, encoding=AUTO):
    """The Table of an uploaded file. Raises FileError when there is nothing to import."""
    if not data:
        raise FileError(_("The file is empty."))
    file_format = detect_format(data, file_name, file_format)
    if file_format == XLSX:
        records = _records_xlsx(data)
        used_encoding = ""
    else:
        text, used_encoding = decode(data, encoding)
        records = _records_csv(text)

    header, rows, numbers, too_long = _fit_to_header(records)
    if header is None:
        raise FileError(_("The file is empty."))
    _check_unique_columns(header)
    if too_long:
        raise FileError(
            _("Row(s) %(rows)s have more values than the header has columns.")
            % {"rows": ", ".join(str(n) for n in too_long[:20])}
        )
    if not rows:
        raise FileError(_("The file has a header but no rows to import."))
    # Columns without a header are ignored, like any column no resource knows.
    keep = [index for index, name in enumerate(header) if name]
    if len(keep) != len(header):
        header = [header[index] for index in keep]
        rows = [[row[index] for index in keep] for row in rows]
    dataset = tablib.Dataset(headers=header)
    # Rows are already the header's width: skip tablib's per-row checks.
    dataset._data = [Row(row) for row in rows]
    return Table(
        dataset, numbers, file_format, used_encoding, _control_cells(header, rows, numbers)
    )


def _control_cells(header, rows, numbers):
    """(row number, header) of every cell with a control character other than tab or newline."""
    return [
        (number, name)
        for row, number in zip(rows, numbers, strict=True)
        for name, value in zip(header, row, strict=True)
        if isinstance(value, str) and CONTROL_CHARACTER.search(value)
    ]


def _fit_to_header(records):
    """A file's records fitted to its header.

    Returns (header, rows, their spreadsheet row numbers, numbers of rows longer than the header):
    blank records skipped, every row cut or padded to the header's width (cut only where the extra
    cells are blank: the others are reported).
    """
    header, width = None, 0
    rows, numbers, too_long = [], [], []
    for number, values in enumerate(records, 1):
        if _is_blank(values):
            continue
        if header is None:
            header = _header(values)
            width = len(header)
            continue
        values = list(values)
        if len(values) > width:
            if not _is_blank(values[width:]):
                too_long.append(number)
            values = values[:width]
        elif len(values) < width:
            values.extend([""] * (width - len(values)))
        rows.append([value.strip() if isinstance(value, str) else value for value in values])
        numbers.append(number)
    return header, rows, numbers, too_long
