"""Large exports written in the background to the private bucket (real SeaweedFS).

Formulas are kept as text, and the files are downloaded only by who asked for them.
"""

import csv
import io
import urllib.request
import zipfile

import openpyxl
import pytest
from django.test import override_settings
from django.urls import reverse

from spreadsheets.models import ExportJob, JobStatus
from tests.factories.petitions import make_petition, make_signature
from tests.support import s3
from tests.support.html import main_text
from tests.support.two_factor import sign_in
from tests.support.users import staff_user

s3_server = s3.s3_server
private_storage = s3.private_storage

FORMULA_NAME = '=HYPERLINK("http://x","y")'


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (loopback S3)
        return response.read()


@pytest.fixture
def petition(home_page):
    return make_petition(home_page, title="Status for all")


@pytest.mark.s3
@pytest.mark.django_db
@override_settings(IMPORT_BACKGROUND_ROWS=3)
@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_large_exports_run_in_the_background_with_formulas_as_text(
    client, organizer, petition, private_storage, file_format
):
    sign_in(client, organizer)
    for i in range(4):
        make_signature(petition, full_name=f"Signer {i}")
    make_signature(petition, full_name=FORMULA_NAME, city="@SUM(A1)")

    response = client.get(reverse("petition_signatures:index"), {"export": file_format})

    assert response.status_code == 302
    job = ExportJob.objects.get()
    assert response["Location"] == reverse("petition_signatures:export_job", args=[job.pk])
    # ImmediateBackend: the task ran already (a worker does in production).
    assert job.status == JobStatus.DONE and job.total_rows == 5
    assert job.file_key.startswith("exports/")
    status = client.get(reverse("petition_signatures:export_status", args=[job.pk])).json()
    assert status == {"done": 5, "total": 5, "failed": 0, "finished": True}
    page = client.get(response["Location"])
    assert "is ready" in main_text(page)

    download = client.get(reverse("petition_signatures:export_download", args=[job.pk]))
    assert download.status_code == 302
    content = fetch(download["Location"])
    if file_format == "csv":
        rows = list(csv.DictReader(io.StringIO(content.decode())))
        names = {row["Full name"]: row for row in rows}
        assert len(rows) == 5
        assert names["'" + FORMULA_NAME]["City"] == "'@SUM(A1)"
    else:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
        assert "<f>" not in sheet_xml  # no formula anywhere
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        cells = {cell.value: cell for row in sheet.iter_rows(min_row=2) for cell in row}
        assert cells[FORMULA_NAME].data_type == "s"
        assert cells["@SUM(A1)"].data_type == "s"


@pytest.mark.django_db
@override_settings(IMPORT_BACKGROUND_ROWS=0)
def test_only_the_person_who_asked_downloads_an_export(client, organizer, petition):
    make_signature(petition)
    job = ExportJob.objects.create(
        target="petition_signatures",
        path=reverse("petition_signatures:index"),
        file_format="csv",
        file_name="signatures.csv",
        permission="petitions.export_signature",
        created_by=organizer,
        status=JobStatus.DONE,
        file_key="exports/x/signatures.csv",
    )
    sign_in(client, staff_user("organizer2", "Organizers"))
    url = reverse("petition_signatures:export_download", args=[job.pk])
    assert client.get(url).status_code == 404
    client.force_login(staff_user("editor", "Editors"))
    assert client.get(url).status_code in (302, 403, 404)


@pytest.mark.django_db
def test_editors_cannot_export_signatures_in_the_background(client, petition):
    make_signature(petition)
    client.force_login(staff_user("editor", "Editors"))
    with override_settings(IMPORT_BACKGROUND_ROWS=0):
        response = client.get(reverse("petition_signatures:index"), {"export": "csv"})
    assert response.status_code in (302, 403)
    assert not ExportJob.objects.exists()
