"""Checking (dry run) and applying an ImportJob with django-import-export.

Plain functions, used by the admin views for small files and by the background tasks for large
ones.

A file is applied only when its check found no invalid row and no error, and then in one
transaction with `rollback_on_validation_errors`: if anything goes wrong on the way (the database
changed since the check), nothing is applied and the job reports why.
"""

import logging
from dataclasses import dataclass, field

import tablib
from django.core.cache import cache
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export.results import RowResult

from spreadsheets import column_matching, reading
from spreadsheets.models import ImportJob, JobStatus

logger = logging.getLogger(__name__)

# Per-row problems stored on a job and shown in the preview; the count says how many more.
MAX_STORED_ERRORS = 500
CONTROL_MESSAGE = gettext_lazy(
    "This cell holds an invisible control character (such as NUL), often left by a copy from "
    "another program: delete the cell's content and type it again."
)
# The progress bar moves every this many rows.
PROGRESS_EVERY = 500
PROGRESS_TTL = 60 * 60 * 24


class ApplyRefused(Exception):
    """The job cannot be applied (not checked, has problems, or already applied)."""


column_key = column_matching.column_key


def resource_columns(resource_class):
    """Every column name a resource reads, in its field order."""
    resource = resource_class()
    return [f.column_name for f in resource.get_import_fields() if f.column_name]


def choose_resource(resource_classes, headers):
    """The resource class to import with, and how its columns map to the headers.

    Returns (the first resource class whose required columns are all in `headers`, {header: the
    resource's column name}). Raises reading.FileError naming the missing columns of the first
    (primary) resource otherwise.
    """
    by_key = {column_key(header): header for header in headers}
    for resource_class in resource_classes:
        known = [*resource_columns(resource_class), *resource_class.required_columns]
        aliases = getattr(resource_class, "column_aliases", {})
        renames = {}
        for column in known:
            header = by_key.get(column_key(column))
            if header is not None and header != column:
                renames[header] = column
        for alias, column in aliases.items():
            header = by_key.get(column_key(alias))
            if header is not None and column not in renames.values() and column not in headers:
                renames[header] = column
        present = {renames.get(header, header) for header in headers}
        if all(column in present for column in resource_class.required_columns):
            return resource_class, renames
    primary = resource_classes[0]
    present = {column_key(header) for header in headers}
    present |= {
        column_key(column)
        for alias, column in getattr(primary, "column_aliases", {}).items()
        if column_key(alias) in present
    }
    missing = [c for c in primary.required_columns if column_key(c) not in present]
    raise reading.FileError(
        _(
            "The file lacks the column(s) %(missing)s needed for %(format)s; its columns "
            "are %(header)s."
        )
        % {
            "missing": ", ".join(missing),
            "format": primary.format_label,
            "header": ", ".join(headers) or "—",
        }
    )


def resource_path(resource_class):
    return f"{resource_class.__module__}.{resource_class.__qualname__}"


# --- Progress --------------------------------------------------------------------------------
#
# A job's progress is written to the shared cache, not to its row: the import runs inside one
# transaction, and nothing written in it (the job's row included) is visible to the web
# process polling the status until it commits. The cache is outside the transaction; every
# process shares it (Redis in production, a file-based cache under var/ with `make run`).


def progress_key(job_id):
    return f"imports:progress:{job_id}"


def report_progress(job_id, done, total):
    cache.set(progress_key(job_id), {"done": done, "total": total}, PROGRESS_TTL)


def read_progress(job_id):
    return cache.get(progress_key(job_id)) or {}


class ProgressDataset(tablib.Dataset):
    """A Dataset that reports how many rows were read as import-export iterates it.

    Every resource thus gets a progress bar without knowing about it.
    """

    def __init__(self, source, on_progress):
        super().__init__(headers=source.headers)
        self._data = source._data
        self.row_numbers = getattr(source, "row_numbers", None)
        self.on_progress = on_progress

    def __iter__(self):
        total = len(self._data)
        for index, row in enumerate(self._data):
            if index % PROGRESS_EVERY == 0:
                self.on_progress(index, total)
            yield row.tuple
        self.on_progress(total, total)


# --- Running ---------------------------------------------------------------------------------


@dataclass
class Outcome:
    rows: int = 0
    totals: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)  # {"row", "column", "message"}
    error_count: int = 0
    notes: list = field(default_factory=list)  # {"row", "column", "message"}
    note_count: int = 0
    ignored: list = field(default_factory=list)  # {"column", "suggestion"}
    message: str = ""

    @property
    def ok(self):
        return not self.error_count and not self.message


def user_message(error):
    """The message of an error a resource raises on purpose, else None.

    On purpose: a ValidationError, ValueError, LookupError, or any exception with a `message`
    attribute. Other errors, database errors first, may quote values of the file, which may be
    personal data.
    """
    if isinstance(error, ValidationError):
        return "; ".join(str(m) for m in error.messages)
    if isinstance(error, (ValueError, LookupError)) or hasattr(error, "message"):
        return str(error)
    return None


def _row_error_message(error):
    message = user_message(error)
    if message is None:
        logger.warning("Import row failed with %s", type(error).__name__)
        message = _("Unexpected error (%(type)s).") % {"type": type(error).__name__}
    return message


