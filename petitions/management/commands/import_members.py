"""`manage.py import_members`: load Members of Parliament from a CSV file.

Usage: `manage.py import_members [PATH] [--active-from YYYY-MM-DD] [--dry-run]`. The file is one
such as Elections Canada's results (mps_2025.csv), read with petitions/ridings/member_csv.py: one
row per riding, with the columns given_name, surname, and code or riding_name_en (optionally
province, middle_names, party, post_election_notes; other columns are ignored).

Without PATH it reads mps_2025.csv from settings.RIDING_DATA_DIR. Each row is matched to a
riding of the current (2023) representation order by its code, or, when the file has no code,
by its name as ridings.names normalizes it (dashes, apostrophes, œ, case and accents do not
matter), narrowed to the row's province when the name alone is ambiguous.

--active-from is the day the file's MPs took their seats (default: the 2025 general election,
2025-04-28). Each row follows the MP history rules, shared with the admin's import and
sync_members:
- no current MP (active_to empty): one is created;
- the same person (same surname and first given name, spelled in any normalized way): names
  and party are updated in place; a different party from a later date opens a new row
  instead, so the floor crossing stays in the history;
- a different person: the current row is closed (active_to = the new row's active_from) and a
  new current row is created, so history is kept;
- a current MP on record since after --active-from (a by-election or floor crossing imported
  later) is newer than the file: left as it is and counted as skipped.
Email, office address, honorific and preferred language are never touched (the file has
none; organizers may have set them), and a new row for the same person keeps them. The
preferred language stays empty, which means French for Quebec ridings.

post_election_notes is prose (a floor crossing, a by-election): it is not parsed, only counted;
the House of Commons import applies such changes. Every row is checked before anything is
saved: one bad row, and nothing is.
"""

import argparse
import datetime

from django.utils.translation import gettext, ngettext

from petitions.management.import_command import ImportCommand
from petitions.ridings.member_csv import GENERAL_ELECTION_2025, import_member_file


def iso_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


class Command(ImportCommand):
    help = "Import Members of Parliament (one per riding) from a CSV file."
    default_filename = "mps_2025.csv"
    outcomes = ("created", "updated", "unchanged", "closed", "skipped")

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--active-from",
            type=iso_date,
            default=GENERAL_ELECTION_2025,
            help="the day the file's MPs took their seats (default: the 2025 general "
            "election, 2025-04-28)",
        )

    def run(self, path, options):
        active_from = options["active_from"]
        done = import_member_file(path, active_from)
        counts = done.counts

        day = active_from.isoformat()
        notes = [
            ngettext(
                "%(path)s: %(count)s row, MPs in office from %(day)s.",
                "%(path)s: %(count)s rows, MPs in office from %(day)s.",
                done.rows,
            )
            % {"path": path, "count": done.rows, "day": day}
        ]
        notes += done.warnings
        with_notes = done.with_notes
        if with_notes:
            listed = "; ".join(
                gettext("row %(row)s (%(code)s)") % {"row": number, "code": record.riding.code}
                for number, record in with_notes
            )
            notes.append(
                ngettext(
                    "%(count)s row has post-election notes, not applied (the House of Commons "
                    "import handles by-elections and floor crossings): %(rows)s.",
                    "%(count)s rows have post-election notes, not applied (the House of Commons "
                    "import handles by-elections and floor crossings): %(rows)s.",
                    len(with_notes),
                )
                % {"count": len(with_notes), "rows": listed}
            )
        missing = done.missing
        if missing:
            notes.append(
                ngettext(
                    "%(count)s current riding has no row in the file.",
                    "%(count)s current ridings have no row in the file.",
                    missing,
                )
                % {"count": missing}
            )
        if counts["skipped"]:
            notes.append(
                ngettext(
                    "%(count)s riding kept its MP: on record since after %(day)s, newer than "
                    "the file.",
                    "%(count)s ridings kept their MP: on record since after %(day)s, newer "
                    "than the file.",
                    counts["skipped"],
                )
                % {"count": counts["skipped"], "day": day}
            )
        return counts, notes
