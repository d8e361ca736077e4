"""Listing columns that write dates unambiguously (home/dates.py), for the organizers' listings.

Wagtail's DateColumn writes "20 hours ago": wrong for a date-only field (a delivery's day has
no hour) and vague for a signature's moment. These write "2026-12-05 20:11" and "5 Dec 2026".
"""

from wagtail.admin.ui.tables import Column

from home import dates


class StampColumn(Column):
    """A moment, "2026-12-05 20:11" in the site's time zone."""

    def get_value(self, instance):
        return dates.stamp(super().get_value(instance))


class DayColumn(Column):
    """A calendar date, "5 Dec 2026"."""

    def get_value(self, instance):
        return dates.day(super().get_value(instance))
