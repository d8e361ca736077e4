"""The organizers' packet pages and the delivery log in the Wagtail admin.

Who may reach them, generating from the admin, downloads through presigned URLs (private objects,
links that expire), the JSON status, the summary and blank sheets, and the delivery log with its
exports. Real SeaweedFS; tasks run inline.
"""

import csv
import io
import time

import openpyxl
import pytest
from django.test import TestCase
from django.urls import reverse
from pypdf import PdfReader

from petitions.models import Delivery, Packet, PacketBatch, PacketJob
from petitions.packets import storage, tasks
from tests.factories import packets as packet_factories
from tests.factories.packets import DeliveryFactory
from tests.support import s3
from tests.support.database import committing
from tests.support.html import soup
from tests.support.two_factor import sign_in
from tests.support.users import staff_user

s3_server = s3.s3_server
private_storage = s3.private_storage
petition_and_ridings = packet_factories.petition_and_ridings
petition = packet_factories.petition
ridings = packet_factories.ridings

pytestmark = [pytest.mark.django_db, pytest.mark.s3]


@pytest.fixture
def generated(private_storage, petition):
    with committing():
        batch, _ = tasks.start_batch(petition, None)
    batch.refresh_from_db()
    return batch


@pytest.fixture
def delivery(petition, ridings):
    return DeliveryFactory(petition=petition, riding=ridings["toronto"])


def packet_urls(petition, batch, packet, delivery):
    """Every packet and delivery URL (GET)."""
    admin = "petitions_admin:"
    return [
        reverse(admin + "packets", args=[petition.pk]),
        reverse(admin + "packets_status", args=[petition.pk, batch.pk]),
        reverse(admin + "packets_zip", args=[petition.pk, batch.pk]),
        reverse(admin + "packets_download", args=[petition.pk, packet.pk, "pdf"]),
        reverse(admin + "packets_download", args=[petition.pk, packet.pk, "csv"]),
        reverse(admin + "packets_summary", args=[petition.pk, "en"]),
        reverse(admin + "packets_summary", args=[petition.pk, "fr"]),
        reverse(admin + "packets_sheets", args=[petition.pk, "en"]),
        reverse(admin + "packets_sheets", args=[petition.pk, "fr"]),
        reverse("petition_deliveries:index"),
        reverse("petition_deliveries:index") + f"?petition={petition.pk}",
        reverse("petition_deliveries:index") + "?export=csv",
        reverse("petition_deliveries:index") + "?export=xlsx",
        reverse("petition_deliveries:add"),
        reverse("petition_deliveries:edit", args=[delivery.pk]),
        reverse("petition_deliveries:inspect", args=[delivery.pk]),
        reverse("petition_deliveries:delete", args=[delivery.pk]),
    ]


def post_urls(petition, batch, delivery):
    admin = "petitions_admin:"
    return [
        reverse(admin + "packets_generate", args=[petition.pk]),
        reverse(admin + "packets_resume", args=[petition.pk, batch.pk]),
        reverse("petition_deliveries:add"),
        reverse("petition_deliveries:edit", args=[delivery.pk]),
        reverse("petition_deliveries:delete", args=[delivery.pk]),
    ]


@pytest.fixture
def every_url(petition, generated, delivery):
    packet = Packet.objects.filter(petition=petition).first()
    return packet_urls(petition, generated, packet, delivery)


@pytest.mark.parametrize("who", ["Editors", "Translators", "Translators (fr)"])
def test_editors_and_translators_get_403_everywhere(
    client, who, petition, generated, delivery, every_url
):
    sign_in(client, staff_user("someone", who))
    for url in every_url:
        assert client.get(url).status_code == 403, url
    batches_before = PacketBatch.objects.count()
    for url in post_urls(petition, generated, delivery):
        assert client.post(url, {"bilingual": "on"}).status_code == 403, url
    assert PacketBatch.objects.count() == batches_before
    assert Delivery.objects.filter(pk=delivery.pk).exists()


def test_organizers_reach_every_url(client, organizer, every_url):
    sign_in(client, organizer)
    for url in every_url:
        response = client.get(url)
        if "/packets/" in url and (
            "download" in url or url.rstrip("/").endswith(("pdf", "csv", "zip"))
        ):
            assert response.status_code in (200, 302), url
        else:
            assert response.status_code == 200, url


