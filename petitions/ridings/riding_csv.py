"""Federal ridings from a CSV file with the columns code, name_en, name_fr, province.

The import_ridings command runs it; the admin's riding import checks its rows with RidingRowChecker
too.

The 2013 legacy file (ridings_2013_legacy_338.csv) also has valid_from and valid_through. Ridings
are keyed by (representation order, code), so 2013's codes never touch 2023's ridings. Importing a
file again updates names and provinces in place and never duplicates a riding. Ridings that are in
the database but not in the file are reported and left alone (MPs and signatures point at them).
Every row is checked before anything is saved: one bad row, and nothing is.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from petitions.models import CURRENT_REPRESENTATION_ORDER, RepresentationOrder, Riding
from petitions.ridings.cache import forget_ridings
from petitions.ridings.csv_import import (
    assign_changed,
    check_date,
    check_province,
    check_riding_code,
    check_text,
    read_csv,
    validate_rows,
)
from petitions.ridings.provinces import PROVINCE_BY_CODE_PREFIX

REQUIRED_COLUMNS = ("code", "name_en", "name_fr", "province")
# Only the 2013 legacy file has these; they are checked, not stored.
LEGACY_COLUMNS = ("valid_from", "valid_through")
DEFAULT_FILES = {
    RepresentationOrder.RO_2023: "ridings_2023.csv",
    RepresentationOrder.RO_2013: "ridings_2013_legacy_338.csv",
}
FIELDS = ("name_en", "name_fr", "province")
NAME_MAX_LENGTH = Riding._meta.get_field("name_en").max_length


class RidingRowChecker:
    """Checks one row at a time.

    It remembers the codes seen, so that a code given twice is reported on its second row.
    """

    def __init__(self):
        self.seen = {}

    def __call__(self, row):
        code = check_riding_code(row)
        province = check_province(row)
        if PROVINCE_BY_CODE_PREFIX[code[:2]] != province:
            raise row.error(
                "province",
                _("“%(value)s” does not match the code %(code)s, a riding of %(expected)s."),
                {"value": province, "code": code, "expected": PROVINCE_BY_CODE_PREFIX[code[:2]]},
            )
        if code in self.seen:
            raise row.error(
                "code",
                _("%(code)s is also on row %(first)s."),
                {"code": code, "first": self.seen[code]},
            )
        self.seen[code] = row.number
        valid_from = check_date(row, "valid_from")
        valid_through = check_date(row, "valid_through")
        if valid_from and valid_through and valid_through < valid_from:
            raise row.error("valid_through", _("The riding ends before it starts."))
        values = {
            "name_en": check_text(row, "name_en", NAME_MAX_LENGTH),
            "name_fr": check_text(row, "name_fr", NAME_MAX_LENGTH),
            "province": province,
        }
        return code, values


def import_ridings(rows, representation_order):
    """Create or update the ridings of one representation order from checked rows.

    The rows are (code, values) pairs. Returns a Counter of created, updated and unchanged, and the
    codes of the order's ridings that the rows do not mention.
    """
    existing = {
        riding.code: riding
        for riding in Riding.objects.filter(representation_order=representation_order)
    }
    counts = Counter()
    to_create, to_update = [], []
    for code, values in rows:
        riding = existing.get(code)
        if riding is None:
            to_create.append(
                Riding(code=code, representation_order=representation_order, **values)
            )
            counts["created"] += 1
        elif assign_changed(riding, values):
            to_update.append(riding)
            counts["updated"] += 1
        else:
            counts["unchanged"] += 1
    Riding.objects.bulk_create(to_create)
    Riding.objects.bulk_update(to_update, FIELDS)
    transaction.on_commit(forget_ridings)
    mentioned = {code for code, _values in rows}
    return counts, sorted(set(existing) - mentioned)


@dataclass
class RidingFileImport:
    """What importing a riding file did."""

    rows: int
    representation_order: RepresentationOrder
    # Why that representation order: "given" (by the caller), "legacy columns" (the file
    # has valid_from/valid_through) or "default".
    chosen_by: str
    counts: Counter = field(default_factory=Counter)
    # Codes of the order's ridings that the file does not mention (left as they are).
    absent: list = field(default_factory=list)


def import_riding_file(path, representation_order=None):
    """Check and import a riding CSV file (call it inside a transaction).

    It imports the ridings of `representation_order`, or, when it is None, of the order the file's
    columns say (2013 for the legacy file, else the current one). Raises DataImportError
    (ImportFailed with every row's problems) when the file is not right, before anything is saved.
    """
    header, rows = read_csv(path, REQUIRED_COLUMNS, LEGACY_COLUMNS)
    order = representation_order
    if order:
        chosen_by = "given"
    elif set(LEGACY_COLUMNS) & set(header):
        order, chosen_by = RepresentationOrder.RO_2013, "legacy columns"
    else:
        order, chosen_by = CURRENT_REPRESENTATION_ORDER, "default"
    order = RepresentationOrder(order)
    checked = validate_rows(rows, RidingRowChecker())
    counts, absent = import_ridings(checked, order)
    return RidingFileImport(len(rows), order, chosen_by, counts, absent)
