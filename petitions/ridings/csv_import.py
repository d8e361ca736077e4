"""What the riding and MP importers share: reading a CSV file into numbered rows, the error
that names a row and a column, riding-code facts, and the base of their management commands.

Rows are numbered as a spreadsheet shows them: the header is row 1, the first data row row 2.
An import first checks every row and reports every problem it finds; only a file without
problems is applied, in one transaction, so a bad file changes nothing."""

import csv
import datetime
import functools
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from localflavor.ca.ca_provinces import PROVINCE_CHOICES

from petitions.ridings.names import normalize_riding_name

PROVINCES = {code for code, _name in PROVINCE_CHOICES}

# The first two digits of a federal riding code give its province or territory.
PROVINCE_BY_CODE_PREFIX = {
    "10": "NL",
    "11": "PE",
    "12": "NS",
    "13": "NB",
    "24": "QC",
    "35": "ON",
    "46": "MB",
    "47": "SK",
    "48": "AB",
    "59": "BC",
    "60": "YT",
    "61": "NT",
    "62": "NU",
}
CODE_PREFIX_BY_PROVINCE = {
    province: prefix for prefix, province in PROVINCE_BY_CODE_PREFIX.items()
}

# Names of provinces that PROVINCE_CHOICES lacks: the French ones (localflavor has no French
# catalogue) and older English ones.
FRENCH_PROVINCE_NAMES = {
    "Terre-Neuve-et-Labrador": "NL",
    "Île-du-Prince-Édouard": "PE",
    "Nouvelle-Écosse": "NS",
    "Nouveau-Brunswick": "NB",
    "Québec": "QC",
    "Colombie-Britannique": "BC",
    "Territoires du Nord-Ouest": "NT",
    "Yukon Territory": "YT",
    "Newfoundland": "NL",
}

# How many problems one report lists before it says how many more there are.
MAX_REPORTED_ERRORS = 20


class DataImportError(Exception):
    """A problem with an imported file. The message is a lazy translatable string with
    %(name)s placeholders filled from params when shown, so that the admin can show it in the
    user's language."""

    def __init__(self, message, params=None):
        super().__init__(message)
        self.message = message
        self.params = params or {}

    @property
    def text(self):
        return str(self.message % self.params) if self.params else str(self.message)

    def __str__(self):
        return self.text


class RowError(DataImportError):
    """A problem with one value of one row: row is the spreadsheet row number (the header is
    row 1), column the header of the column at fault."""

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
    """One data row: values by column header, stripped of surrounding white space, and the
    row's number. problem: the RowError of a malformed row (too many or too few fields),
    which validate_rows() reports instead of checking the row."""

    def __init__(self, number, values, problem=None):
        super().__init__(values)
        self.number = number
        self.problem = problem

    def error(self, column, message, params=None):
        return RowError(self.number, column, message, params)


def read_csv(path, required, optional=()):
    """The header and the Rows of a UTF-8 CSV file (a byte-order mark is fine). Raises
    DataImportError when the file cannot be read, lacks a required column or has a column
    twice. Empty lines are skipped; columns that are neither required nor optional are
    ignored."""
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
    if not (len(code) == 5 and code.isascii() and code.isdigit()):
        raise row.error(column, _("“%(value)s” is not a five-digit riding code."), {"value": code})
    if code[:2] not in PROVINCE_BY_CODE_PREFIX:
        raise row.error(
            column,
            _("“%(value)s” does not start with a province's two digits (10 to 62)."),
            {"value": code},
        )
    return code


def check_province(row, column="province"):
    """The row's two-letter province or territory code, upper-cased; a RowError when it is
    not one."""
    province = row[column].upper()
    if province not in PROVINCES:
        raise row.error(
            column,
            _("“%(value)s” is not a province or territory code (%(choices)s)."),
            {"value": row[column], "choices": ", ".join(sorted(PROVINCES))},
        )
    return province


def province_code(value):
    """The two-letter code of a province or territory given by its code or its English or
    French name, in any case and with or without accents ("Québec", "British Columbia",
    "Colombie-Britannique", "bc"); None when it is none of them."""
    key = normalize_riding_name(value)
    if not key:
        return None
    if key.upper() in PROVINCES:
        return key.upper()
    return _provinces_by_name().get(key)


@functools.cache
def _provinces_by_name():
    names = {}
    for language in ("en", "fr"):
        with translation.override(language):
            for code, name in PROVINCE_CHOICES:
                names[normalize_riding_name(str(name))] = code
    for name, code in FRENCH_PROVINCE_NAMES.items():
        names[normalize_riding_name(name)] = code
    return names


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
    """check(row) for every row; the list of its results, or ImportFailed with every
    RowError it raised and every malformed row's."""
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


class Rollback(Exception):
    """Raised inside the transaction of a dry run, so that nothing is applied."""


class ImportCommand(BaseCommand):
    """A management command importing one CSV file: PATH (default: default_filename in
    settings.RIDING_DATA_DIR) and --dry-run. Subclasses implement run(path, options),
    returning a Counter of outcomes and a list of notes to print; run() raises
    DataImportError for problems in the file, and is called inside one transaction."""

    default_filename = ""
    # The outcomes always printed, in this order (others follow when they occurred).
    outcomes = ("created", "updated", "unchanged")

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            help=f"the CSV file (default: {self.default_filename} in settings.RIDING_DATA_DIR)",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="check the file and report what would change, without saving anything",
        )

    def default_path(self, options):
        return Path(settings.RIDING_DATA_DIR) / self.default_filename

    def handle(self, *args, **options):
        path = Path(options["path"]) if options["path"] else self.default_path(options)
        started = time.monotonic()
        try:
            with transaction.atomic():
                counts, notes = self.run(path, options)
                if options["dry_run"]:
                    raise Rollback
        except Rollback:
            pass
        except DataImportError as error:
            raise CommandError(f"{path}: {error}") from None

        for note in notes:
            self.stdout.write(note)
        summary = ", ".join(
            f"{outcome} {counts[outcome]}"
            for outcome in [*self.outcomes, *(o for o in counts if o not in self.outcomes)]
        )
        prefix = "Dry run, nothing saved: would be " if options["dry_run"] else ""
        self.stdout.write(
            self.style.SUCCESS(f"{prefix}{summary} ({time.monotonic() - started:.2f} s).")
        )

    def run(self, path, options):
        raise NotImplementedError