def test_the_menu_shows_deliveries_to_organizers_only(client, organizer, home_page):
    client.force_login(staff_user("editor", "Editors"))
    assert (
        reverse("petition_deliveries:index")
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )
    sign_in(client, organizer)
    assert (
        reverse("petition_deliveries:index")
        in client.get(reverse("wagtailadmin_home")).content.decode()
    )


def test_a_packet_is_private_and_its_presigned_link_works_then_expires(
    client, organizer, s3_server, petition, ridings, generated, settings
):
    packet = Packet.objects.get(petition=petition, riding=ridings["toronto"])
    key = storage.object_key(packet.pdf_key)

    status, _headers, body = s3.unsigned_get(f"{s3_server.endpoint_url}/{s3_server.bucket}/{key}")
    assert status == 403 and b"AccessDenied" in body

    settings.PRESIGNED_URL_EXPIRY_SECONDS = 2
    sign_in(client, organizer)
    response = client.get(
        reverse("petitions_admin:packets_download", args=[petition.pk, packet.pk, "pdf"])
    )
    assert response.status_code == 302
    assert "no-store" in response["Cache-Control"]
    url = response["Location"]
    assert "X-Amz-Signature=" in url and "X-Amz-Expires=2" in url
    status, headers, body = s3.unsigned_get(url)
    assert status == 200 and body.startswith(b"%PDF")
    assert headers["Content-Disposition"] == (
        'attachment; filename="status-for-all-35901-Toronto-Centre.pdf"'
    )
    assert headers["Content-Type"] == "application/pdf"

    time.sleep(3.5)
    status, _headers, _body = s3.unsigned_get(url)
    assert status == 403


def test_the_french_packets_file_name_uses_the_french_riding_name(
    client, organizer, petition, ridings, generated
):
    packet = Packet.objects.get(petition=petition, riding=ridings["laurier"])
    sign_in(client, organizer)
    response = client.get(
        reverse("petitions_admin:packets_download", args=[petition.pk, packet.pk, "csv"])
    )
    status, headers, _body = s3.unsigned_get(response["Location"])
    assert status == 200
    assert (
        'filename="status-for-all-24901-Laurier-Sainte-Marie.csv"'
        in headers["Content-Disposition"]
    )


def test_a_packet_of_another_petition_is_not_found(client, organizer, home_page, generated):
    from tests.factories.petitions import make_petition

    other = make_petition(home_page)
    packet = Packet.objects.first()
    sign_in(client, organizer)
    url = reverse("petitions_admin:packets_download", args=[other.pk, packet.pk, "pdf"])
    assert client.get(url).status_code == 404
    url = reverse("petitions_admin:packets_download", args=[packet.petition_id, packet.pk, "exe"])
    assert client.get(url).status_code == 404


def test_generating_from_the_admin_and_the_status_json(
    client, organizer, private_storage, petition
):
    sign_in(client, organizer)
    url = reverse("petitions_admin:packets_generate", args=[petition.pk])
    with committing():
        response = client.post(url, {"bilingual": "on"})
    assert response.status_code == 302
    batch = PacketBatch.objects.get()
    assert batch.bilingual and batch.started_by == organizer

    status = client.get(reverse("petitions_admin:packets_status", args=[petition.pk, batch.pk]))
    assert status.json() == {"done": 3, "total": 3, "failed": 0, "finished": True}

    page = client.get(reverse("petitions_admin:packets", args=[petition.pk]))
    html = soup(page)
    progress = html.select_one("[data-job-progress]")
    assert progress["data-status-url"].endswith(f"/batches/{batch.pk}/status.json")
    assert progress["data-finished"] == "true"
    assert html.select_one('script[src$="js/job-progress.js"]')
    rows = {row["data-riding"]: row for row in html.select("tr[data-riding]")}
    assert set(rows) == {"35901", "24901", "35902"}
    assert rows["35901"].select_one("[data-status]")["data-status"] == "done"
    assert html.select_one('a[data-download="zip"]')


def test_clicking_generate_twice_while_running_starts_one_batch(client, organizer, petition):
    sign_in(client, organizer)
    url = reverse("petitions_admin:packets_generate", args=[petition.pk])
    with TestCase.captureOnCommitCallbacks(execute=False):
        client.post(url)
        client.post(url)
    assert PacketBatch.objects.count() == 1
    page = client.get(reverse("petitions_admin:packets", args=[petition.pk]))
    assert soup(page).select_one("[data-job-progress]")["data-finished"] == "false"


