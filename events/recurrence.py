"""When an event happens: its occurrences in its own time zone (RFC 5545 RRULE and EXDATE).

A repeating event is expanded in wall-clock time and only then placed in its time zone: "every
night at 19:00" stays at 19:00 on the night the clocks change, and its UTC instant moves by the
hour instead. Expanding in UTC would move the gathering to 18:00 or 20:00 local time.
"""

import datetime
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from icalendar import vRecur

# A bound on one event's occurrences: a nightly gathering for a year and a bit.
MAX_OCCURRENCES = 400
END_OF_DAY = datetime.time(23, 59, 59)


def parse_rule(text, time_zone):
    """The recurrence rule `text` (an RRULE value, "FREQ=DAILY;UNTIL=20260614") as a vRecur.

    Its UNTIL is made a wall-clock time in `time_zone` (a date means the end of that day). A rule
    needs an end (UNTIL or COUNT): an endless gathering cannot be listed as past, nor purged.
    Raises ValidationError with a translated message.
    """
    text = text.strip().removeprefix("RRULE:")
    try:
        rule = vRecur.from_ical(text)
        if not rule.get("FREQ"):
            raise ValueError("no FREQ")
        rrule.rrulestr(_local_rule_text(rule, time_zone), dtstart=datetime.datetime(2000, 1, 1))
    except (ValueError, TypeError) as error:
        raise ValidationError(
            _("This is not a recurrence rule, for example FREQ=DAILY;UNTIL=20260614.")
        ) from error
    if not rule.get("UNTIL") and not rule.get("COUNT"):
        raise ValidationError(
            _("A repeating event needs an end: add UNTIL=YYYYMMDD or COUNT=number to the rule.")
        )
    return rule


def parse_exdates(text):
    """The dates an event skips: one YYYY-MM-DD a line. Raises ValidationError."""
    dates = []
    for line in text.split():
        try:
            dates.append(datetime.date.fromisoformat(line.strip()))
        except ValueError as error:
            raise ValidationError(
                _("“%(value)s” is not a date in the form YYYY-MM-DD.") % {"value": line}
            ) from error
    return dates


def local_until(rule, time_zone):
    """The rule's UNTIL as a naive wall-clock datetime in `time_zone` (None when it has none)."""
    until = rule.get("UNTIL")
    if not until:
        return None
    until = until[0]
    if isinstance(until, datetime.datetime):
        if until.tzinfo is not None:
            return until.astimezone(ZoneInfo(time_zone)).replace(tzinfo=None)
        return until
    return datetime.datetime.combine(until, END_OF_DAY)


def _local_rule_text(rule, time_zone):
    local = vRecur(rule)
    until = local_until(rule, time_zone)
    if until is not None:
        local["UNTIL"] = [until]
    return local.to_ical().decode()


def occurrences(start, end, time_zone, rule_text="", exdates_text="", limit=MAX_OCCURRENCES):
    """Every (start, end) of an event as aware datetimes in its time zone, in order.

    `start` and `end` are the first occurrence's naive wall-clock times; `rule_text` an RRULE
    value (none: the one occurrence); `exdates_text` the dates skipped, one a line.
    """
    zone = ZoneInfo(time_zone)
    duration = end - start
    if not rule_text.strip():
        starts = [start]
    else:
        rule = parse_rule(rule_text, time_zone)
        starts = []
        for moment in rrule.rrulestr(_local_rule_text(rule, time_zone), dtstart=start):
            starts.append(moment)
            if len(starts) >= limit:
                break
    skipped = set(parse_exdates(exdates_text)) if exdates_text else set()
    return [
        (_aware(moment, zone), _aware(moment + duration, zone))
        for moment in starts
        if moment.date() not in skipped
    ]


def _aware(naive, zone):
    """A wall-clock time in `zone`, normalized.

    A time the clocks skip (02:30 on the spring-forward night) is read with the offset before the
    gap, so it becomes 03:30 (RFC 5545, 3.3.5); an ambiguous one takes its first instance.
    """
    return naive.replace(tzinfo=zone).astimezone(datetime.UTC).astimezone(zone)


def next_occurrence(all_occurrences, now):
    """The first (start, end) not over at `now`, or None when every one is past."""
    for start, end in all_occurrences:
        if end >= now:
            return start, end
    return None
