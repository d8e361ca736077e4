"""The riding and MP import-export resources (petitions/resources/ridings.py).

Called as the admin's Import button calls them (import_data with a dry run, then for real, in a
transaction), against the shared data files and the PostgreSQL test database.
"""

import csv
import datetime
import io

import openpyxl
import pytest
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils import timezone

from petitions.models import Member, RepresentationOrder, Riding
from petitions.resources.house_of_commons import HouseOfCommonsMemberResource
from petitions.resources.members import MemberResource
from petitions.resources.ridings import RidingResource
from tests.factories.imports import HOC_HEADER
from tests.factories.petitions import (
    ELECTION_2025,
    MPS_2025,
    RIDINGS_2023,
    data_file,
    given_names,
    mps_2025,
)
from tests.support.database import member_history, snapshot
from tests.support.resources import dataset, load, row_errors, run_import, totals

PROVINCE_NAMES = {
    "NL": "Newfoundland and Labrador",
    "PE": "Prince Edward Island",
    "NS": "Nova Scotia",
    "NB": "New Brunswick",
    "QC": "Quebec",
    "ON": "Ontario",
    "MB": "Manitoba",
    "SK": "Saskatchewan",
    "AB": "Alberta",
    "BC": "British Columbia",
    "YT": "Yukon",
    "NT": "Northwest Territories",
    "NU": "Nunavut",
}


def hoc_rows(overrides=None, dash="--", apostrophe="’"):
    """The House of Commons export of today's members as the 2025 file has them.

    Written as that export may write riding names (em dash as "--", typographic apostrophes), with
    rows replaced by code in `overrides` (a list of rows, or None to leave the riding out).
    """

    def write(row):
        return [
            "",
            given_names(row),
            row["surname"],
            row["riding_name_en"].replace("—", dash).replace("'", apostrophe),
            PROVINCE_NAMES[row["province"]],
            row["party"],
            "2025-04-28 12:00:00 AM",
            "",
        ]

    return dataset(HOC_HEADER, mps_2025(write, overrides))


@pytest.fixture
def import_election_file():
    """`ridings_2023` and `members_2025` imported through the admin's resources.

    Each shared data file is a first import: every row is new.
    """

    def import_through_resource(name):
        resource_class = {RIDINGS_2023: RidingResource, MPS_2025: MemberResource}[name]
        result = run_import(resource_class, load(data_file(name)))
        assert totals(result) == {"new": 343}

    return import_through_resource


# --- Ridings ---------------------------------------------------------------------------------


def test_ridings_import_then_reimport_skips_every_row(ridings_2023):
    assert Riding.objects.current().count() == 343
    before = snapshot(Riding.objects.all())

    result = run_import(RidingResource, load(data_file("ridings_2023.csv")))

    assert totals(result) == {"skip": 343}
    assert len(result.rows) == 343, "skipped rows are reported"
    assert snapshot(Riding.objects.all()) == before


def test_the_2013_file_imports_as_legacy_beside_the_current_ridings(ridings_2023):
    result = run_import(RidingResource, load(data_file("ridings_2013_legacy_338.csv")))

    assert totals(result) == {"new": 338}
    assert Riding.objects.filter(representation_order=RepresentationOrder.RO_2013).count() == 338
    assert Riding.objects.current().count() == 343
    old = Riding.objects.get(code="10002", representation_order=RepresentationOrder.RO_2013)
    assert old.is_legacy and old.name_en == "Bonavista—Burin—Trinity"


def test_ridings_export_then_import_round_trips(ridings_2023):
    run_import(RidingResource, load(data_file("ridings_2013_legacy_338.csv")))
    exported = RidingResource().export()
    assert exported.headers == ["code", "name_en", "name_fr", "province", "representation_order"]
    before = snapshot(Riding.objects.all())

    result = run_import(RidingResource, load(exported.csv))

    assert totals(result) == {"skip": 343 + 338}
    assert snapshot(Riding.objects.all()) == before


def test_a_changed_riding_name_is_an_update(ridings_2023):
    data = dataset(
        ["code", "name_en", "name_fr", "province"], [["10002", "Renamed", "Renommée", "NL"]]
    )

    result = run_import(RidingResource, data)

    assert totals(result) == {"update": 1}
    assert Riding.objects.current().get(code="10002").name_fr == "Renommée"