def test_failures_are_reported_and_retried_from_the_admin(
    client, organizer, private_storage, petition, monkeypatch
):
    real_upload = storage.upload

    def down(name, fileobj, extension):
        raise storage.StorageUnavailable("S3 could not be reached: Could not connect")

    monkeypatch.setattr(storage, "upload", down)
    sign_in(client, organizer)
    with committing():
        client.post(reverse("petitions_admin:packets_generate", args=[petition.pk]))
    batch = PacketBatch.objects.get()
    page = client.get(reverse("petitions_admin:packets", args=[petition.pk]))
    alert = soup(page).select_one('[role="alert"]')
    assert "3 ridings failed" in alert.get_text(" ")
    assert "S3 could not be reached" in alert.get_text(" ")

    monkeypatch.setattr(storage, "upload", real_upload)
    with committing():
        response = client.post(
            reverse("petitions_admin:packets_resume", args=[petition.pk, batch.pk])
        )
    assert response.status_code == 302
    batch.refresh_from_db()
    assert set(batch.jobs.values_list("status", flat=True)) == {PacketJob.Status.DONE}
    assert batch.archive_key


def test_summary_and_blank_sheets_are_pdfs(client, organizer, petition, delivery):
    sign_in(client, organizer)
    response = client.get(reverse("petitions_admin:packets_summary", args=[petition.pk, "en"]))
    data = b"".join(response.streaming_content)
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="status-for-all-summary-en.pdf"' in response["Content-Disposition"]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "Toronto Centre" in text
    for name in ("Zoë Zamora", "Quiet Counted"):
        assert name not in text

    for language in ("en", "fr"):
        response = client.get(
            reverse("petitions_admin:packets_sheets", args=[petition.pk, language])
        )
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF")
    bad = client.get(reverse("petitions_admin:packets_sheets", args=[petition.pk, "de"]))
    assert bad.status_code == 404


def test_recording_a_delivery_and_the_dashboard_counts(client, organizer, petition, ridings):
    sign_in(client, organizer)
    dashboard = reverse("petitions_admin:dashboard", args=[petition.pk])
    html = soup(client.get(dashboard))
    assert html.select_one('[data-delivery="delivered"]').get_text(strip=True) == "0"
    assert html.select_one('[data-delivery="pending"]').get_text(strip=True) == "3"
    assert html.select_one(f'a[href="{reverse("petitions_admin:packets", args=[petition.pk])}"]')

    response = client.post(
        reverse("petition_deliveries:add"),
        {
            "petition": petition.pk,
            "riding": ridings["laurier"].pk,
            "delivered_on": "2026-11-19",
            "method": "mail",
            "delivered_by": "Comité de Montréal",
            "notes": "Registered mail",
            "response": "",
        },
    )
    assert response.status_code == 302, response.content
    delivery = Delivery.objects.get()
    assert delivery.recorded_by == organizer and delivery.method == "mail"

    html = soup(client.get(dashboard))
    assert html.select_one('[data-delivery="delivered"]').get_text(strip=True) == "1"
    assert html.select_one('[data-delivery="pending"]').get_text(strip=True) == "2"


def test_a_bad_delivery_form_shows_errors_and_saves_nothing(client, organizer, petition):
    sign_in(client, organizer)
    response = client.post(
        reverse("petition_deliveries:add"),
        {"petition": petition.pk, "riding": "", "delivered_on": "not a date", "method": "fax"},
    )
    assert response.status_code == 200
    assert not Delivery.objects.exists()
    assert "error" in response.content.decode()


def test_the_delivery_log_filters_and_exports(client, organizer, home_page, petition, ridings):
    from tests.factories.petitions import make_petition

    other = make_petition(home_page, title="Another petition")
    DeliveryFactory(petition=petition, riding=ridings["toronto"], delivered_by="=cmd|x")
    DeliveryFactory(petition=other, riding=ridings["ottawa"], delivered_by="Ottawa team")
    sign_in(client, organizer)
    url = reverse("petition_deliveries:index")

    listing = client.get(url, {"petition": petition.pk}).content.decode()
    assert "Toronto Centre" in listing and "Ottawa team" not in listing

    response = client.get(url, {"petition": petition.pk, "export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 2
    assert "35901" in rows[1] and "Status for all" in rows[1]

    response = client.get(url, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert sheet.max_row == 3
