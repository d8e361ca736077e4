"""The organizers' event screens: registrants, exports, the check-in sheet, messages, counts."""

import csv
import io

import pytest
from django.core import mail
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from events.models import RegistrantMessage
from events.registration import places
from tests.factories.events import EventPageFactory
from tests.support.database import committing
from tests.support.html import soup
from tests.support.two_factor import login_verified

pytestmark = pytest.mark.django_db


@pytest.fixture
def organizer_client(client, organizer):
    login_verified(client, organizer)
    return client


@pytest.fixture
def rally(event_index):
    event = EventPageFactory(
        parent=event_index,
        registration_enabled=True,
        capacity=2,
        registration_questions="Accessibility needs",
    )
    places.register(
        event,
        language="en",
        name="Ana Reyes",
        email="ana@example.org",
        answers={"Accessibility needs": '=HYPERLINK("http://evil")'},
    )
    places.register(event, language="fr", name="Marie Roy", email="marie@example.org")
    places.register(event, language="en", name="Ben Waits", email="ben@example.org")
    return event


@pytest.fixture
def assembly(event_index):
    event = EventPageFactory(
        parent=event_index, title="Assembly", registration_enabled=True, privacy_mode="anonymous"
    )
    registration, _token, _ = places.register(event, language="es", nickname="Lupe")
    return event, registration


def url(name, event):
    return reverse(f"events_admin:{name}", args=[event.pk])


def test_the_list_shows_counts_per_event(organizer_client, rally):
    html = organizer_client.get(reverse("events_admin:index")).content.decode()
    assert rally.title in html
    assert "<td>2</td>" in html and "<td>1</td>" in html  # confirmed, waitlisted


def test_registrants_are_listed_searched_and_filtered(organizer_client, rally):
    html = organizer_client.get(url("registrations", rally)).content.decode()
    assert "Ana Reyes" in html and "Ben Waits" in html
    html = organizer_client.get(url("registrations", rally) + "?q=marie").content.decode()
    assert "Marie Roy" in html and "Ana Reyes" not in html
    html = organizer_client.get(
        url("registrations", rally) + "?status=waitlisted"
    ).content.decode()
    assert "Ben Waits" in html and "Ana Reyes" not in html


def test_csv_and_xlsx_exports_keep_formulas_as_text(organizer_client, rally):
    response = organizer_client.get(url("registrations", rally) + "?export=csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][-1] == "Accessibility needs"
    ana = next(row for row in rows if "Ana Reyes" in row)
    assert ana[-1] == '\'=HYPERLINK("http://evil")'
    response = organizer_client.get(url("registrations", rally) + "?export=xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    cells = [cell.value for row in sheet.iter_rows() for cell in row]
    assert '\'=HYPERLINK("http://evil")' in cells
    assert sheet.cell(2, 1).data_type == "s"


def test_the_check_in_sheet_names_standard_registrants_and_only_codes_for_anonymous_ones(
    organizer_client, rally, assembly
):
    response = organizer_client.get(url("checkin", rally))
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Ana Reyes" in text and "Marie Roy" in text
    assert "Ben Waits" not in text  # waitlisted
    event, registration = assembly
    response = organizer_client.get(url("checkin", event))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert registration.code in text and "codes only" in text


def test_a_message_to_all_registrants_is_logged_and_sent_by_workers(
    organizer_client, organizer, rally
):
    with committing():
        response = organizer_client.post(
            url("message", rally), {"subject": "Bring water", "body": "It will be hot."}
        )
    assert response.status_code == 302
    message = RegistrantMessage.objects.get()
    assert (message.recipients, message.sent_by) == (3, organizer)
    assert sorted(email.to[0] for email in mail.outbox) == [
        "ana@example.org",
        "ben@example.org",
        "marie@example.org",
    ]
    assert all(email.subject == "Bring water" for email in mail.outbox)


def test_an_empty_message_is_refused_and_nothing_is_sent(organizer_client, rally):
    response = organizer_client.post(url("message", rally), {"subject": "", "body": ""})
    assert response.status_code == 200
    assert not RegistrantMessage.objects.exists() and not mail.outbox


@pytest.mark.parametrize("role", ["editor", "translator"])
def test_editors_and_translators_never_see_registrants(client, request, role, rally):
    login_verified(client, request.getfixturevalue(role))
    for name in ("registrations", "checkin", "message"):
        response = client.get(url(name, rally))
        assert response.status_code == 403, name
        assert b"Ana Reyes" not in response.content
    assert client.get(reverse("events_admin:index")).status_code == 403


def test_the_header_names_the_screen_and_its_event(organizer_client, rally):
    # Without breadcrumbs of its own, Wagtail's header said only "Home".
    page = soup(organizer_client.get(url("registrations", rally)))
    crumbs = page.find("nav", attrs={"aria-label": "Breadcrumb"})
    text = " ".join(crumbs.get_text(" ").split())
    assert "Event registrations" in text and "Registrations" in text and rally.title in text
