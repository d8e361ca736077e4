"""The events app's demo content, as load_demo creates it."""

import datetime
import io

import pytest
from django.core.management import call_command

from events.models import ActionDayPage, EventPage

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_week_of_action_a_nightly_gathering_press_conferences_and_an_assembly():
    call_command("load_demo", "--no-admin", stdout=io.StringIO())
    english = EventPage.objects.filter(locale__language_code="en")
    week = ActionDayPage.objects.get(locale__language_code="en")
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
