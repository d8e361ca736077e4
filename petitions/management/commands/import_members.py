"""`manage.py import_members [PATH] [--active-from YYYY-MM-DD] [--dry-run]`: load Members of
Parliament from a CSV file such as Elections Canada's results (mps_2025.csv): one row per
riding, with the columns given_name, surname, and code or riding_name_en (optionally province,
middle_names, party, post_election_notes; other columns are ignored).

Without PATH it reads mps_2025.csv from settings.RIDING_DATA_DIR. Each row is matched to a
riding of the current (2023) representation order by its code, or, when the file has no code,
by its name as petitions.names normalizes it (dashes, apostrophes, œ, case and accents do not
matter), narrowed to the row's province when the name alone is ambiguous.

--active-from is the day the file's MPs took their seats (default: the 2025 general election,
2025-04-28). For each riding:
- no current MP (active_to empty): one is created;
- the same person (same surname and first given name, spelled in any normalized way): names
  and party are updated in place; a different party from a later date opens a new row
  instead, so the floor crossing stays in the history;
- a different person: the current row is closed (active_to = the new row's active_from) and a
  new current row is created, so history is kept;
- a current MP on record since after --active-from (a by-election or floor crossing imported
  later) is newer than the file: left as it is and counted as skipped.
Email, office address, honorific and preferred language are never touched: organizers may have
set them. The preferred language stays empty, which means French for Quebec ridings.

post_election_notes is prose (a floor crossing, a by-election): it is not parsed, only counted;
the House of Commons import applies such changes. Every row is checked before anything is
saved: one bad row, and nothing is."""

import argparse
import datetime
from collections import Counter
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from petitions.importing import (
    DataImportError,
    ImportCommand,
    assign_changed,
    check_province,
    check_riding_code,
    check_text,
    read_csv,
    validate_rows,
)
from petitions.models import CURRENT_REPRESENTATION_ORDER, Member, Riding
from petitions.names import RidingNameIndex, normalize_person_name, normalize_riding_name

# The 45th general election; the MPs of mps_2025.csv took their seats from then.
GENERAL_ELECTION_2025 = datetime.date(2025, 4, 28)
REQUIRED_COLUMNS = ("given_name", "surname")
RIDING_COLUMNS = ("code", "riding_name_en")
OPTIONAL_COLUMNS = (*RIDING_COLUMNS, "province", "middle_names", "party", "post_election_notes")
NAME_MAX_LENGTH = Member._meta.get_field("first_name").max_length
PARTY_MAX_LENGTH = Member._meta.get_field("party").max_length
NAME_FIELDS = ("first_name", "last_name", "party")


@dataclass
class MemberRow:
    number: int
    riding: Riding
    first_name: str
    last_name: str
    party: str
    notes: str

    def is_same_person(self, member):
        def key(first_name, last_name):
            given = normalize_person_name(first_name).split(" ")[:1]
            return given, normalize_person_name(last_name)

        return key(member.first_name, member.last_name) == key(self.first_name, self.last_name)


class MemberRowChecker:
    """Checks one row at a time against the current ridings; a riding given twice is reported
    on its second row. Collects warnings (a riding name that does not fit its code)."""

    def __init__(self, ridings):
        self.by_code = {riding.code: riding for riding in ridings}
        self.names = RidingNameIndex(ridings)
        self.seen = {}
        self.warnings = []

    def riding(self, row, province):
        code, name = row.get("code", ""), row.get("riding_name_en", "")
        if code:
            check_riding_code(row)
            riding = self.by_code.get(code)
            if riding is None:
                raise row.error(
                    "code",
                    _("No riding of the %(order)s representation order has the code %(code)s."),
                    {"order": CURRENT_REPRESENTATION_ORDER.value, "code": code},
                )
            if province and riding.province != province:
                raise row.error(
                    "province",
                    _("“%(value)s” is not the province of riding %(code)s (%(expected)s)."),
                    {"value": province, "code": code, "expected": riding.province},
                )
            known = {normalize_riding_name(riding.name_en), normalize_riding_name(riding.name_fr)}
            if name and normalize_riding_name(name) not in known:
                self.warnings.append(
                    f"Row {row.number}: riding name “{name}” is not the name of riding "
                    f"{code} ({riding.name_en}); matched by the code."
                )
            return riding
        if not name:
            raise row.error(
                "code" if "code" in row else "riding_name_en",
                _("Give the riding's code or its name."),
            )
        candidates = self.names.candidates(name, province)
        if not candidates:
            raise row.error(
                "riding_name_en",
                _("No riding of the %(order)s representation order is named “%(name)s”%(where)s."),
                {
                    "order": CURRENT_REPRESENTATION_ORDER.value,
                    "name": name,
                    "where": f" ({province})" if province else "",
                },
            )
        if len(candidates) > 1:
            raise row.error(
                "riding_name_en",
                _("“%(name)s” is the name of several ridings (%(codes)s): give the code."),
                {"name": name, "codes": ", ".join(riding.code for riding in candidates)},
            )
        return candidates[0]

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
        return MemberRow(
            number=row.number,
            riding=riding,
            first_name=first_name,
            last_name=check_text(row, "surname", NAME_MAX_LENGTH),
            party=check_text(row, "party", PARTY_MAX_LENGTH, required=False),
            notes=row.get("post_election_notes", ""),
        )


def import_members(rows, active_from):
    """Apply checked MemberRows whose MPs took their seats on active_from; a Counter of
    created, updated, unchanged, closed and skipped."""
    current = {
        member.riding_id: member
        for member in Member.objects.current().filter(riding__in=[row.riding for row in rows])
    }
    counts = Counter()
    to_create, to_update, to_close = [], [], []
    for row in rows:
        member = current.get(row.riding.pk)
        values = {"first_name": row.first_name, "last_name": row.last_name, "party": row.party}
        if member is not None and member.active_from and member.active_from > active_from:
            counts["skipped"] += 1
            continue
        if member is not None and row.is_same_person(member):
            new_party = member.party and row.party and member.party != row.party
            starts_later = member.active_from is None or member.active_from < active_from
            if not (new_party and starts_later):
                if assign_changed(member, values):
                    to_update.append(member)
                    counts["updated"] += 1
                else:
                    counts["unchanged"] += 1
                continue
        if member is not None:
            member.active_to = active_from
            to_close.append(member)
            counts["closed"] += 1
        to_create.append(Member(riding=row.riding, active_from=active_from, **values))
        counts["created"] += 1
    # Close first: a riding has one current member at a time.
    Member.objects.bulk_update(to_close, ["active_to"])
    Member.objects.bulk_update(to_update, NAME_FIELDS)
    Member.objects.bulk_create(to_create)
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
        counts = import_members(checked, active_from)

        notes = [f"{path}: {len(rows)} rows, MPs in office from {active_from.isoformat()}."]
        notes += checker.warnings
        with_notes = [row for row in checked if row.notes]
        if with_notes:
            listed = "; ".join(f"row {row.number} ({row.riding.code})" for row in with_notes)
            notes.append(
                f"{len(with_notes)} rows have post-election notes, not applied (the House of "
                f"Commons import handles by-elections and floor crossings): {listed}."
            )
        missing = len(ridings) - len(checked)
        if missing:
            notes.append(f"{missing} current ridings have no row in the file.")
        if counts["skipped"]:
            notes.append(
                f"{counts['skipped']} ridings kept their MP: on record since after "
                f"{active_from.isoformat()}, newer than the file."
            )
        return counts, notes
