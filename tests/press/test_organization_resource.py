"""The coalition members' import-export resource (press/resources.py).

It is called as the admin's Import button calls it, against the PostgreSQL test database with real
translations.
"""

import csv
import io

import openpyxl
import pytest
import tablib

from press.models import Organization
from press.resources import OrganizationResource
from tests.factories import OrganizationFactory
from tests.support.database import snapshot
from tests.support.resources import dataset, run_import, totals

Membership = Organization.Membership
FORMULA = '=HYPERLINK("http://x","y")'


def run(data, dry_run=False):
    return run_import(OrganizationResource, data, dry_run=dry_run)


@pytest.fixture
def coalition(locales):
    english = locales["en"]
    organizations = [
        OrganizationFactory(
            name="Migrant Workers Alliance",
            acronym="MWA",
            locale=english,
            membership=Membership.FOUNDING_MEMBER,
            description="Founded in 2009.\nToronto.",
        ),
        OrganizationFactory(
            name="Centre des travailleurs", province="QC", city="Montréal", locale=english
        ),
        OrganizationFactory(
            name=FORMULA, province="BC", locale=english, membership=Membership.ENDORSER
        ),
        OrganizationFactory(
            name="Former Partner", locale=english, membership=Membership.NONE, website=""
        ),
    ]
    french = organizations[0].copy_for_translation(locales["fr"])
    french.name = "Alliance des travailleurs migrants"
    french.save()
    return organizations


def test_export_then_import_round_trips(coalition):
    exported = OrganizationResource().export()

    assert exported.headers == [
        "name",
        "acronym",
        "role",
        "province",
        "city",
        "website",
        "description",
        "translation_key",
    ]
    # Source-language rows only: the French translation is not a second organization.
    assert len(exported) == 4
    roles = dict(zip(exported["name"], exported["role"], strict=True))
    assert roles["Migrant Workers Alliance"] == "founding_member"
    assert roles["Former Partner"] == "none"
    before = snapshot(Organization.objects.all())

    result = run(tablib.Dataset().load(exported.csv, format="csv"))

    assert totals(result) == {"skip": 4}, result.invalid_rows
    assert snapshot(Organization.objects.all()) == before


def test_export_keeps_formulas_as_text(coalition):
    exported = OrganizationResource().export()

    values = {value for row in csv.reader(io.StringIO(exported.csv)) for value in row}
    assert "'" + FORMULA in values and FORMULA not in values
    sheet = openpyxl.load_workbook(io.BytesIO(exported.xlsx)).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    assert "'" + FORMULA in {cell.value for cell in cells}


def test_a_partner_list_updates_by_name_and_creates_the_new_ones(coalition, locales):
    data = dataset(
        ["name", "province", "role", "city"],
        [
            ["MIGRANT WORKERS ALLIANCE", "Manitoba", "Member", "Winnipeg"],
            ["Centre des travailleurs", "Québec", "", "Montréal"],  # unchanged; role kept
            ["New Collective", "Nouvelle-Écosse", "", "Halifax"],
        ],
    )

    checked = run(data, dry_run=True)
    assert totals(checked) == {"update": 1, "skip": 1, "new": 1}
    result = run(data)

    assert totals(result) == {"update": 1, "skip": 1, "new": 1}
    alliance = Organization.objects.get(pk=coalition[0].pk)
    assert (alliance.name, alliance.province, alliance.membership, alliance.city) == (
        "MIGRANT WORKERS ALLIANCE",
        "MB",
        Membership.MEMBER,
        "Winnipeg",
    )
    # The translation follows the synchronized fields, and keeps its own name.
    french = Organization.objects.get(
        translation_key=alliance.translation_key, locale=locales["fr"]
    )
    assert (french.province, french.membership, french.city) == ("MB", "member", "Winnipeg")
    assert french.name == "Alliance des travailleurs migrants"
    new = Organization.objects.get(name="New Collective")
    assert (new.locale, new.province, new.membership) == (locales["en"], "NS", "member")
    assert Organization.objects.get(pk=coalition[1].pk).membership == Membership.MEMBER


def test_bad_rows_are_listed_per_column_and_nothing_is_applied(coalition):
    before = snapshot(Organization.objects.all())
    data = dataset(
        ["name", "province", "role", "website"],
        [
            ["Migrant Workers Alliance", "ON", "endorser", ""],  # valid, not applied
            ["", "Atlantis", "boss", "not a web address"],
            ["Brand New", "ON", "", ""],  # valid, not applied
            ["brand new", "ON", "", ""],
        ],
    )

    result = run(data)

    errors = {row.number: row.error_dict for row in result.invalid_rows}
    assert set(errors) == {2, 4}
    assert errors[2]["name"] == ["This value is required."]
    assert errors[2]["province"] == ["“Atlantis” is not a province or territory."]
    assert "not a role" in errors[2]["role"][0]
    assert "not a web address" in errors[2]["website"][0]
    assert "on another row" in errors[4]["name"][0]
    assert "nothing was imported" in str(result.base_errors[0].error)
    assert snapshot(Organization.objects.all()) == before


def test_a_file_without_the_needed_columns_is_one_clear_error(coalition):
    result = run(dataset(["organization", "role"], [["X", "member"]]))

    [error] = result.base_errors
    assert "lacks the columns name, province" in str(error.error)
    assert not result.invalid_rows
