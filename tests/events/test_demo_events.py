"""The events app's demo content, as load_demo creates it."""

import datetime
import io

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse

from events import moderation
from events.demo.partners import PARTNER_PASSWORD, PARTNER_USERNAME
from events.models import ActionDayPage, EventPage
from events.permissions import EVENT_PARTNERS, PARTNER_REVIEW_TASK
from tests.support.two_factor import login_verified

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_week_of_action_a_nightly_gathering_press_conferences_and_an_assembly():
    call_command("load_demo", "--no-admin", stdout=io.StringIO())
    english = EventPage.objects.filter(locale__language_code="en")
    week = ActionDayPage.objects.get(locale__language_code="en")
    assert week.accepts_partner_events and moderation.is_open_to_partners(week)
    # DEBUG is off (the test settings): no account with a published password.
    assert not User.objects.filter(username=PARTNER_USERNAME).exists()
    assert not EventPage.objects.filter(slug="sign-painting-party").exists()
    rallies = english.child_of(week).filter(kind="rally")
    assert len({rally.province for rally in rallies}) == 6
    press = english.filter(kind="press_conference")
    assert press.count() == 5
    # At once: one UTC instant, five local times.
    assert len({event.starts_at for event in press}) == 1
    assert len({event.start_time for event in press}) > 1
    nightly = english.get(slug="permanent-protest")
    assert len(nightly.occurrences()) == 18
    assert {start.time() for start, _end in nightly.occurrences()} == {datetime.time(19, 0)}
    assembly = english.get(slug="open-assembly")
    assert (assembly.privacy_mode, assembly.attendance) == ("anonymous", "online")
    for language, title in (("fr", "Assemblée ouverte et anonyme"), ("pa", "ਖੁੱਲ੍ਹੀ ਅਤੇ ਗੁਮਨਾਮ ਸਭਾ")):
        translated = EventPage.objects.get(
            translation_key=assembly.translation_key, locale__language_code=language
        )
        assert translated.title == title and translated.alias_of_id is None


def test_with_debug_on_a_partners_event_awaits_review(settings, client):
    settings.DEBUG = True
    call_command("load_demo", stdout=io.StringIO())
    partner = User.objects.get(username=PARTNER_USERNAME)
    assert partner.check_password(PARTNER_PASSWORD)
    assert list(partner.groups.values_list("name", flat=True)) == [EVENT_PARTNERS]
    event = EventPage.objects.get(slug="sign-painting-party", locale__language_code="en")
    assert event.owner == partner and not event.live
    assert event.get_parent().specific == ActionDayPage.objects.get(locale__language_code="en")
    assert event.current_workflow_task.name == PARTNER_REVIEW_TASK

    login_verified(client, User.objects.get(username="admin"))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Awaiting your review" in dashboard and "Sign-painting party" in dashboard