def test_invalid_riding_rows_are_listed_and_nothing_is_applied(ridings_2023):
    before = snapshot(Riding.objects.all())
    data = dataset(
        ["code", "name_en", "name_fr", "province"],
        [
            ["35001", "Renamed", "Renommée", "ON"],  # a valid update, not to be applied
            ["3500X", "Bad", "Bad", "ON"],
            ["24002", "Beta", "Bêta", "ON"],
            ["35999", "New", "Nouvelle", "ON"],  # a valid creation, not to be applied
        ],
    )

    checked = run_import(RidingResource, data, dry_run=True)
    applied = run_import(RidingResource, data)

    for result in (checked, applied):
        errors = row_errors(result)
        assert set(errors) == {2, 3}
        assert "five-digit" in errors[2]["code"][0]
        assert "does not match the code" in errors[3]["province"][0]
    assert "2 rows are invalid; nothing was imported." in str(applied.base_errors[0].error)
    assert snapshot(Riding.objects.all()) == before


def test_a_file_without_the_ridings_columns_is_one_clear_error(db):
    result = run_import(RidingResource, dataset(["code", "name"], [["35001", "A"]]))

    [error] = result.base_errors
    assert "lacks the columns name_en, name_fr, province" in str(error.error)
    assert not result.invalid_rows and not result.rows
    assert not Riding.objects.exists()


# --- Our MP CSV --------------------------------------------------------------------------------


def test_reimporting_the_mps_file_changes_nothing(members_2025):
    before = snapshot(Member.objects.all())

    result = run_import(MemberResource, load(data_file("mps_2025.csv")))

    assert totals(result) == {"skip": 343}
    assert snapshot(Member.objects.all()) == before
    member = Member.objects.get(riding__code="12001")
    assert (member.last_name, member.party, member.active_from) == (
        "d'Entremont",
        "Conservative",
        ELECTION_2025,
    )


def test_mps_export_then_import_round_trips_with_history(members_2025):
    Member.objects.filter(riding__code="35001").update(
        email="mp@example.org", constituency_office="1 Main St\nAjax ON", preferred_language="fr"
    )
    run_import(HouseOfCommonsMemberResource, hoc_rows({"48002": [by_election_row()]}))
    assert Member.objects.count() == 344
    exported = MemberResource().export()
    assert exported.headers[:6] == [
        "code",
        "riding_name_en",
        "province",
        "honorific",
        "given_name",
        "surname",
    ]
    before = snapshot(Member.objects.all())

    result = run_import(MemberResource, load(exported.csv))

    assert totals(result) == {"skip": 344}, row_errors(result)
    assert snapshot(Member.objects.all()) == before


def test_mps_columns_that_organizers_fill_are_applied_when_present(members_2025):
    member = Member.objects.current().get(riding__code="35001")
    data = dataset(
        ["code", "given_name", "surname", "party", "email", "preferred_language"],
        [["35001", member.first_name, member.last_name, member.party, "mp@example.org", "French"]],
    )

    result = run_import(MemberResource, data)

    assert totals(result) == {"update": 1}
    member.refresh_from_db()
    assert (member.email, member.preferred_language) == ("mp@example.org", "fr")


def test_bad_mp_rows_are_listed_per_column_and_nothing_is_applied(members_2025):
    before = snapshot(Member.objects.all())
    data = dataset(
        ["code", "riding_name_en", "province", "given_name", "surname", "party", "email"],
        [
            ["48002", "", "", "Pierre", "Poilievre", "Conservative", ""],  # valid, not applied
            ["", "Nowhere North", "", "Jane", "", "Liberal", "not-an-email"],
            ["35999", "", "", "Jane", "Doe", "Liberal", ""],
            ["12001", "", "", "Jane", "Doe", "Liberal", ""],
            ["", "Acadie--Annapolis", "", "John", "Roe", "Liberal", ""],
        ],
    )

    result = run_import(MemberResource, data, active_from="2025-08-18")

    errors = row_errors(result)
    assert set(errors) == {2, 3, 5}
    # Every problem of a row at once, under its column.
    assert errors[2]["riding_name_en"] == [
        "No riding of the 2023 representation order is named “Nowhere North”."
    ]
    assert errors[2]["surname"] == ["This value is required."]
    assert "not an email address" in errors[2]["email"][0]
    assert "has the code 35999" in errors[3]["code"][0]
    assert "Riding 12001 (Acadie—Annapolis) is on another row" in errors[5]["riding_name_en"][0]
    assert snapshot(Member.objects.all()) == before


