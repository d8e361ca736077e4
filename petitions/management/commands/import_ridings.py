"""`manage.py import_ridings`: load federal ridings from a CSV file.

Usage: `manage.py import_ridings [PATH] [--representation-order 2023|2013] [--dry-run]`. The file
has the columns code, name_en, name_fr, province (petitions/ridings/riding_csv.py).

Without PATH it reads ridings_2023.csv from settings.RIDING_DATA_DIR (with
--representation-order 2013: ridings_2013_legacy_338.csv). Without --representation-order the
file's columns decide: the 2013 legacy file also has valid_from and valid_through. Ridings are
keyed by (representation order, code), so 2013's codes never touch 2023's ridings.

Running it again updates names and provinces in place and never duplicates a riding. Ridings
that are in the database but not in the file are listed and left alone (MPs and signatures
point at them). Every row is checked before anything is saved: one bad row, and nothing is.
"""

from pathlib import Path

from django.conf import settings

from petitions.management.import_command import ImportCommand
from petitions.models import CURRENT_REPRESENTATION_ORDER, RepresentationOrder
from petitions.ridings.riding_csv import DEFAULT_FILES, import_riding_file

# How the output explains the representation order (RidingFileImport.chosen_by).
CHOSEN_BY = {
    "given": "--representation-order",
    "legacy columns": "the file has valid_from/valid_through",
    "default": "the default",
}


class Command(ImportCommand):
    help = "Import federal ridings (code, name_en, name_fr, province) from a CSV file."
    default_filename = DEFAULT_FILES[CURRENT_REPRESENTATION_ORDER]

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--representation-order",
            type=int,
            choices=RepresentationOrder.values,
            help="2023 (current) or 2013 (legacy); default: 2013 when the file has "
            "valid_from/valid_through columns, else 2023",
        )

    def default_path(self, options):
        order = options["representation_order"] or CURRENT_REPRESENTATION_ORDER
        return Path(settings.RIDING_DATA_DIR) / DEFAULT_FILES[order]

    def run(self, path, options):
        done = import_riding_file(path, options["representation_order"])
        order, absent = done.representation_order, done.absent
        legacy = " (legacy)" if order != CURRENT_REPRESENTATION_ORDER else ""
        notes = [
            f"{path}: {done.rows} rows, {order.value} representation order{legacy} "
            f"({CHOSEN_BY[done.chosen_by]})."
        ]
        if absent:
            notes.append(
                f"{len(absent)} ridings of this order are in the database but not in the file "
                f"(left as they are): {', '.join(absent[:20])}{' …' if len(absent) > 20 else ''}"
            )
        return done.counts, notes
