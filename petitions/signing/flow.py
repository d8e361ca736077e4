"""Signing a petition, choosing a riding and confirming: the sign views' domain logic.

Plain functions, testable without HTTP. Input is already validated (SignatureForm).

Nothing the sign POST answers may tell whether an address had signed (docs/privacy.md): a new
signer and a repeat take the same path, one statement and one cache round trip, and see the same
page. The statement is an upsert on the partial unique constraint of one signature per canonical
email and petition:

    INSERT ... ON CONFLICT (petition_id, email) WHERE NOT (email = '')
    DO UPDATE SET confirmation_due = true WHERE <the existing row may be emailed again>

A new row is inserted with its email due (`Signature.confirmation_due`, the outbox); a repeat
changes nothing but that flag, so that its address is emailed again (a confirmation link while
unconfirmed, else a link to manage the signature); a repeat within CONFIRMATION_RESEND_INTERVAL of
the signature (a double click) or of an invalidated signature changes nothing at all. Once the
transaction has committed, a sweep task sending every due email is scheduled unless one is already
waiting (tasks.schedule_confirmation_sweep). No IntegrityError either: PostgreSQL would log the
failed statement's key, an email address, at every repeat.

The riding of a signer the postal code does not place is asked behind the emailed link (the
confirm page), never on the page the sign POST leads to.

`sign` takes a PetitionPage or the PetitionFacts the sign view keeps in the cache
(petitions/signing/facts.py): the source page's terms are all it needs.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, connections, router, transaction
from django.utils import timezone
from django.utils.translation import get_language

from home.client_ip import hash_ip
from petitions.models import Signature
from petitions.ridings import represent
from petitions.ridings.provinces import provinces_for_postal_code
from petitions.ridings.resolve import resolve_riding
from petitions.ridings.tasks import backfill_ridings
from petitions.signing.facts import PetitionFacts
from petitions.signing.tasks import schedule_confirmation_sweep

logger = logging.getLogger(__name__)

SIGNED = "signed"
CLOSED = "closed"

# A repeat signature asks for another email at most this long after the signature was made
# (seconds): a double click sends one email. Beyond that, emails to one address are capped
# (petitions/signing/email_cap.py).
CONFIRMATION_RESEND_INTERVAL = 60
# The Represent API's rate limit is per minute: a backfill waits for the next window.
BACKFILL_DELAY = timedelta(minutes=1)


@dataclass
class SignResult:
    status: str
    # The signature this POST inserted; None for a repeat (whose row it does not read) and when
    # closed.
    signature: Signature | None = None
    # Whether an email was made due (a new signature, or a repeat asking again).
    email_due: bool = False

    @property
    def is_new(self):
        return self.signature is not None


def _province(resolution, postal_code):
    if resolution.riding is not None:
        return resolution.riding.province
    provinces = provinces_for_postal_code(postal_code)
    return provinces[0] if len(provinces) == 1 else ""


def _schedule_confirmation_sweep():
    # robust: the signature and its due email are saved either way; a cache or queue failure
    # is logged, and the next signer's sweep or the periodic one sends the email.
    transaction.on_commit(schedule_confirmation_sweep, robust=True)


def queue_riding_backfill():
    """Look a postal code up later, when the Represent API could not answer in time.

    That is, when the API is on but timed out or hit its rate limit. One backfill task a minute at
    most, however many signers are waiting, run after the API's rate-limit window.
    """
    if not represent.is_enabled():
        return
    if cache.add("petitions:backfill-queued", True, timeout=BACKFILL_DELAY.seconds):
        run_after = timezone.now() + BACKFILL_DELAY
        transaction.on_commit(
            lambda: backfill_ridings.using(run_after=run_after).enqueue(), robust=True
        )


# The row a repeat may email again: not invalidated, not signed in the last
# CONFIRMATION_RESEND_INTERVAL seconds.
_UPSERT = """
INSERT INTO {table} ({columns}) VALUES ({values})
ON CONFLICT (petition_id, email) WHERE NOT (email = '')
DO UPDATE SET confirmation_due = true
WHERE {table}.invalidated_at IS NULL AND {table}.created_at <= %s
RETURNING id, (xmax = 0)
"""


def _upsert_postgresql(signature, using):
    """Insert `signature`, or mark its address's existing row due for an email, in one statement.

    Returns (new?, an email is due?).
    """
    connection = connections[using]
    quote = connection.ops.quote_name
    fields = [f for f in Signature._meta.concrete_fields if not f.primary_key]
    sql = _UPSERT.format(
        table=quote(Signature._meta.db_table),
        columns=", ".join(quote(f.column) for f in fields),
        values=", ".join(["%s"] * len(fields)),
    )
    params = [f.get_db_prep_save(f.pre_save(signature, True), connection) for f in fields]
    params.append(timezone.now() - timedelta(seconds=CONFIRMATION_RESEND_INTERVAL))
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:  # a repeat that asks for nothing
        return False, False
    pk, inserted = row
    if inserted:
        signature.pk = pk
        signature._state.adding = False
        signature._state.db = using
    return inserted, True


def _upsert_portable(signature, using):
    """The same on a database without that upsert (SQLite for `make run`): two statements."""
    try:
        with transaction.atomic(using=using):
            signature.save(using=using)
    except IntegrityError:
        pass
    else:
        return True, True
    resend_before = timezone.now() - timedelta(seconds=CONFIRMATION_RESEND_INTERVAL)
    updated = (
        Signature.objects.using(using)
        .filter(
            petition_id=signature.petition_id,
            email=signature.email,
            invalidated_at__isnull=True,
            created_at__lte=resend_before,
        )
        .update(confirmation_due=True)
    )
    return False, bool(updated)


def _upsert(signature):
    using = router.db_for_write(Signature)
    if not signature.email:  # paper signatures only; the form requires an email
        signature.save(using=using)
        return True, False
    if connections[using].vendor == "postgresql":
        return _upsert_postgresql(signature, using)
    return _upsert_portable(signature, using)


def sign(petition, data, ip="", language=None, source=Signature.Source.WEB):
    """Sign `petition` with cleaned form data from address `ip` in `language`.

    `petition` is any translation of it, as a PetitionPage or its PetitionFacts; the form data are
    full_name, email, postal_code, city, consent and updates_opt_in.

    Returns a SignResult: SIGNED, for a new signer and a repeat alike (`signature` is the new row,
    None for a repeat, which changed nothing but, after a minute, made its email due again), or
    CLOSED (nothing stored).
    """
    terms = petition if isinstance(petition, PetitionFacts) else PetitionFacts.of(petition)
    if not terms.is_open:
        return SignResult(CLOSED)
    email = data["email"]
    postal_code = data["postal_code"]
    resolution = resolve_riding(postal_code)
    signature = Signature(
        petition_id=terms.source_id,
        full_name=data["full_name"],
        email=email,
        postal_code=postal_code,
        city=data.get("city", ""),
        province=_province(resolution, postal_code),
        riding=resolution.riding,
        consent=data.get("consent") or Signature.Consent.COUNT_ONLY,
        updates_opt_in=bool(data.get("updates_opt_in")),
        language=(language or get_language() or settings.LANGUAGE_CODE)[:8],
        source=source,
        ip_hash=hash_ip(ip),
        confirmed_at=None if terms.confirmation_required else timezone.now(),
        # Every signer is emailed: the link confirms, or (when the petition needs no
        # confirmation) asks the riding and manages the signature.
        confirmation_due=bool(email),
    )
    inserted, email_due = _upsert(signature)
    if email_due:
        _schedule_confirmation_sweep()
    if not inserted:
        return SignResult(SIGNED, None, email_due=email_due)
    if resolution.source == "province":  # neither the table nor Represent knew the code
        queue_riding_backfill()
    return SignResult(SIGNED, signature, email_due=email_due)


def riding_candidates(signature):
    """The ridings a signer without one may choose from.

    Recomputed from their postal code (never taken from the browser).
    """
    if not signature.postal_code:
        return []
    resolution = resolve_riding(signature.postal_code)
    return [resolution.riding] if resolution.riding else list(resolution.candidates)


def choose_riding(signature, riding, candidates=None):
    """Set the riding of a signature that has none, if `riding` is one of its candidates.

    Returns whether it was set. "I don't know" is simply not calling this.
    """
    if candidates is None:
        candidates = riding_candidates(signature)
    if riding is None or riding.pk not in {candidate.pk for candidate in candidates}:
        return False
    updated = Signature.objects.filter(pk=signature.pk, riding__isnull=True).update(
        riding=riding, province=riding.province
    )
    if updated:
        signature.riding = riding
        signature.province = riding.province
    return bool(updated)


def confirm(signature):
    """Confirm a signature; confirming twice is harmless. Returns whether this call did."""
    now = timezone.now()
    updated = Signature.objects.filter(pk=signature.pk, confirmed_at__isnull=True).update(
        confirmed_at=now
    )
    if updated:
        signature.confirmed_at = now
    return bool(updated)
