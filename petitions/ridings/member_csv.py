"""Members of Parliament from a CSV file.

A file such as Elections Canada's results (mps_2025.csv): one row per riding, with the columns
given_name, surname, and code or riding_name_en (optionally province, middle_names, party,
post_election_notes; other columns are ignored). The import_members command runs it.

Each row is matched to a riding of the current (2023) representation order by its code, or, when
the file has no code, by its name as ridings.names normalizes it (dashes, apostrophes, œ, case and
accents do not matter), narrowed to the row's province when the name alone is ambiguous. Rows
follow the MP history rules (petitions/ridings/mp_history.py), shared with the admin's import and
sync_members. Email, office address, honorific and preferred language are never touched (the file
has none; organizers may have set them).

post_election_notes is prose (a floor crossing, a by-election): it is not parsed, only counted; the
House of Commons import applies such changes. Every row is checked before anything is saved: one
bad row, and nothing is.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from petitions.models import CURRENT_REPRESENTATION_ORDER, Member, Riding
from petitions.ridings.csv_import import (
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
from spreadsheets.errors import DataImportError

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
    """Checks one row at a time against the current ridings.

    A riding given twice is reported on its second row. Collects warnings (a riding name that does
    not fit its code).
    """

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
    """Apply checked MemberRecords whose MPs took their seats on active_from.

    The rules are those of petitions.ridings.mp_history; a party change on that same day corrects
    the party. Returns a Counter of created, updated, unchanged, closed and skipped.
    """
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


@dataclass
class MemberFileImport:
    """What importing an MP file did."""

    rows: int
    counts: Counter = field(default_factory=Counter)
    # Rows whose riding name does not fit their code (matched by the code).
    warnings: list = field(default_factory=list)
    # (row number, MemberRecord) of the rows with post-election notes, not applied.
    with_notes: list = field(default_factory=list)
    # How many current ridings have no row in the file.
    missing: int = 0


def import_member_file(path, active_from):
    """Check and import an MP CSV file whose MPs took their seats on `active_from`.

    Call it inside a transaction. Raises DataImportError (ImportFailed with every row's problems)
    when the file is not right or there are no current ridings, before anything is saved.
    """
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
    counts = import_members([record for _number, record, _notes in checked], active_from)
    return MemberFileImport(
        rows=len(rows),
        counts=counts,
        warnings=checker.warnings,
        with_notes=[(number, record) for number, record, notes in checked if notes],
        missing=len(ridings) - len(checked),
    )
