"""What the signature files say: the CSV export, and the columns and cells an import reads.

The listing's CSV export starts with a UTF-8 byte-order mark (Excel reads accents and Gurmukhi
with it) and names the petition; imported back, it keeps each row's riding and date. A column the
import does not read is named in the preview, with the likely column it means; a stray control
character in one cell of a text file is a problem of that row and column, not of the whole file.
"""

import codecs
import csv
import datetime
import io

import pytest
from django.urls import reverse

from petitions.models import Signature
from spreadsheets.models import ImportJob, JobStatus
from tests.factories import RidingFactory
from tests.factories.imports import confirm, csv_bytes, job_id_of, upload
from tests.factories.petitions import make_petition, make_signature
from tests.support.html import soup
from tests.support.two_factor import sign_in

pytestmark = pytest.mark.django_db

NS = "petition_signatures"


@pytest.fixture
def petition(home_page):
    return make_petition(home_page, title="Status for all", goal=100)


def import_signatures(client, petition, data):
    response = upload(client, NS, data, name="sheet.csv", petition=petition.pk, source="paper")
    return ImportJob.objects.get(pk=job_id_of(response))


def export_csv(client):
    response = client.get(reverse(f"{NS}:index"), {"export": "csv"})
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_the_csv_export_has_a_byte_order_mark_and_the_petition(client, organizer, petition):
    riding = RidingFactory(province="ON", name_en="Toronto Centre")
    make_signature(petition, riding=riding, full_name="ਅਮ੍ਰਿਤ ਕੌਰ", city="Montréal")
    sign_in(client, organizer)

    data = export_csv(client)

    assert data.startswith(codecs.BOM_UTF8)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [row["Petition"] for row in rows] == ["Status for all"]
    assert rows[0]["Full name"] == "ਅਮ੍ਰਿਤ ਕੌਰ" and rows[0]["City"] == "Montréal"


def test_an_export_imported_back_keeps_its_ridings_and_dates(
    client, organizer, petition, home_page
):
    # No postal-code table: without the file's riding codes, no row would get a riding.
    toronto = RidingFactory(province="ON", name_en="Toronto Centre")
    yukon = RidingFactory(province="YT", name_en="Yukon")
    signed = datetime.datetime(2026, 10, 3, 15, 0, tzinfo=datetime.UTC)
    make_signature(petition, riding=toronto, email="a@example.org", created_at=signed)
    make_signature(petition, riding=yukon, email="b@example.org", postal_code="Y1A 1A1")
    sign_in(client, organizer)
    exported = export_csv(client)
    other = make_petition(home_page, title="Another", slug="another")

    job = import_signatures(client, other, exported)
    assert job.status == JobStatus.CHECKED and job.can_apply, job.errors or job.message
    confirm(client, NS, job.pk)

    imported = {s.email: s for s in Signature.objects.filter(petition=other)}
    assert imported["a@example.org"].riding == toronto
    assert imported["b@example.org"].riding == yukon
    assert imported["a@example.org"].created_at.date() == datetime.date(2026, 10, 3)


def test_an_unknown_riding_code_is_a_problem_of_its_row(client, organizer, petition):
    sign_in(client, organizer)
    data = csv_bytes([["name", "postal_code", "riding_code"], ["Ana Cruz", "M5S 2T9", "99999"]])
    job = import_signatures(client, petition, data)
    assert not job.can_apply
    assert job.errors == [
        {"row": 2, "column": "riding_code", "message": "No current riding has the code “99999”."}
    ]


def test_a_column_the_import_does_not_read_is_named_with_its_likely_meaning(
    client, organizer, petition
):
    sign_in(client, organizer)
    data = csv_bytes(
        [
            ["name", "postal_code", "Date de signature", "Notes"],
            ["Ana Cruz", "M5S 2T9", "2026-10-01", "met at the rally"],
            ["José Reyes", "K1A 0B1", "2026-10-02", ""],
        ]
    )

    job = import_signatures(client, petition, data)

    assert job.ignored_columns == [
        {"column": "Date de signature", "suggestion": "date_signed"},
        {"column": "Notes", "suggestion": ""},
    ]
    page = soup(client.get(reverse(f"{NS}:import_job", args=[job.pk])))
    ignored = page.select_one("[data-import-ignored]")
    dated = ignored.select_one('[data-column="Date de signature"]').get_text(" ", strip=True)
    assert "did you mean date_signed ?" in dated
    assert ignored.select_one('[data-column="Notes"]').get_text(" ", strip=True) == "Notes"


def test_a_nul_in_one_cell_is_a_problem_of_that_row_and_column(client, organizer, petition):
    sign_in(client, organizer)
    data = (
        b"name,postal_code,city\r\nAna Cruz,M5S 2T9,Toronto\r\nJos\x00e Reyes,K1A 0B1,Ottawa\r\n"
    )

    job = import_signatures(client, petition, data)

    assert job.message == ""  # not "binary data" for the whole file
    assert [(e["row"], e["column"]) for e in job.errors] == [(3, "name")]
    assert "control character" in job.errors[0]["message"]
    assert not job.can_apply
    assert not Signature.objects.exists()
