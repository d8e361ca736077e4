"""The admin's Import page (spreadsheets/views.py) with bad input.

Every bad file shown as its error with nothing created, the size limit; the columns and a template
offered; an upload discarded.
"""

import pytest
from django.test import override_settings
from django.urls import reverse

from spreadsheets.models import ImportJob
from tests.factories import RidingFactory
from tests.factories.imports import csv_bytes, upload
from tests.support.html import main_text
from tests.support.two_factor import sign_in

NS = "petition_postal_codes"


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
    sign_in(client, organizer)
    response = upload(client, NS, data, name=name)
    assert response.status_code == 200
    assert message in main_text(response)
    assert not ImportJob.objects.exists()


@pytest.mark.django_db
@override_settings(IMPORT_MAX_UPLOAD_BYTES=100)
def test_files_over_the_size_limit_are_refused(client, organizer):
    sign_in(client, organizer)
    data = csv_bytes([["postal_code", "riding_code"]] + [["K1A", "35001"]] * 20)
    response = upload(client, NS, data)
    assert response.status_code == 200
    assert "files up to 100" in main_text(response)
    assert not ImportJob.objects.exists()


@pytest.mark.django_db
def test_the_upload_page_lists_the_columns_and_offers_a_template(client, organizer):
    sign_in(client, organizer)
    page = main_text(client.get(reverse(f"{NS}:import")))
    assert "postal_code" in page and "riding_code" in page
    template = client.get(reverse(f"{NS}:import_template"))
    assert template.content.decode("utf-8-sig").strip() == "postal_code,riding_code,weight"


@pytest.mark.django_db
def test_discarding_an_upload_deletes_it(client, organizer):
    sign_in(client, organizer)
    riding = RidingFactory()
    response = upload(
        client, NS, csv_bytes([["postal_code", "riding_code"], ["K1A", riding.code]])
    )
    job_id = response["Location"].rstrip("/").split("/")[-1]
    client.post(reverse(f"{NS}:import_cancel", args=[job_id]))
    assert not ImportJob.objects.exists()
