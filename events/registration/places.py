"""Places at an event: registering, cancelling and promoting from the waitlist.

Confirmed places are claimed on the event's RegistrationTally row by one conditional statement,
`UPDATE ... SET confirmed = confirmed + 1 WHERE confirmed < capacity`, after the registration's
insert: PostgreSQL re-checks the condition on the row as the previous claim committed it, so 50
people registering at the same instant never get more confirmed places than the capacity, and
each holds the row's lock only from that statement to its commit (the inserts, and the cap per
email, which is a unique constraint, happen side by side with others). Whoever finds no place is
counted as waiting by a statement that holds only while the event is still full, so a place
freed by a cancellation in between is not left empty while they wait
(tests/events/test_capacity_under_concurrency.py).
Cancelling and promoting, which are rare, lock the row for their whole transaction (SELECT ...
FOR UPDATE).

The tally's counts are what the public page shows and what stays after the registrants are
purged.
"""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from events.choices import PrivacyMode
from events.models import EventPage, Registration, RegistrationTally
from events.registration import tokens
from events.registration.facts import EventFacts
from events.registration.notices import fingerprint

Status = Registration.Status


def tally_of(page):
    """The counts of `page`'s event (unsaved zeros when nobody registered yet)."""
    event = page.source_event
    return RegistrationTally.objects.filter(event=event).first() or RegistrationTally(event=event)


def places_left(event, tally):
    """The confirmed places still free (None: no limit)."""
    if not event.registration_enabled or event.capacity is None:
        return None
    return max(event.capacity - tally.confirmed, 0)


def _ensure_tally(event_id):
    """Create the event's tally row if it has none yet.

    It starts with the facts people register for: changes to them are notified. Concurrent
    first registrations insert it once (the others wait for that insert, then find it).
    """
    if RegistrationTally.objects.filter(event_id=event_id).exists():
        return
    event = EventPage.objects.get(pk=event_id)
    RegistrationTally.objects.bulk_create(
        [RegistrationTally(event=event, notified_fingerprint=fingerprint(event))],
        ignore_conflicts=True,
    )


def _locked_tally(event_id):
    _ensure_tally(event_id)
    return RegistrationTally.objects.select_for_update().get(event_id=event_id)


def register(page, **fields):
    """Register someone for `page`'s event (any language): `register_with(facts, ...)`."""
    return register_with(EventFacts.of(page), **fields)


def register_with(facts, *, language, name="", email="", nickname="", answers=None):
    """Register someone for the event of `facts`: (registration, token, repeat).

    `token` is the private link's token (None for a repeat). A standard event's address already
    registered (and not cancelled) gives the existing registration and repeat=True, nothing new:
    the cap per email. An anonymous event keeps no name and no email, whatever is passed. A new
    standard registration's link is due: the caller schedules the email sweep once this returns
    (committed).
    """
    event_id = facts.source_id
    if facts.privacy_mode == PrivacyMode.ANONYMOUS:
        name = email = ""
    email = email.strip().lower()
    fields = {
        "event_id": event_id,
        "privacy_mode": facts.privacy_mode,
        "name": name.strip(),
        "email": email,
        "nickname": nickname.strip(),
        "language": language,
        "answers": answers or {},
    }
    for _attempt in range(5):
        code = tokens.new_code()
        token = tokens.private_token(event_id, code)
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    status=_expected_status(event_id),
                    code=code,
                    token_hash=tokens.token_hash(token),
                    **fields,
                )
                # Last: the tally row stays locked from this count to the commit only.
                _place(registration, facts.capacity)
            return registration, token, False
        except IntegrityError:
            # The cap per email (events_registration_one_per_email): this address is registered.
            existing = _active_registration(event_id, email) if email else None
            if existing is not None:
                return existing, None, True
            # Else a code already taken at this event (one chance in billions): draw another.
    raise IntegrityError("no free registration code")


# event id → whether this process's last registration for it was waitlisted: the status the
# next one is inserted with, so that a full event's registration costs no status correction.
# A wrong guess costs one statement more, never a wrong status.
_last_waitlisted = {}


def _expected_status(event_id):
    return Status.WAITLISTED if _last_waitlisted.get(event_id) else Status.CONFIRMED


def _place(registration, capacity):
    """Count `registration` on the tally: confirmed if a place is left, else waiting.

    Its status is corrected when it was inserted with the other one.
    """
    event_id, inserted_as = registration.event_id, registration.status
    other = Status.WAITLISTED if inserted_as == Status.CONFIRMED else Status.CONFIRMED
    while True:
        for status in (inserted_as, other):
            if _count_as(event_id, status, capacity):
                if status != inserted_as:
                    registration.status = status
                    registration.save(update_fields=["status"])
                if len(_last_waitlisted) > 1000:
                    _last_waitlisted.clear()
                _last_waitlisted[event_id] = status == Status.WAITLISTED
                return
        _ensure_tally(event_id)  # no tally row yet


def _count_as(event_id, status, capacity):
    """Count one registration of `status` on the tally, if the event's state allows it.

    Confirmed: only while a place is left. Waiting: only while the event is full, which keeps a
    place that a cancellation frees meanwhile from staying empty: the statement locks the row to
    the commit, so the cancellation waits for this registration and then promotes it, or it ran
    first and the condition no longer holds.
    """
    rows = RegistrationTally.objects.filter(event_id=event_id)
    if status == Status.CONFIRMED:
        if capacity is not None:
            rows = rows.filter(confirmed__lt=capacity)
        return rows.update(confirmed=F("confirmed") + 1) == 1
    if capacity is None:
        return False  # never full
    return rows.filter(confirmed__gte=capacity).update(waitlisted=F("waitlisted") + 1) == 1


def _active_registration(event_id, email):
    return (
        Registration.objects.filter(event_id=event_id, email=email)
        .exclude(status=Status.CANCELLED)
        .first()
    )


def find(page, token):
    """The registration of `page`'s event whose private link carries `token`, or None."""
    return (
        Registration.objects.filter(event=page.source_event, token_hash=tokens.token_hash(token))
        .select_related("event")
        .first()
    )


def cancel(registration):
    """Cancel a registration; a confirmed place goes to the first waitlisted person.

    Returns the promoted registration (its email is sent by the caller's task), or None.
    """
    event = registration.event
    with transaction.atomic():
        _locked_tally(event.pk)
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
