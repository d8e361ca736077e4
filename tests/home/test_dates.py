"""The unambiguous dates of the admin screens (home/dates.py) and the one goal rounding."""

import datetime

from django.utils import translation

from home import dates
from petitions import tally


def test_a_moment_is_written_in_iso_order_in_the_sites_time_zone(settings):
    settings.TIME_ZONE = "America/Toronto"
    moment = datetime.datetime(2026, 12, 6, 1, 11, tzinfo=datetime.UTC)
    for language in ("en", "fr", "pa"):
        with translation.override(language):
            assert dates.stamp(moment) == "2026-12-05 20:11"
    assert dates.stamp(None) == ""


def test_the_time_zone_is_a_setting(settings):
    settings.TIME_ZONE = "America/Vancouver"
    moment = datetime.datetime(2026, 12, 6, 1, 11, tzinfo=datetime.UTC)
    assert dates.stamp(moment) == "2026-12-05 17:11"
    assert dates.day(moment) == "5 Dec 2026"


def test_a_day_names_its_month_and_never_counts_hours():
    with translation.override("en"):
        assert dates.day(datetime.date(2026, 12, 5)) == "5 Dec 2026"
    with translation.override("fr"):
        assert dates.day(datetime.date(2026, 12, 5)) == "5 Déc 2026"


def test_goal_percentages_round_down_and_stop_at_100():
    assert tally.goal_percent(19_990, 20_000) == 99
    assert tally.goal_percent(20_000, 20_000) == 100
    assert tally.goal_percent(30_000, 20_000) == 100
    assert tally.goal_percent(5, 0) is None
    assert tally.Progress(total=19_990, goal=20_000).percent == 99
