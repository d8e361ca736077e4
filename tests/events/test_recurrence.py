"""Occurrences of repeating events, in their own time zone, across daylight-saving changes."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from events.recurrence import occurrences, parse_rule

UTC = datetime.UTC


def test_a_nightly_gathering_in_regina_stays_at_19_00_and_at_the_same_utc_instant():
    # Saskatchewan keeps CST all year: on the night the rest of Canada falls back (Sunday
    # November 1, 2026), 19:00 in Regina is 01:00 UTC before and after.
    found = occurrences(
        datetime.datetime(2026, 10, 30, 19, 0),
        datetime.datetime(2026, 10, 30, 21, 0),
        "America/Regina",
        "FREQ=DAILY;UNTIL=20261103",
    )
    assert [start.date().isoformat() for start, _end in found] == [
        "2026-10-30",
        "2026-10-31",
        "2026-11-01",
        "2026-11-02",
        "2026-11-03",
    ]
    assert {(start.hour, start.minute) for start, _end in found} == {(19, 0)}
    assert {start.astimezone(UTC).hour for start, _end in found} == {1}


def test_a_nightly_gathering_in_st_johns_keeps_its_wall_clock_time_when_the_clocks_change():
    # St. John's: UTC-2:30 in summer, UTC-3:30 from November 1, 2026 at 02:00.
    found = occurrences(
        datetime.datetime(2026, 10, 31, 19, 0),
        datetime.datetime(2026, 10, 31, 20, 30),
        "America/St_Johns",
        "FREQ=DAILY;COUNT=2",
    )
    (before, before_end), (after, after_end) = found
    assert (before.hour, before.minute) == (after.hour, after.minute) == (19, 0)
    assert before.astimezone(UTC) == datetime.datetime(2026, 10, 31, 21, 30, tzinfo=UTC)
    assert after.astimezone(UTC) == datetime.datetime(2026, 11, 1, 22, 30, tzinfo=UTC)
    # An hour and a half each, in real time too.
    assert before_end - before == after_end - after == datetime.timedelta(minutes=90)


def test_spring_forward_moves_a_time_in_the_gap_past_it():
    # Toronto, March 8, 2026: 02:00 to 03:00 does not exist.
    [(start, _end)] = occurrences(
        datetime.datetime(2026, 3, 8, 2, 30),
        datetime.datetime(2026, 3, 8, 3, 30),
        "America/Toronto",
    )
    assert start.astimezone(UTC) == datetime.datetime(2026, 3, 8, 7, 30, tzinfo=UTC)
    assert start.hour == 3


def test_skipped_dates_are_left_out_and_a_weekly_rule_expands_by_day():
    found = occurrences(
        datetime.datetime(2026, 6, 1, 12, 0),
        datetime.datetime(2026, 6, 1, 13, 0),
        "America/Vancouver",
        "FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260614",
        "2026-06-04\n2026-06-08",
    )
    assert [start.date().isoformat() for start, _end in found] == ["2026-06-01", "2026-06-11"]
    assert all(start.tzinfo == ZoneInfo("America/Vancouver") for start, _end in found)


def test_until_as_a_utc_time_is_read_in_the_event_zone():
    found = occurrences(
        datetime.datetime(2026, 6, 1, 19, 0),
        datetime.datetime(2026, 6, 1, 20, 0),
        "America/Toronto",
        # 23:30 UTC on June 3 is 19:30 in Toronto: the June 3 gathering is the last.
        "FREQ=DAILY;UNTIL=20260603T233000Z",
    )
    assert found[-1][0].date() == datetime.date(2026, 6, 3)


@pytest.mark.parametrize("rule", ["FREQ=DAILY", "nonsense", "FREQ=SOMETIMES;COUNT=2", "COUNT=2"])
def test_a_rule_without_an_end_or_that_is_not_a_rule_is_refused(rule):
    with pytest.raises(ValidationError):
        parse_rule(rule, "America/Toronto")
