"""The admin's import and export machinery (spreadsheets/): reading files in every encoding
and every wrong shape, choosing the resource by the file's columns, size limits, and large
exports written in the background to the private bucket with formulas kept as text."""

import csv
import importlib
import io
import urllib.request
import zipfile

import openpyxl
import pytest
from django.apps import apps as django_apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils.module_loading import import_string

from petitions.resources.house_of_commons import HouseOfCommonsMemberResource
from petitions.resources.members import MemberResource
from petitions.resources.postal_codes import PostalCodeRidingResource
from petitions.resources.signatures import SignatureResource
from spreadsheets import reading, runner
from spreadsheets.models import ExportJob, ImportJob, JobStatus
from tests import s3
from tests.factories import RidingFactory
from tests.factories.imports import csv_bytes, upload, xlsx_bytes
from tests.petition_data import make_petition, make_signature
from tests.utils import main_text, staff_user

s3_server = s3.s3_server
private_storage = s3.private_storage

NS = "petition_postal_codes"
FORMULA_NAME = '=HYPERLINK("http://x","y")'


# --- Reading files (no database) --------------------------------------------------------------


def test_reading_numbers_rows_as_the_spreadsheet_does():
    data = csv_bytes([["a", "b"], ["1", "2"], ["", ""], ["3", "4"]])
    table = reading.read(data, "x.csv")
    assert table.headers == ["a", "b"]
    assert list(table.dataset) == [("1", "2"), ("3", "4")]
    assert table.row_numbers == [2, 4]


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "x.csv", "The file is empty."),
        (b"\r\n\r\n", "x.csv", "The file is empty."),
        (b"name,postal_code\r\n", "x.csv", "a header but no rows"),
        (bytes(range(256)) * 40, "x.csv", "binary data"),
        (b"name,postal_code\r\nAna,M5S 2T9\r\n", "x.xlsx", "not an Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "x.xls", "old Excel (.xls)"),
        (b"PK\x03\x04 this is no zip", "x.xlsx", "cannot be read"),
        (b"a,a\r\n1,2\r\n", "x.csv", "more than once"),
        (b"a,b\r\n1,2,3\r\n", "x.csv", "more values than the header"),
    ],
)
def test_bad_files_are_clear_errors(data, name, message):
    with pytest.raises(reading.FileError) as raised:
        reading.read(data, name)
    assert message in str(raised.value)


def test_a_zip_that_is_no_workbook_is_a_clear_error():
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(reading.FileError, match="cannot be read"):
        reading.read(output.getvalue(), "x.xlsx")


def test_xlsx_numbers_and_dates_are_kept():
    table = reading.read(xlsx_bytes([["code", "weight"], [35001, 0.5], [35002.0, None]]))
    assert list(table.dataset) == [(35001, 0.5), (35002, "")]


def test_the_header_chooses_the_resource_and_names_missing_columns():
    chosen, renames = runner.choose_resource(
        [PostalCodeRidingResource], ["Postal Code", "Riding-Code", "notes"]
    )
    assert chosen is PostalCodeRidingResource
    assert renames == {"Postal Code": "postal_code", "Riding-Code": "riding_code"}
    with pytest.raises(reading.FileError) as raised:
        runner.choose_resource([SignatureResource], ["nom", "city"])
    assert "postal_code" in str(raised.value) and "name" not in str(raised.value).split(";")[0]


# --- The admin flow's bad input ----------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "x.csv", "empty"),
        (b"postal_code,riding_code\r\n", "x.csv", "no rows"),
        (b"\x00\x01\x02\x03junk" * 100, "x.csv", "binary data"),
        (b"postal_code,riding_code\r\nK1A,35001\r\n", "x.xlsx", "not an Excel workbook"),
        (b"postcode,district\r\nK1A,35001\r\n", "x.csv", "postal_code, riding_code"),
    ],
)
def test_bad_uploads_show_the_error_and_create_nothing(client, organizer, data, name, message):
    client.force_login(organizer)
    response = upload(client, NS, data, name=name)
    assert response.status_code == 200
    assert message in main_text(response)
    assert not ImportJob.objects.exists()


@pytest.mark.django_db
@override_settings(IMPORT_MAX_UPLOAD_BYTES=100)
def test_files_over_the_size_limit_are_refused(client, organizer):
    client.force_login(organizer)
    data = csv_bytes([["postal_code", "riding_code"]] + [["K1A", "35001"]] * 20)
    response = upload(client, NS, data)
    assert response.status_code == 200
    assert "files up to 100" in main_text(response)
    assert not ImportJob.objects.exists()


@pytest.mark.django_db
def test_the_upload_page_lists_the_columns_and_offers_a_template(client, organizer):
    client.force_login(organizer)
    page = main_text(client.get(reverse(f"{NS}:import")))
    assert "postal_code" in page and "riding_code" in page
    template = client.get(reverse(f"{NS}:import_template"))
    assert template.content.decode("utf-8-sig").strip() == "postal_code,riding_code,weight"


@pytest.mark.django_db
def test_discarding_an_upload_deletes_it(client, organizer):
    client.force_login(organizer)
    riding = RidingFactory()
    response = upload(
        client, NS, csv_bytes([["postal_code", "riding_code"], ["K1A", riding.code]])
    )
    job_id = response["Location"].rstrip("/").split("/")[-1]
    client.post(reverse(f"{NS}:import_cancel", args=[job_id]))
    assert not ImportJob.objects.exists()


# --- Background exports ------------------------------------------------------------------------


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
    client.force_login(organizer)
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
    client.force_login(staff_user("organizer2", "Organizers"))
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


def test_the_upload_form_file_field_accepts_csv_and_xlsx():
    from spreadsheets.forms import UploadForm

    form = UploadForm(
        {"file_format": "auto", "encoding": "auto"},
        {"file": SimpleUploadedFile("a.csv", b"a\r\n1\r\n")},
    )
    assert form.is_valid()


@pytest.mark.django_db
def test_imports_checked_before_the_resources_moved_name_the_new_resources():
    """spreadsheets/migrations/0003: an ImportJob keeps its resource's dotted path, which the
    runner imports to apply the file; jobs of moved resources point at the new modules, and
    back when the migration is reversed."""
    migration = importlib.import_module("spreadsheets.migrations.0003_moved_resource_paths")
    moved = {
        "petitions.resources.signatures.PostalCodeRidingResource": PostalCodeRidingResource,
        "petitions.resources.ridings.MemberResource": MemberResource,
        "petitions.resources.ridings.HouseOfCommonsMemberResource": HouseOfCommonsMemberResource,
        # Not moved: left as it is.
        "petitions.resources.signatures.SignatureResource": SignatureResource,
    }
    jobs = {
        old: ImportJob.objects.create(
            target="x", resource=old, file_name="x.csv", file_format="csv", data=b""
        )
        for old in moved
    }

    migration.rename_resource_paths(django_apps, None)

    for old, resource_class in moved.items():
        jobs[old].refresh_from_db()
        assert jobs[old].resource == runner.resource_path(resource_class)
        assert import_string(jobs[old].resource) is resource_class

    migration.restore_resource_paths(django_apps, None)

    assert {job.resource for job in ImportJob.objects.all()} == set(moved)
