"""`manage.py import_members [PATH] [--active-from YYYY-MM-DD] [--dry-run]`: load Members of
Parliament from a CSV file such as Elections Canada's results (mps_2025.csv): one row per
riding, with the columns given_name, surname, and code or riding_name_en (optionally province,
middle_names, party, post_election_notes; other columns are ignored).

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
saved: one bad row, and nothing is."""

import argparse
import datetime
from collections import Counter

from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from petitions.models import CURRENT_REPRESENTATION_ORDER, Member, Riding
from petitions.ridings.csv_import import (
    DataImportError,
    ImportCommand,
    check_province,
    check_text,
    read_csv,
    validate_rows,
)
from petitions.ridings.mp_history import (
    CREATE,
    PERSONAL_FIELDS,
    UPDATE,
    MemberRecord,
    RidingFinder,
    RidingNotFound,
    plan_change,
)

# The 45th general election; the MPs of mps_2025.csv took their seats from then.
GENERAL_ELECTION_2025 = datetime.date(2025, 4, 28)
REQUIRED_COLUMNS = ("given_name", "surname")
RIDING_COLUMNS = ("code", "riding_name_en")
OPTIONAL_COLUMNS = (*RIDING_COLUMNS, "province", "middle_names", "party", "post_election_notes")
NAME_MAX_LENGTH = Member._meta.get_field("first_name").max_length
PARTY_MAX_LENGTH = Member._meta.get_field("party").max_length
NAME_FIELDS = ("first_name", "last_name", "party")
# How the MP history actions are counted (a record with no end date is never "close" or
# "past" here: the file has no end dates).
OUTCOMES = {
    "create": "created",
    "update": "updated",
    "unchanged": "unchanged",
    "newer": "skipped",
    "close": "closed",
    "past": "skipped",
}


class MemberRowChecker:
    """Checks one row at a time against the current ridings; a riding given twice is reported
    on its second row. Collects warnings (a riding name that does not fit its code)."""

    def __init__(self, ridings):
        self.finder = RidingFinder(ridings)
        self.seen = {}
        self.warnings = []

    def riding(self, row, province):
        code, name = row.get("code", ""), row.get("riding_name_en", "")
        columns = {"code": "code", "name": "riding_name_en", "province": "province"}
        try:
            if code:
                riding = self.finder.by_riding_code(code, province)
                if name and not self.finder.name_fits(riding, name):
                    self.warnings.append(
                        _(
                            "Row %(row)s: riding name “%(name)s” is not the name of riding "
                            "%(code)s (%(expected)s); matched by the code."
                        )
                        % {
                            "row": row.number,
                            "name": name,
                            "code": code,
                            "expected": riding.name_en,
                        }
                    )
                return riding
            if not name:
                raise row.error(
                    "code" if "code" in row else "riding_name_en",
                    _("Give the riding's code or its name."),
                )
            return self.finder.by_name(name, province)
        except RidingNotFound as problem:
            raise row.error(columns[problem.column], problem.message, problem.params) from None

    def __call__(self, row):
        province = check_province(row) if row.get("province") else None
        riding = self.riding(row, province)
        if riding.pk in self.seen:
            raise row.error(
                "code" if row.get("code") else "riding_name_en",
                _("Riding %(code)s is also on row %(first)s."),
                {"code": riding.code, "first": self.seen[riding.pk]},
            )
        self.seen[riding.pk] = row.number
        given_name = check_text(row, "given_name", NAME_MAX_LENGTH)
        first_name = " ".join(filter(None, [given_name, row.get("middle_names", "")]))
        if len(first_name) > NAME_MAX_LENGTH:
            raise row.error(
                "middle_names",
                _("The given and middle names are longer than %(max)s characters."),
                {"max": NAME_MAX_LENGTH},
            )
        record = MemberRecord(
            riding=riding,
            first_name=first_name,
            last_name=check_text(row, "surname", NAME_MAX_LENGTH),
            party=check_text(row, "party", PARTY_MAX_LENGTH, required=False),
        )
        return row.number, record, row.get("post_election_notes", "")


def import_members(records, active_from):
    """Apply checked MemberRecords whose MPs took their seats on active_from (the rules of
    petitions.ridings.mp_history; a party change on that same day corrects the party); a Counter of
    created, updated, unchanged, closed and skipped."""
    current = {
        member.riding_id: member
        for member in Member.objects.current().filter(
            riding__in=[record.riding for record in records]
        )
    }
    counts = Counter()
    changes = [
        plan_change(current.get(record.riding.pk), record, active_from) for record in records
    ]
    for change in changes:
        counts[OUTCOMES[change.action]] += 1
        if change.closes is not None:
            counts["closed"] += 1
    # Close first: a riding has one current member at a time.
    Member.objects.bulk_update([c.closes for c in changes if c.closes], ["active_to"])
    Member.objects.bulk_update(
        [c.member for c in changes if c.action == UPDATE], [*NAME_FIELDS, *PERSONAL_FIELDS]
    )
    Member.objects.bulk_create([c.member for c in changes if c.action == CREATE])
    return counts


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
        header, rows = read_csv(path, REQUIRED_COLUMNS, OPTIONAL_COLUMNS)
        if not set(RIDING_COLUMNS) & set(header):
            raise DataImportError(_("The file has neither a code nor a riding_name_en column."))
        ridings = list(Riding.objects.current())
        if not ridings:
            raise DataImportError(
                _(
                    "There are no ridings of the %(order)s representation order yet: "
                    "run import_ridings first."
                ),
                {"order": CURRENT_REPRESENTATION_ORDER.value},
            )
        checker = MemberRowChecker(ridings)
        checked = validate_rows(rows, checker)
        active_from = options["active_from"]
        counts = import_members([record for _number, record, _notes in checked], active_from)

        day = active_from.isoformat()
        notes = [
            ngettext(
                "%(path)s: %(count)s row, MPs in office from %(day)s.",
                "%(path)s: %(count)s rows, MPs in office from %(day)s.",
                len(rows),
            )
            % {"path": path, "count": len(rows), "day": day}
        ]
        notes += checker.warnings
        with_notes = [(number, record) for number, record, notes in checked if notes]
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
        missing = len(ridings) - len(checked)
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
