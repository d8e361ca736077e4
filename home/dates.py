"""The two ways the admin screens, letters and packets write a moment, each unambiguous.

- stamp(): a moment in the site's time zone (settings.TIME_ZONE), "2026-12-05 20:11". ISO order
  reads the same in every language; 12/05/2026 is the 5th of December to some and the 12th of
  May to others.
- day(): a calendar date, "5 Dec 2026", the month named in the active language. A date-only
  field (a delivery's day, a closing date) is never shown relative to now ("20 hours ago"): it
  has no hour to count from.
"""

import datetime

from django.utils import formats, timezone

STAMP_FORMAT = "Y-m-d H:i"
DAY_FORMAT = "j M Y"


def stamp(value: datetime.datetime | None) -> str:
    """A moment as "2026-12-05 20:11", in the site's time zone ("" for None)."""
    if value is None:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return formats.date_format(value, STAMP_FORMAT)


def day(value: datetime.date | datetime.datetime | None) -> str:
    """A date as "5 Dec 2026" (a moment: its date in the site's time zone; "" for None)."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return formats.date_format(value, DAY_FORMAT)
