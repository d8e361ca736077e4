"""What the import-export resources of the admin share.

Reading spreadsheet cells (CSV gives text, XLSX numbers and dates), keeping exported text that a
spreadsheet would run as a formula text, and making an import all or nothing.

Formula escaping (OWASP "CSV injection"): a cell starting with =, +, -, @, a tab or a carriage
return is exported with a leading apostrophe, which Excel and LibreOffice show as text and never
evaluate, in CSV and XLSX alike (openpyxl would otherwise write "=..." as a formula). Importing a
file we exported removes that apostrophe again, so an export round-trips.
"""

import datetime
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from import_export import resources

from spreadsheets.errors import DataImportError
from spreadsheets.formulas import escape_formula, unescape_formula

# The House of Commons export writes dates as "2025-04-28 12:00:00 AM".
_DATE_PREFIX = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")


def cell_text(value):
    """A cell as stripped text.

    "" for an empty cell, "10001" for the number 10001 (XLSX stores codes typed as numbers as
    floats), ISO for a date.
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return unescape_formula(str(value).strip())


def cell_date(value):
    """A cell as a date: None when empty; ValueError when it is not a date.

    Takes ISO dates, with a time after them or not, and the dates and date-times of XLSX cells.
    """
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = cell_text(value)
    if not text:
        return None
    match = _DATE_PREFIX.match(text)
    if not match:
        raise ValueError(text)
    return datetime.date(*map(int, match.groups()))


def row_values(row):
    """A row of import-export's dataset as {stripped header: cell_text}.

    The cells of columns that have no header are left out.
    """
    return {str(key).strip(): cell_text(value) for key, value in row.items() if key}


class NotApplied(DataImportError):
    """Raised after the last row of a real import that had invalid rows.

    It makes import-export roll the whole import back (a base error), so a file is applied entirely
    or not at all even when the caller did not ask for rollback_on_validation_errors.
    """


class SpreadsheetResource(resources.ModelResource):
    """A ModelResource that exports formula-safe text and never applies part of a file.

    Subclasses set `required_columns` (headers a file must have for this resource to read
    it) and `format_label` (what the admin calls the format).
    """

    required_columns: tuple[str, ...] = ()
    format_label = ""

    def export_field(self, field, instance, **kwargs):
        return escape_formula(super().export_field(field, instance, **kwargs))

    def get_export_headers(self, selected_fields=None):
        return [escape_formula(h) for h in super().get_export_headers(selected_fields)]

    def missing_columns(self, headers):
        present = {str(header).strip() for header in headers or ()}
        return [column for column in self.required_columns if column not in present]

    def before_import(self, dataset, **kwargs):
        missing = self.missing_columns(dataset.headers)
        if missing:
            raise DataImportError(
                ngettext_lazy(
                    "The file lacks the column %(missing)s needed for %(format)s.",
                    "The file lacks the columns %(missing)s needed for %(format)s.",
                    "count",
                ),
                {
                    "missing": ", ".join(missing),
                    "format": self.format_label,
                    "count": len(missing),
                },
            )
        super().before_import(dataset, **kwargs)

    def import_data_inner(self, dataset, dry_run, raise_errors, using_transactions, *args, **kw):
        # A file without the columns we need: one clear error, rather than one per row.
        if self.missing_columns(dataset.headers):
            result = self.get_result_class()()
            result.total_rows = len(dataset)
            try:
                self.before_import(dataset, **kw)
            except DataImportError as error:
                self.handle_import_error(result, error, raise_errors)
            return result
        return super().import_data_inner(
            dataset, dry_run, raise_errors, using_transactions, *args, **kw
        )

    def after_import(self, dataset, result, **kwargs):
        super().after_import(dataset, result, **kwargs)
        if result.has_validation_errors() and not kwargs.get("dry_run"):
            raise NotApplied(
                ngettext_lazy(
                    "%(count)s row is invalid; nothing was imported.",
                    "%(count)s rows are invalid; nothing was imported.",
                    "count",
                ),
                {"count": len(result.invalid_rows)},
            )


class PlannedRowResource(SpreadsheetResource):
    """A resource that decides each row before import-export looks at it.

    Its before_import_row sets `self.planned` to (instance, new, values, changed): the instance to
    write (new or not), the attribute values to give it, and whether that changes anything.
    Deciding in one place lets a row's checks see the whole file (duplicates, existing rows) and
    keeps unchanged rows out of the counts.
    """

    def get_or_init_instance(self, instance_loader, row):
        instance, new, _values, _changed = self.planned
        return instance, new

    def import_instance(self, instance, row, **kwargs):
        for name, value in self.planned[2].items():
            setattr(instance, name, value)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        return not self.planned[3]


def row_error(column, message, params=None):
    """A ValidationError of one row naming its column, as import-export reports it."""
    text = str(message % params) if params else str(message)
    return ValidationError({column: [text]})


REQUIRED = _("This value is required.")


def within_length(column, value, max_length):
    """The value when it fits the model field; a row error naming the column otherwise.

    A max_length of None means no limit.
    """
    if max_length and len(value) > max_length:
        raise row_error(
            column,
            _("“%(value)s” is longer than %(max)s characters."),
            {"value": value, "max": max_length},
        )
    return value


def clean_cell(column, clean, value):
    """clean(value), a cleaner raising Django's ValidationError (as form fields' do).

    When it raises: a row error naming the column, with the cleaner's messages.
    """
    try:
        return clean(value)
    except ValidationError as error:
        raise ValidationError({column: error.messages}) from None