# --- The House of Commons export ---------------------------------------------------------------


def by_election_row():
    return [
        "Hon.",
        "Pierre",
        "Poilievre",
        "Battle River--Crowfoot",
        "Alberta",
        "Conservative",
        "2025-08-18 12:00:00 AM",
        "",
    ]


def test_the_house_of_commons_export_matches_every_riding_by_name(members_2025):
    before = snapshot(Member.objects.all())

    result = run_import(HouseOfCommonsMemberResource, hoc_rows())

    assert totals(result) == {"skip": 343}, row_errors(result)
    assert snapshot(Member.objects.all()) == before


def test_a_by_election_closes_the_old_mp_and_keeps_history(members_2025):
    data = hoc_rows({"48002": [by_election_row()]})

    checked = run_import(HouseOfCommonsMemberResource, data, dry_run=True)
    assert totals(checked) == {"new": 1, "skip": 342}
    assert member_history("48002") == [("Kurek", "Conservative", ELECTION_2025, None)]

    result = run_import(HouseOfCommonsMemberResource, data)

    assert totals(result) == {"new": 1, "skip": 342}
    by_election = datetime.date(2025, 8, 18)
    assert member_history("48002") == [
        ("Kurek", "Conservative", ELECTION_2025, by_election),
        ("Poilievre", "Conservative", by_election, None),
    ]
    assert Member.objects.current().get(riding__code="48002").honorific == "Hon."
    assert Member.objects.current().count() == 343

    # The same file again changes nothing; nor does the older 2025 file.
    before = snapshot(Member.objects.all())
    assert totals(run_import(HouseOfCommonsMemberResource, data)) == {"skip": 343}
    assert totals(run_import(MemberResource, load(data_file("mps_2025.csv")))) == {"skip": 343}
    assert snapshot(Member.objects.all()) == before


def test_a_floor_crossing_opens_a_new_row_from_its_date(members_2025):
    member = Member.objects.current().get(riding__code="12001")
    member.email = "chris@example.org"
    member.save()
    crossing = [
        "",
        "Chris",
        "d’Entremont",
        "Acadie--Annapolis",
        "Nova Scotia",
        "Liberal",
        "2025-04-28 12:00:00 AM",
        "",
    ]
    data = hoc_rows({"12001": [crossing]})

    result = run_import(HouseOfCommonsMemberResource, data, crossing_date="2025-11-04")

    assert totals(result) == {"new": 1, "skip": 342}
    crossed = datetime.date(2025, 11, 4)
    assert member_history("12001") == [
        ("d'Entremont", "Conservative", ELECTION_2025, crossed),
        ("d’Entremont", "Liberal", crossed, None),
    ]
    assert Member.objects.current().get(riding__code="12001").email == "chris@example.org"

    # Without a date, the crossing counts from the day of the import; again: unchanged.
    assert totals(run_import(HouseOfCommonsMemberResource, data)) == {"skip": 343}


def test_a_floor_crossing_without_a_date_counts_from_today(members_2025):
    crossing = ["", "Chris", "d'Entremont", "Acadie—Annapolis", "NS", "Liberal", "2025-04-28", ""]

    run_import(HouseOfCommonsMemberResource, hoc_rows({"12001": [crossing]}))

    today = timezone.localdate()
    assert member_history("12001")[-1] == ("d'Entremont", "Liberal", today, None)


def test_another_spelling_of_the_same_party_is_no_floor_crossing(members_2025):
    may = ["", "Elizabeth", "May", "Saanich—Gulf Islands", "BC", "Green Party", "2025-04-28", ""]

    result = run_import(HouseOfCommonsMemberResource, hoc_rows({"59029": [may]}))

    assert totals(result) == {"update": 1, "skip": 342}
    assert member_history("59029") == [("May", "Green Party", ELECTION_2025, None)]


