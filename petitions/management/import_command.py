"""The base of the commands that import one CSV file (import_ridings, import_members).

PATH, --dry-run, one transaction, and a summary of what changed. The files are read and checked by
petitions/ridings/csv_import.py and its siblings; a command only parses its arguments, calls them
and prints.
"""

import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from spreadsheets.errors import DataImportError


class Rollback(Exception):
    """Raised inside the transaction of a dry run, so that nothing is applied."""


class ImportCommand(BaseCommand):
    """A management command importing one CSV file.

    PATH (default: default_filename in settings.RIDING_DATA_DIR) and --dry-run. Subclasses
    implement run(path, options), returning a Counter of outcomes and a list of notes to print;
    run() raises DataImportError for problems in the file, and is called inside one transaction.
    """

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
