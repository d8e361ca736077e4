"""When a registrant may see the video link and a private address.

From EVENT_REVEAL_MINUTES before the start of the next occurrence until its end, to confirmed
registrants only, on their private page. Never on the public page, in its `.ics` or JSON-LD.
"""

import datetime

from django.conf import settings
from django.utils import timezone

from events.models import Registration


def reveal_opens_at(event, now=None):
    """When the next occurrence's details are shown: its start less EVENT_REVEAL_MINUTES."""
    start, _end = event.next_occurrence(now)
    return start - datetime.timedelta(minutes=settings.EVENT_REVEAL_MINUTES)


def revealed_details(registration, now=None):
    """{"online_url", "address"} the registrant may see at `now`: empty outside the window."""
    event = registration.event
    now = now or timezone.now()
    if registration.status != Registration.Status.CONFIRMED or event.status != "scheduled":
        return {}
    start, end = event.next_occurrence(now)
    if not (start - datetime.timedelta(minutes=settings.EVENT_REVEAL_MINUTES) <= now <= end):
        return {}
    details = {}
    if event.is_online and event.online_url:
        details["online_url"] = event.online_url
    if event.is_in_person and event.address_after_registration and event.address:
        details["address"] = event.address
    return details
