"""Reminders before an event, and notices when it changes or is cancelled.

Both find who is due and enqueue one email task per registrant (events/registration/tasks.py):
`manage.py send_event_reminders` every few minutes, and the page_published signal for changes.
Each registration is marked before its task is enqueued, in one UPDATE, so two overlapping runs
never remind anyone twice.
"""

import datetime
import hashlib

from django.db import transaction
from django.utils import timezone

from events.choices import Status
from events.models import EventPage, Registration, RegistrationTally
from events.registration import tasks

DAY = datetime.timedelta(days=1)
HOUR = datetime.timedelta(hours=1)


def send_due_reminders(now=None):
    """Enqueue the reminders due at `now`: a day and an hour before the next start.

    Confirmed registrants with an email only (anonymous ones keep none). Returns how many.
    """
    now = now or timezone.now()
    sent = 0
    events = EventPage.objects.filter(
        registration_enabled=True, status=Status.SCHEDULED, ends_at__gte=now
    ).filter(pk__in=Registration.objects.values("event_id"))
    for event in events:
        start, _end = event.next_occurrence(now)
        if start <= now:
            continue
        for field, window, kind in (
            ("reminded_hour_at", HOUR, "hour"),
            ("reminded_day_at", DAY, "day"),
        ):
            if start - now > window:
                continue
            due = Registration.objects.filter(
                event=event, status=Registration.Status.CONFIRMED, **{f"{field}__isnull": True}
            ).exclude(email="")
            with transaction.atomic():
                ids = list(due.select_for_update(skip_locked=True).values_list("pk", flat=True))
                # The hour's reminder makes the day's one pointless.
                marks = {field: now, "reminded_day_at": now} if kind == "hour" else {field: now}
                Registration.objects.filter(pk__in=ids).update(**marks)
            for pk in ids:
                tasks.send_reminder_email.enqueue(pk, kind)
            sent += len(ids)
    return sent


def fingerprint(event):
    """What registrants are told about when it changes: status, times, place."""
    facts = (
        event.status,
        event.start_date,
        event.start_time,
        event.end_date,
        event.end_time,
        event.time_zone,
        event.recurrence,
        event.recurrence_exceptions,
        event.attendance,
        event.venue_name,
        event.address,
        event.city,
    )
    # str() of each: a default (a TextChoices member) and the value read back are equal.
    return hashlib.sha256("|".join(str(fact) for fact in facts).encode()).hexdigest()


def notify_if_changed(event):
    """Enqueue a notice to every active registrant when the event's facts changed.

    Called when the source-language event is published. Returns how many were enqueued.
    """
    new = fingerprint(event)
    with transaction.atomic():
        tally = RegistrationTally.objects.select_for_update().filter(event=event).first()
        if tally is None or tally.notified_fingerprint == new:
            return 0
        tally.notified_fingerprint = new
        tally.save(update_fields=["notified_fingerprint"])
    ids = list(
        Registration.objects.filter(event=event)
        .exclude(status=Registration.Status.CANCELLED)
        .exclude(email="")
        .values_list("pk", flat=True)
    )
    for pk in ids:
        tasks.send_change_notice_email.enqueue(pk)
    return len(ids)
