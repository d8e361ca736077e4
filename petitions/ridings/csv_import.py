"""What the riding and MP file imports share (riding_csv.py, member_csv.py).

Reading a CSV file into numbered rows, the error that names a row and a column, and checking a
row's values. (The base of their management commands is petitions/management/import_command.py.)

Rows are numbered as a spreadsheet shows them: the header is row 1, the first data row row 2. An
import first checks every row and reports every problem it finds; only a file without problems is
applied, in one transaction, so a bad file changes nothing.
"""

import csv
import datetime
from pathlib import Path

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from home.provinces import PROVINCES
from petitions.ridings.provinces import riding_code_problem
from spreadsheets.errors import DataImportError

# How many problems one report lists before it says how many more there are.
MAX_REPORTED_ERRORS = 20


class RowError(DataImportError):
    """A problem with one value of one row.

    row is the spreadsheet row number (the header is row 1), column the header of the column at
    fault.
    """

    def __init__(self, row, column, message, params=None):
        super().__init__(message, params)
        self.row = row
        self.column = column

    def __str__(self):
        return str(_("Row %(row)s, column “%(column)s”: %(message)s")) % {
            "row": self.row,
            "column": self.column,
            "message": self.text,
        }


class ImportFailed(DataImportError):
    """Every problem of a file, raised before anything is applied."""

    def __init__(self, errors):
        self.errors = list(errors)
        super().__init__(
            ngettext_lazy(
                "The file has %(count)s problem; nothing was imported.",
                "The file has %(count)s problems; nothing was imported.",
                "count",
            ),
            {"count": len(self.errors)},
        )

    def lines(self, limit=MAX_REPORTED_ERRORS):
        shown = [str(error) for error in self.errors[:limit]]
        if len(self.errors) > limit:
            more = len(self.errors) - limit
            shown.append(str(_("… and %(count)s more.")) % {"count": more})
        return shown

    def __str__(self):
        return "\n".join([self.text, *self.lines()])


class Row(dict):
    """One data row: values by column header, and the row's number.

    Values are stripped of surrounding white space. problem: the RowError of a malformed row (too
    many or too few fields), which validate_rows() reports instead of checking the row.
    """

    def __init__(self, number, values, problem=None):
        super().__init__(values)
        self.number = number
        self.problem = problem

    def error(self, column, message, params=None):
        return RowError(self.number, column, message, params)


def read_csv(path, required, optional=()):
    """The header and the Rows of a UTF-8 CSV file (a byte-order mark is fine).

    Raises DataImportError when the file cannot be read, lacks a required column or has a column
    twice. Empty lines are skipped; columns that are neither required nor optional are ignored.
    """
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            records = list(csv.reader(handle))
    except FileNotFoundError:
        raise DataImportError(_("No such file.")) from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DataImportError(
            _("This is not a readable UTF-8 CSV file: %(error)s"), {"error": exc}
        ) from None

    if not records:
        raise DataImportError(_("The file is empty."))
    header = [column.strip() for column in records[0]]
    missing = [column for column in required if column not in header]
    if missing:
        raise DataImportError(
            ngettext_lazy(
                "The file lacks the column %(missing)s; its columns are %(header)s.",
                "The file lacks the columns %(missing)s; its columns are %(header)s.",
                "count",
            ),
            {"missing": ", ".join(missing), "header": ", ".join(header), "count": len(missing)},
        )
    duplicated = sorted({column for column in header if header.count(column) > 1 and column})
    if duplicated:
        raise DataImportError(
            ngettext_lazy(
                "The file has the column %(columns)s more than once.",
                "The file has the columns %(columns)s more than once.",
                "count",
            ),
            {"columns": ", ".join(duplicated), "count": len(duplicated)},
        )

    wanted = [(i, column) for i, column in enumerate(header) if column in {*required, *optional}]
    rows = []
    for number, record in enumerate(records[1:], start=2):
        if not any(value.strip() for value in record):
            continue
        problem = None
        if len(record) != len(header):
            problem = RowError(
                number,
                header[len(record)] if len(record) < len(header) else header[-1],
                _("%(found)s fields where the header has %(expected)s."),
                {"found": len(record), "expected": len(header)},
            )
            record = [*record, *[""] * len(header)]
        rows.append(Row(number, {column: record[i].strip() for i, column in wanted}, problem))
    return header, rows


def check_riding_code(row, column="code"):
    """The row's five-digit riding code; a RowError when it is not one."""
    code = row[column]
    problem = riding_code_problem(code)
    if problem:
        raise row.error(column, *problem)
    return code


def check_province(row, column="province"):
    """The row's two-letter province or territory code, upper-cased.

    A RowError when it is not one.
    """
    province = row[column].upper()
    if province not in PROVINCES:
        raise row.error(
            column,
            _("“%(value)s” is not a province or territory code (%(choices)s)."),
            {"value": row[column], "choices": ", ".join(sorted(PROVINCES))},
        )
    return province


def check_text(row, column, max_length, required=True):
    value = row.get(column, "")
    if required and not value:
        raise row.error(column, _("This value is required."))
    if len(value) > max_length:
        raise row.error(
            column,
            _("“%(value)s” is longer than %(max)s characters."),
            {"value": value, "max": max_length},
        )
    return value


def check_date(row, column):
    """The row's ISO date (YYYY-MM-DD), None when empty; a RowError otherwise."""
    value = row.get(column, "")
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise row.error(
            column, _("“%(value)s” is not a date (YYYY-MM-DD)."), {"value": value}
        ) from None


def assign_changed(instance, values):
    """Set `values` on `instance`; whether any of them changed it."""
    changed = any(getattr(instance, field) != value for field, value in values.items())
    for field, value in values.items():
        setattr(instance, field, value)
    return changed


def validate_rows(rows, check):
    """check(row) for every row.

    The list of its results, or ImportFailed with every RowError it raised and every malformed
    row's.
    """
    results, errors = [], []
    for row in rows:
        try:
            if row.problem:
                raise row.problem
            results.append(check(row))
        except RowError as error:
            errors.append(error)
    if errors:
        raise ImportFailed(errors)
    return results
