"""Places at an event: registering, cancelling and promoting from the waitlist.

Each change happens in a transaction that first locks the event's RegistrationTally row
(SELECT ... FOR UPDATE): registrations of one event are decided one at a time, so 50 people
registering at the same instant never get more confirmed places than the capacity. The tally's
counts are updated in the same transaction; they are what the public page shows and what stays
after the registrants are purged.
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from events.choices import PrivacyMode
from events.models import EventPage, Registration, RegistrationTally
from events.registration import tokens
from events.registration.notices import fingerprint

Status = Registration.Status


def source_event(page):
    """The source-language event that registrations belong to (`page` when it is one)."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    return (
        EventPage.objects.filter(
            translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
        ).first()
        or page
    )


def tally_of(page):
    """The counts of `page`'s event (unsaved zeros when nobody registered yet)."""
    event = source_event(page)
    return RegistrationTally.objects.filter(event=event).first() or RegistrationTally(event=event)


def places_left(event, tally):
    """The confirmed places still free (None: no limit)."""
    if not event.registration_enabled or event.capacity is None:
        return None
    return max(event.capacity - tally.confirmed, 0)


def _locked_tally(event):
    # The row exists before it is locked: concurrent first registrations insert it at most once.
    # It starts with the facts people register for: changes to them are notified.
    RegistrationTally.objects.bulk_create(
        [RegistrationTally(event=event, notified_fingerprint=fingerprint(event))],
        ignore_conflicts=True,
    )
    return RegistrationTally.objects.select_for_update().get(event=event)


def register(page, *, language, name="", email="", nickname="", answers=None):
    """Register someone for `page`'s event: (registration, token, repeat).

    `token` is the private link's token (None for a repeat). A standard event's address already
    registered (and not cancelled) gives the existing registration and repeat=True, nothing new:
    the cap per email. An anonymous event keeps no name and no email, whatever is passed.
    """
    event = source_event(page)
    anonymous = event.privacy_mode == PrivacyMode.ANONYMOUS
    if anonymous:
        name = email = ""
    token = tokens.new_token()
    with transaction.atomic():
        tally = _locked_tally(event)
        if email:
            existing = (
                Registration.objects.filter(event=event, email__iexact=email)
                .exclude(status=Status.CANCELLED)
                .first()
            )
            if existing is not None:
                return existing, None, True
        confirmed = event.capacity is None or tally.confirmed < event.capacity
        registration = _create(
            event,
            status=Status.CONFIRMED if confirmed else Status.WAITLISTED,
            privacy_mode=event.privacy_mode,
            name=name.strip(),
            email=email.strip().lower(),
            nickname=nickname.strip(),
            language=language,
            answers=answers or {},
            token_hash=tokens.token_hash(token),
        )
        counter = "confirmed" if confirmed else "waitlisted"
        RegistrationTally.objects.filter(event=event).update(**{counter: F(counter) + 1})
    return registration, token, False


def _create(event, **fields):
    # A code already taken at this event (one chance in billions) draws another.
    for _attempt in range(5):
        code = tokens.new_code()
        if not Registration.objects.filter(event=event, code=code).exists():
            return Registration.objects.create(event=event, code=code, **fields)
    raise IntegrityError("no free registration code")


def find(page, token):
    """The registration of `page`'s event whose private link carries `token`, or None."""
    return (
        Registration.objects.filter(event=source_event(page), token_hash=tokens.token_hash(token))
        .select_related("event")
        .first()
    )


def cancel(registration):
    """Cancel a registration; a confirmed place goes to the first waitlisted person.

    Returns the promoted registration (its email is sent by the caller's task), or None.
    """
    event = registration.event
    with transaction.atomic():
        _locked_tally(event)
        registration.refresh_from_db()
        if registration.status == Status.CANCELLED:
            return None
        was = registration.status
        registration.status = Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at", "updated_at"])
        RegistrationTally.objects.filter(event=event).update(
            **{was: F(was) - 1, "cancelled": F("cancelled") + 1}
        )
        return promote_waitlisted(event)


def promote_waitlisted(event):
    """Give the next free place to the first waitlisted person; call with the tally locked.

    Returns the promoted registration, or None when there is no free place or nobody waiting.
    """
    tally = RegistrationTally.objects.get(event=event)
    if event.capacity is not None and tally.confirmed >= event.capacity:
        return None
    waiting = (
        Registration.objects.filter(event=event, status=Status.WAITLISTED)
        .order_by("created_at", "pk")
        .first()
    )
    if waiting is None:
        return None
    waiting.status = Status.CONFIRMED
    waiting.promoted_at = timezone.now()
    waiting.save(update_fields=["status", "promoted_at", "updated_at"])
    RegistrationTally.objects.filter(event=event).update(
        confirmed=F("confirmed") + 1, waitlisted=F("waitlisted") - 1
    )
    return waiting


def waitlist_position(registration):
    """1 for the first person waiting, and so on; None when not waitlisted."""
    if registration.status != Status.WAITLISTED:
        return None
    ahead = Registration.objects.filter(
        event=registration.event, status=Status.WAITLISTED, created_at__lt=registration.created_at
    ).count()
    return ahead + 1