def collect(result, resource, row_numbers):
    """The Outcome of an import-export Result."""
    columns = {}
    for f in resource.get_import_fields():
        if f.attribute:
            columns.setdefault(f.attribute, f.column_name)
        columns.setdefault(f.column_name, f.column_name)

    def row_number(number):
        index = (number or 0) - 1
        return row_numbers[index] if 0 <= index < len(row_numbers) else number

    problems = []
    for invalid in result.invalid_rows:
        for key, messages in invalid.error_dict.items():
            column = "" if key == NON_FIELD_ERRORS else columns.get(key, key)
            for message in messages:
                problems.append(
                    {"row": row_number(invalid.number), "column": column, "message": message}
                )
    for error_row in result.error_rows:
        for error in error_row.errors:
            problems.append(
                {
                    "row": row_number(error_row.number),
                    "column": getattr(error.error, "column", ""),
                    "message": _row_error_message(error.error),
                }
            )
    problems.sort(key=lambda p: (p["row"] or 0, p["column"]))
    notes = [
        {**note, "row": row_number(note["row"])} for note in getattr(resource, "row_notes", [])
    ]
    message = ""
    if result.base_errors:
        said = [user_message(e.error) for e in result.base_errors]
        unexplained = sorted(
            {
                type(e.error).__name__
                for e, m in zip(result.base_errors, said, strict=True)
                if m is None
            }
        )
        if unexplained:
            logger.warning("Import failed with %s", ", ".join(unexplained))
            said.append(
                _(
                    "The import failed (%(errors)s): the database refused the rows. Check "
                    "the file and try again."
                )
                % {"errors": ", ".join(unexplained)}
            )
        message = " ".join(dict.fromkeys(m for m in said if m))
    totals = {
        "new": result.totals[RowResult.IMPORT_TYPE_NEW],
        "update": result.totals[RowResult.IMPORT_TYPE_UPDATE],
        "skip": result.totals[RowResult.IMPORT_TYPE_SKIP],
        "delete": result.totals[RowResult.IMPORT_TYPE_DELETE],
        "invalid": result.totals[RowResult.IMPORT_TYPE_INVALID],
        "error": result.totals[RowResult.IMPORT_TYPE_ERROR],
    }
    return Outcome(
        totals=totals,
        errors=problems[:MAX_STORED_ERRORS],
        error_count=len(problems),
        notes=notes[:MAX_STORED_ERRORS],
        note_count=len(notes),
        message=message,
    )


def load_table(job):
    return reading.read(bytes(job.data), job.file_name, job.file_format, job.encoding or "auto")


def run(job, dry_run, on_progress=None):
    """Import the job's file with its resource (a dry run, or for real) and return the Outcome.

    Reads nothing from and writes nothing to the job.
    """
    try:
        table = load_table(job)
        resource_class = import_string(job.resource)
        chosen, renames = choose_resource([resource_class], table.headers)
    except reading.FileError as error:
        return Outcome(message=str(error))
    dataset = table.dataset
    if renames:
        dataset.headers = [renames.get(h, h) for h in dataset.headers]
    ignored = column_matching.ignored_columns(
        dataset,
        [*resource_columns(chosen), *chosen.required_columns],
        getattr(chosen, "date_columns", ()),
    )
    if table.control_cells:
        message = str(CONTROL_MESSAGE)
        # A stray control character (NUL...) in a cell of a text file: that row and column.
        return Outcome(
            rows=len(table),
            errors=[
                # The column as the file heads it: what the organizer looks for.
                {"row": row, "column": header, "message": message}
                for row, header in table.control_cells[:MAX_STORED_ERRORS]
            ],
            error_count=len(table.control_cells),
            ignored=ignored,
        )
    # Resources that number rows themselves ("same email as row 7") read this.
    dataset.row_numbers = table.row_numbers
    if on_progress is not None:
        dataset = ProgressDataset(dataset, on_progress)
    resource = chosen()
    result = resource.import_data(
        dataset,
        dry_run=dry_run,
        raise_errors=False,
        use_transactions=True,
        collect_failed_rows=True,
        rollback_on_validation_errors=True,
        **job.options,
    )
    outcome = collect(result, resource, table.row_numbers)
    outcome.rows = len(table)
    outcome.ignored = ignored
    return outcome


def _save_outcome(job, outcome, status, **fields):
    job.totals = outcome.totals
    job.errors = outcome.errors
    job.error_count = outcome.error_count
    job.notes = outcome.notes
    job.note_count = outcome.note_count
    job.ignored_columns = outcome.ignored
    job.message = outcome.message
    job.status = status
    for name, value in fields.items():
        setattr(job, name, value)
    job.save()


def check(job):
    """The dry run: count what would be new, updated, skipped or invalid."""
    outcome = run(job, dry_run=True, on_progress=lambda d, t: report_progress(job.pk, d, t))
    fields = {"checked_at": timezone.now()}
    if outcome.rows:
        fields["total_rows"] = outcome.rows
    if not outcome.ok:
        # It will never be applied: drop the file (personal data) now.
        fields["data"] = b""
    _save_outcome(job, outcome, JobStatus.CHECKED, **fields)
    return outcome


def claim(job):
    """Mark a checked job as importing, once.

    A second click, or a second worker, gets ApplyRefused instead of importing the file twice.
    """
    if not job.can_apply:
        raise ApplyRefused
    claimed = ImportJob.objects.filter(pk=job.pk, status=JobStatus.CHECKED).update(
        status=JobStatus.IMPORTING
    )
    if not claimed:
        raise ApplyRefused
    job.status = JobStatus.IMPORTING
    report_progress(job.pk, 0, job.total_rows)


def apply(job):
    """Import a claimed job's file for real, all rows or none. The file is dropped after."""
    outcome = run(job, dry_run=False, on_progress=lambda d, t: report_progress(job.pk, d, t))
    status = JobStatus.DONE if outcome.ok else JobStatus.FAILED
    _save_outcome(job, outcome, status, applied_at=timezone.now(), data=b"")
    return outcome
