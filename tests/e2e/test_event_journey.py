"""A phone user registers anonymously in Spanish for an online assembly.

They get a code and a private link on screen; the private page holds the video link back until
EVENT_REVEAL_MINUTES before the start, then shows it.
"""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from events.models import EventPage, Registration
from tests.factories.events import EventIndexPageFactory, EventPageFactory
from tests.support.localize import translate

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
VIDEO = "https://meet.example.org/asamblea-abierta"
HALIFAX = ZoneInfo("America/Halifax")


def starting_in(minutes):
    start = (timezone.now() + datetime.timedelta(minutes=minutes)).astimezone(HALIFAX)
    end = start + datetime.timedelta(hours=1)
    return {
        "start_date": start.date(),
        "start_time": start.time().replace(second=0, microsecond=0),
        "end_date": end.date() if end.date() != start.date() else None,
        "end_time": end.time().replace(second=0, microsecond=0),
    }


def move_event(event, minutes):
    """Move every language of the event (its facts are synchronized) to start in `minutes`."""
    for version in EventPage.objects.filter(translation_key=event.translation_key):
        for name, value in starting_in(minutes).items():
            setattr(version, name, value)
        version.save()


def test_a_phone_user_registers_anonymously_in_spanish_and_the_link_appears_in_time(
    home_page, new_context, csp_violations
):
    index = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(
        parent=index,
        title="Open and anonymous assembly",
        kind="online_assembly",
        attendance="online",
        online_url=VIDEO,
        time_zone="America/Halifax",
        registration_enabled=True,
        privacy_mode="anonymous",
        interpretation_languages=["es", "en"],
        **starting_in(120),
    )
    translate(index, "es", {"Events": "Eventos"})
    spanish = translate(event, "es", {"Open and anonymous assembly": "Asamblea abierta y anónima"})

    page = new_context(**PHONE).new_page()
    page.goto(spanish.get_url())
    assert page.locator("html").get_attribute("lang") == "es"
    assert VIDEO not in page.content()
    page.get_by_label("Apodo (opcional)").fill("Lupe")
    page.get_by_role("button", name="Inscribirse").click()

    page.wait_for_url(re.compile(r"/es/register-event/\d+/"))  # where the form posts
    assert page.get_by_role("heading", level=1).inner_text() == "Está inscrito/a"
    code = page.locator(".registration-code").inner_text()
    registration = Registration.objects.get()
    assert code == registration.code and re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    assert (registration.nickname, registration.email, registration.language) == ("Lupe", "", "es")
    private_url = page.locator("a.private-link").get_attribute("href")

    page.goto(private_url)
    assert page.locator(".registration-code").inner_text() == code
    assert "aparecerá aquí" in page.locator(".reveal-pending").inner_text()
    assert page.locator("a.video-link").count() == 0
    assert VIDEO not in page.content()

    move_event(event, 20)  # inside the 30 minutes before the start
    page.reload()
    link = page.get_by_role("link", name="Unirse a la reunión por video")
    assert link.get_attribute("href") == VIDEO
    assert csp_violations.on_public_pages() == []