def test_unmatched_constituencies_are_reported_per_row_and_nothing_is_applied(members_2025):
    before = snapshot(Member.objects.all())
    renamed = [
        "",
        "Tom",
        "Osborne",
        "Cape Spear—Mount Pearl—Paradise",
        "Newfoundland and Labrador",
    ]
    wrong_province = ["", "Paul", "Connors", "Avalon", "Nova Scotia"]
    unknown_province = ["", "Philip", "Earle", "Labrador", "Atlantis"]
    start = ["Liberal", "2025-04-28", ""]
    data = hoc_rows(
        {
            "10002": [renamed + start],
            "10001": [wrong_province + start],
            "10004": [unknown_province + start],
            "48002": [by_election_row()],  # valid, not to be applied
        }
    )

    result = run_import(HouseOfCommonsMemberResource, data)

    errors = row_errors(result)
    assert sorted(errors) == [1, 2, 4]
    assert errors[1]["Constituency"] == [
        "No riding of the 2023 representation order is named “Avalon” in NS."
    ]
    assert errors[2]["Constituency"] == [
        "No riding of the 2023 representation order is named "
        "“Cape Spear—Mount Pearl—Paradise” in NL."
    ]
    assert errors[4]["Province / Territory"] == ["“Atlantis” is not a province or territory."]
    assert result.has_errors(), "a real import with invalid rows is rolled back"
    assert snapshot(Member.objects.all()) == before


def test_a_past_term_closes_the_current_one_only_when_it_is_that_term(members_2025):
    resigned = [
        "",
        "Damien",
        "Kurek",
        "Battle River—Crowfoot",
        "Alberta",
        "Conservative",
        "2025-04-28 12:00:00 AM",
        "2025-06-17 12:00:00 AM",
    ]
    old_riding = [
        "",
        "Old",
        "Member",
        "Gone Riding",
        "Ontario",
        "Liberal",
        "2015-10-19",
        "2019-09-11",
    ]
    data = hoc_rows({"48002": [resigned], "35001": None})
    data.append(old_riding)

    result = run_import(HouseOfCommonsMemberResource, data)

    assert totals(result) == {"update": 1, "skip": 342}, row_errors(result)
    assert member_history("48002") == [
        ("Kurek", "Conservative", ELECTION_2025, datetime.date(2025, 6, 17))
    ]
    assert not Member.objects.current().filter(riding__code="48002").exists()


def test_the_house_of_commons_export_needs_its_columns(members_2025):
    data = dataset(["First Name", "Last Name", "Province / Territory"], [["A", "B", "Ontario"]])

    result = run_import(HouseOfCommonsMemberResource, data)

    [error] = result.base_errors
    message = str(error.error)
    assert "Constituency, Political Affiliation, Start Date" in message
    assert "House of Commons members export" in message


def test_required_columns_tell_the_two_mp_formats_apart():
    hoc = set(HOC_HEADER)
    ours = set(load(data_file("mps_2025.csv")).headers)
    assert set(HouseOfCommonsMemberResource.required_columns) <= hoc
    assert not set(HouseOfCommonsMemberResource.required_columns) <= ours
    assert set(MemberResource.required_columns) <= ours
    assert not set(MemberResource.required_columns) <= hoc


# --- Exports keep formulas as text ------------------------------------------------------------


FORMULA = '=HYPERLINK("http://x","y")'


@pytest.mark.parametrize("resource_class", [MemberResource, HouseOfCommonsMemberResource])
def test_mp_exports_escape_formulas_and_round_trip(members_2025, resource_class):
    member = Member.objects.current().get(riding__code="35001")
    member.last_name = FORMULA
    member.party = "+1 party"
    member.save()

    exported = resource_class().export()

    values = {value for row in csv.reader(io.StringIO(exported.csv)) for value in row}
    assert "'" + FORMULA in values and FORMULA not in values
    assert "'+1 party" in values
    sheet = openpyxl.load_workbook(io.BytesIO(exported.xlsx)).active
    cells = [cell for line in sheet.iter_rows() for cell in line]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    assert "'" + FORMULA in {cell.value for cell in cells}

    # Importing the export gives the text back unescaped: nothing changes.
    before = snapshot(Member.objects.all())
    result = run_import(resource_class, load(exported.csv))
    assert not result.invalid_rows, row_errors(result)
    assert snapshot(Member.objects.all()) == before
    assert NON_FIELD_ERRORS not in str(result.base_errors)
