"""Signing a petition, choosing a riding and confirming: the sign views' domain logic.

Plain functions, testable without HTTP. Input is already validated (SignatureForm).

One signature per canonical email per petition is the database's job (the partial unique constraint
on Signature): the signature is inserted with ON CONFLICT DO NOTHING, and no row back means someone
with that email signed first, even if it was a moment ago in another process. (Not an
IntegrityError: PostgreSQL would log the failed statement's key, an email address, at every repeat
signature.) A new signature that needs confirming is inserted with its confirmation email due
(`Signature.confirmation_due`, the outbox); once the transaction has committed, a sweep task that
sends every due email is scheduled unless one is already waiting
(tasks.schedule_confirmation_sweep: one cache round trip, no task row per signature). Nothing slow
in the request, and no email for a signature that was rolled back.

`sign` takes a PetitionPage or the PetitionFacts the sign view keeps in the cache
(petitions/signing/facts.py): the source page's terms are all it needs.
"""

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, connections, router, transaction
from django.db.models.constants import OnConflict
from django.utils import timezone
from django.utils.translation import get_language

from home.client_ip import hash_ip
from petitions.models import Signature
from petitions.ridings import represent
from petitions.ridings.provinces import provinces_for_postal_code
from petitions.ridings.resolve import resolve_riding
from petitions.ridings.tasks import backfill_ridings
from petitions.signing.facts import PetitionFacts
from petitions.signing.tasks import (
    schedule_confirmation_sweep,
    send_already_signed_email,
    send_confirmation_email,
)

logger = logging.getLogger(__name__)

SIGNED = "signed"
DUPLICATE = "duplicate"
CLOSED = "closed"

# A repeat signature asks for another confirmation email at most this often (seconds): a
# double click sends one email, "I did not get it, let me sign again" a minute later another.
CONFIRMATION_RESEND_INTERVAL = 60
# A repeat of a signature that needs no confirming emails its signer at most this often.
ALREADY_SIGNED_NOTICE_INTERVAL = 60 * 60 * 24
# The Represent API's rate limit is per minute: a backfill waits for the next window.
BACKFILL_DELAY = timedelta(minutes=1)


@dataclass
class SignResult:
    status: str
    signature: Signature | None = None
    # When the riding is not known: the ridings the signer chooses from (may be empty when
    # none are imported for the province).
    candidates: list = field(default_factory=list)
    # Whether a confirmation email was (or will be, on commit) enqueued.
    confirmation_queued: bool = False

    @property
    def needs_riding(self):
        return self.status == SIGNED and self.signature.riding_id is None and bool(self.candidates)


def _province(resolution, postal_code):
    if resolution.riding is not None:
        return resolution.riding.province
    provinces = provinces_for_postal_code(postal_code)
    return provinces[0] if len(provinces) == 1 else ""


def _existing(petition_id, email):
    return Signature.objects.filter(petition_id=petition_id, email=email).first()


def _enqueue_confirmation(signature_id):
    # robust: the signature is saved either way; a queue failure is logged, and signing
    # again sends the email again.
    transaction.on_commit(lambda: send_confirmation_email.enqueue(signature_id), robust=True)


def _schedule_confirmation_sweep():
    # robust: the signature and its due email are saved either way; a cache or queue failure
    # is logged, and the next signer's sweep or the periodic one sends the email.
    transaction.on_commit(schedule_confirmation_sweep, robust=True)


def queue_confirmation(signature):
    """Enqueue the confirmation email once the current transaction commits.

    Not when one was enqueued for this signature within CONFIRMATION_RESEND_INTERVAL. Returns
    whether it was.
    """
    if not cache.add(
        f"petitions:confirmation:{signature.pk}", 1, timeout=CONFIRMATION_RESEND_INTERVAL
    ):
        return False
    _enqueue_confirmation(signature.pk)
    return True


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


def queue_already_signed_notice(signature):
    """Enqueue the "you have already signed" email once the current transaction commits.

    At most once per ALREADY_SIGNED_NOTICE_INTERVAL per signature. Returns whether it was.
    """
    if not cache.add(
        f"petitions:already-signed:{signature.pk}", 1, timeout=ALREADY_SIGNED_NOTICE_INTERVAL
    ):
        return False
    signature_id = signature.pk
    transaction.on_commit(lambda: send_already_signed_email.enqueue(signature_id), robust=True)
    return True


def _duplicate(terms, existing):
    """A repeat: the signer is told by email, never on the page.

    A stranger who typed their address would see the page. The email is a new confirmation email
    while the signature needs one, else a notice that it already counts.
    """
    queued = False
    if existing.invalidated_at is not None or not existing.email:
        pass
    elif terms.confirmation_required and existing.confirmed_at is None:
        # A new signature's email was enqueued as it was inserted (a double click).
        if existing.created_at <= timezone.now() - timedelta(seconds=CONFIRMATION_RESEND_INTERVAL):
            queued = queue_confirmation(existing)
    elif existing.created_at <= timezone.now() - timedelta(seconds=CONFIRMATION_RESEND_INTERVAL):
        queue_already_signed_notice(existing)
    return SignResult(DUPLICATE, existing, confirmation_queued=queued)


def _insert(signature):
    """Insert `signature` unless its petition has one with its email already (then None).

    One statement, no savepoint, no error for the database to log.
    """
    using = router.db_for_write(Signature)
    if not connections[using].features.can_return_columns_from_insert:
        try:
            with transaction.atomic(using=using):
                signature.save(using=using)
        except IntegrityError:
            return None
        return signature
    meta = Signature._meta
    fields = [f for f in meta.concrete_fields if not f.primary_key]
    rows = Signature.objects.db_manager(using)._insert(
        [signature],
        fields=fields,
        returning_fields=meta.db_returning_fields,
        using=using,
        on_conflict=OnConflict.IGNORE,
    )
    # [None]: the row conflicted and nothing came back.
    if not rows or rows[0] is None:
        return None
    for value, returned in zip(rows[0], meta.db_returning_fields, strict=True):
        setattr(signature, returned.attname, value)
    signature._state.adding = False
    signature._state.db = using
    return signature


def sign(petition, data, ip="", language=None, source=Signature.Source.WEB):
    """Sign `petition` with cleaned form data from address `ip` in `language`.

    `petition` is any translation of it, as a PetitionPage or its PetitionFacts; the form data are
    full_name, email, postal_code, city, consent and updates_opt_in.

    Returns a SignResult: SIGNED (riding set, or None with the candidates to choose from),
    DUPLICATE (the existing signature; unless it was signed within the last minute, its signer is
    emailed: a new confirmation email while it is unconfirmed, else a notice that it already
    counts) or CLOSED (nothing stored).
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
        confirmation_due=terms.confirmation_required,
    )
    if _insert(signature) is None:
        existing = _existing(terms.source_id, email) if email else None
        if existing is None:
            raise IntegrityError("The signature conflicts with a row that is not its email's.")
        return _duplicate(terms, existing)

    queued = False
    if terms.confirmation_required:
        _schedule_confirmation_sweep()
        queued = True
    if resolution.source == "province":  # neither the table nor Represent knew the code
        queue_riding_backfill()
    candidates = [] if resolution.riding else list(resolution.candidates)
    return SignResult(SIGNED, signature, candidates=candidates, confirmation_queued=queued)


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
