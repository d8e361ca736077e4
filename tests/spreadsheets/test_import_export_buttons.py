"""The Import and Export buttons of the ridings, MPs and coalition members listings.

One MP Import button takes our CSV or the House of Commons export, a by-election through it keeps
the history, organizations round-trip through export and import, and who may do what.
"""

import csv
import datetime
import io

import pytest
from django.urls import reverse

from petitions.models import Member, Riding
from press.models import Organization
from spreadsheets.models import ImportJob, JobStatus
from tests.factories import MemberFactory, OrganizationFactory, RidingFactory
from tests.factories.imports import HOC_HEADER, confirm, csv_bytes, job_id_of, upload, xlsx_bytes
from tests.support.html import main_text
from tests.support.two_factor import sign_in
from tests.support.users import staff_user

pytestmark = pytest.mark.django_db

MPS = "petition_members"
ORGS = "wagtailsnippets_press_organization"


def run_import(client, namespace, data, name="import.csv", **fields):
    job_id = job_id_of(upload(client, namespace, data, name=name, **fields))
    job = ImportJob.objects.get(pk=job_id)
    assert job.can_apply, (job.message, job.errors)
    confirm(client, namespace, job_id)
    job.refresh_from_db()
    assert job.status == JobStatus.DONE, (job.message, job.errors)
    return job


def test_a_by_election_in_the_house_of_commons_export_keeps_the_history(client, organizer):
    sign_in(client, organizer)
    riding = RidingFactory(province="ON", name_en="Toronto Centre", name_fr="Toronto-Centre")
    old = MemberFactory(riding=riding, first_name="Ada", last_name="Former", party="Liberal")
    data = csv_bytes(
        [
            HOC_HEADER,
            ["", "Nadia", "Newcomer", "Toronto Centre", "Ontario", "NDP", "2026-03-02", ""],
        ],
        encoding="utf-8-sig",
    )

    job = run_import(client, MPS, data, name="export.csv")

    assert job.resource.endswith("HouseOfCommonsMemberResource")
    old.refresh_from_db()
    assert old.active_to == datetime.date(2026, 3, 2)
    current = Member.objects.current().get(riding=riding)
    assert (current.first_name, current.last_name, current.party) == ("Nadia", "Newcomer", "NDP")
    assert current.active_from == datetime.date(2026, 3, 2)
    assert Member.objects.filter(riding=riding).count() == 2


def test_our_mp_csv_goes_through_the_same_button(client, organizer):
    sign_in(client, organizer)
    riding = RidingFactory(province="QC", name_en="Laurier—Sainte-Marie")
    data = xlsx_bytes(
        [
            ["code", "given_name", "surname", "party"],
            [int(riding.code), "Luc", "Député", "Bloc Québécois"],
        ]
    )
    job = run_import(client, MPS, data, name="mps.xlsx")
    assert job.resource.endswith(".MemberResource")
    assert Member.objects.current().get(riding=riding).last_name == "Député"


def test_neither_mp_format_names_the_primary_formats_columns(client, organizer):
    sign_in(client, organizer)
    response = upload(client, MPS, csv_bytes([["Name", "Riding"], ["Ada", "Toronto"]]))
    assert response.status_code == 200
    text = main_text(response)
    assert "given_name, surname" in text
    assert not ImportJob.objects.exists()


def test_ridings_export_imports_again_unchanged(client, organizer):
    sign_in(client, organizer)
    RidingFactory(province="ON", name_en="Toronto Centre", name_fr="Toronto-Centre")
    exported = client.get(reverse("petition_ridings:index"), {"export": "csv"})
    content = b"".join(exported.streaming_content)
    job_id = job_id_of(upload(client, "petition_ridings", content))
    job = ImportJob.objects.get(pk=job_id)
    assert job.error_count == 0, job.errors
    assert job.totals["skip"] == Riding.objects.count() and job.totals["new"] == 0


def test_organizations_round_trip_through_export_and_import(client, editor):
    client.force_login(editor)
    OrganizationFactory(name="Migrant Workers Alliance", acronym="MWA", province="ON")
    OrganizationFactory(name='=HYPERLINK("http://x","y")', province="QC", city="Montréal")

    listing = client.get(reverse(f"{ORGS}:list"))
    assert reverse(f"{ORGS}:import") in listing.content.decode()
    exported = client.get(reverse(f"{ORGS}:list"), {"export": "csv"})
    assert exported.status_code == 200
    content = exported.content
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    names = {row["name"] for row in rows}
    assert "Migrant Workers Alliance" in names
    assert '\'=HYPERLINK("http://x","y")' in names  # stays text in a spreadsheet

    job_id = job_id_of(upload(client, ORGS, content, name="coalition.csv"))
    job = ImportJob.objects.get(pk=job_id)
    assert job.error_count == 0, job.errors
    assert job.totals["new"] == 0 and job.totals["skip"] == 2  # nothing changed

    edited = content.decode("utf-8-sig").replace(
        "Migrant Workers Alliance", "Migrant Workers Alliance for Change"
    )
    job = run_import(client, ORGS, edited.encode("utf-8"), name="coalition.csv")
    assert job.totals["update"] == 1
    assert Organization.objects.filter(name="Migrant Workers Alliance for Change").exists()
    assert Organization.objects.filter(name='=HYPERLINK("http://x","y")').exists()
    assert Organization.objects.count() == 2


def test_organizers_may_import_organizations_too(client, organizer):
    sign_in(client, organizer)
    data = csv_bytes(
        [["name", "province", "role"], ["Justicia for Migrant Workers", "ON", "member"]]
    )
    run_import(client, ORGS, data)
    assert Organization.objects.get().name == "Justicia for Migrant Workers"


@pytest.mark.parametrize("group", ["Translators", "Translators (fr)"])
def test_translators_cannot_import_organizations(client, group):
    client.force_login(staff_user("translator", group))
    response = client.get(reverse(f"{ORGS}:import"))
    assert response.status_code in (302, 403)


def test_editors_cannot_import_ridings_mps_or_signatures(client, editor):
    client.force_login(editor)
    for namespace in ("petition_ridings", MPS, "petition_postal_codes", "petition_signatures"):
        response = client.get(reverse(f"{namespace}:import"))
        assert response.status_code in (302, 403), namespace
    data = csv_bytes([["code", "name_en", "name_fr", "province"], ["35999", "A", "A", "ON"]])
    response = upload(client, "petition_ridings", data)
    assert response.status_code in (302, 403)
    assert not ImportJob.objects.exists()


def test_the_import_button_is_not_shown_without_the_permissions(client, editor):
    client.force_login(editor)
    listing = client.get(reverse(f"{ORGS}:list"))
    assert reverse(f"{ORGS}:import") in listing.content.decode()
    client.force_login(staff_user("translator", "Translators"))
    listing = client.get(reverse(f"{ORGS}:list"))
    assert reverse(f"{ORGS}:import") not in listing.content.decode()
