"""Deleting registrants after their event; the counts stay (RegistrationTally).

Anonymous registrations go as soon as their event has ended (the hourly purge: within the hour,
well inside the 24 hours promised); standard ones EVENT_REGISTRATION_RETENTION_DAYS after the end.
`manage.py purge_event_registrations` runs it hourly.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from events.choices import PrivacyMode
from events.models import Registration, RegistrationTally


def purge_registrants(now=None):
    """Delete the registrations that are due; returns (anonymous, standard) deleted."""
    now = now or timezone.now()
    standard_cutoff = now - datetime.timedelta(days=settings.EVENT_REGISTRATION_RETENTION_DAYS)
    due = {
        PrivacyMode.ANONYMOUS: Registration.objects.filter(
            privacy_mode=PrivacyMode.ANONYMOUS, event__ends_at__lt=now
        ),
        PrivacyMode.STANDARD: Registration.objects.filter(
            privacy_mode=PrivacyMode.STANDARD, event__ends_at__lt=standard_cutoff
        ),
    }
    deleted = {}
    with transaction.atomic():
        for mode, registrations in due.items():
            events = set(registrations.values_list("event_id", flat=True))
            deleted[mode], _by_model = registrations.delete()
            RegistrationTally.objects.filter(event_id__in=events).update(registrants_purged_at=now)
    return deleted[PrivacyMode.ANONYMOUS], deleted[PrivacyMode.STANDARD]
