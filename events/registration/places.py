"""Places at an event: registering, cancelling and promoting from the waitlist.

A registration is one statement on PostgreSQL (PLACE_AND_INSERT), committed on its own: a place
is claimed on the event's RegistrationTally row by `UPDATE ... SET confirmed = confirmed + 1
WHERE confirmed < capacity`, or, only while the event is full, the waitlist is counted, and the
registration is inserted with the status that gave. PostgreSQL re-checks the condition on the row
as the previous claim committed it, so 50 people registering at the same instant never get more
confirmed places than the capacity; and the row is locked only for that one statement and its
commit, which is what lets a crowd register at once (bench/events.py). A refused insert (the cap
per email is a unique constraint) fails the whole statement: nothing is counted.

Cancelling and promoting, which are rare, lock the row for their whole transaction (SELECT ...
FOR UPDATE). A registrant whose statement meets a cancellation in progress waits for it on the
row, then finds the event no longer full and places nobody; the statement runs again and claims
the freed place. So a place is never left empty while someone goes on the waitlist
(tests/events/test_capacity_under_concurrency.py).

The tally's counts are what the public page shows and what stays after the registrants are
purged.
"""

from contextlib import nullcontext

from django.db import IntegrityError, connection, transaction
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
        registration = Registration(code=code, token_hash=tokens.token_hash(token), **fields)
        try:
            while not _insert_placed(registration, facts.capacity):
                _ensure_tally(event_id)  # no tally row yet
            return registration, token, False
        except IntegrityError:
            # The cap per email (events_registration_one_per_email): this address is registered.
            existing = _active_registration(event_id, email) if email else None
            if existing is not None:
                return existing, None, True
            # Else a code already taken at this event (one chance in billions): draw another.
    raise IntegrityError("no free registration code")


# The registration's place and its row, in one statement (see the module docstring). `placed` has
# one row (the status) or none: no tally row yet, or the event stopped being full while the
# statement waited for the row (a cancellation), and the caller runs it again.
PLACE_AND_INSERT = """
WITH claimed AS (
    UPDATE {tally} SET confirmed = confirmed + 1
    WHERE event_id = %(event)s AND (%(capacity)s::integer IS NULL OR confirmed < %(capacity)s)
    RETURNING 'confirmed'::varchar AS status
), waiting AS (
    UPDATE {tally} SET waitlisted = waitlisted + 1
    WHERE event_id = %(event)s AND confirmed >= %(capacity)s AND NOT EXISTS (SELECT FROM claimed)
    RETURNING 'waitlisted'::varchar AS status
)
INSERT INTO {registrations} ({columns})
SELECT {values} FROM (SELECT status FROM claimed UNION ALL SELECT status FROM waiting) AS placed
RETURNING id, status
"""


def _insert_placed(registration, capacity):
    """Insert `registration` with its place; False when nothing was placed (PLACE_AND_INSERT)."""
    if connection.vendor != "postgresql":
        return _insert_placed_in_steps(registration, capacity)
    fields = [f for f in Registration._meta.local_concrete_fields if not f.primary_key]
    params = {"event": registration.event_id, "capacity": capacity}
    values = []
    for number, field in enumerate(fields):
        if field.attname == "status":
            values.append("placed.status")
            continue
        value = field.pre_save(registration, add=True)
        params[f"v{number}"] = field.get_db_prep_save(value, connection)
        values.append(f"%(v{number})s")
    quote = connection.ops.quote_name
    sql = PLACE_AND_INSERT.format(
        tally=quote(RegistrationTally._meta.db_table),
        registrations=quote(Registration._meta.db_table),
        columns=", ".join(quote(f.column) for f in fields),
        values=", ".join(values),
    )
    # Committed on its own in autocommit; inside a caller's transaction, a savepoint keeps a
    # refused insert from aborting it.
    savepoint = transaction.atomic() if connection.in_atomic_block else nullcontext()
    with savepoint, connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        return False
    registration.pk, registration.status = row
    registration._state.adding, registration._state.db = False, connection.alias
    return True


def _insert_placed_in_steps(registration, capacity):
    """The same in three statements, for SQLite (`make run`, the smoke tests).

    There the first write locks the whole database until the commit, so nothing runs between
    the count and the insert.
    """
    rows = RegistrationTally.objects.filter(event_id=registration.event_id)
    with transaction.atomic():
        claimable = rows if capacity is None else rows.filter(confirmed__lt=capacity)
        if claimable.update(confirmed=F("confirmed") + 1):
            registration.status = Status.CONFIRMED
        elif capacity is not None and rows.filter(confirmed__gte=capacity).update(
            waitlisted=F("waitlisted") + 1
        ):
            registration.status = Status.WAITLISTED
        else:
            return False
        registration.save(force_insert=True)
    return True


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
