"""Signing a petition, choosing a riding and confirming: the domain logic behind the sign
views, in plain functions testable without HTTP. Input is already validated (SignatureForm).

One signature per canonical email per petition is the database's job (the partial unique
constraint on Signature): the insert runs in its own savepoint and an IntegrityError means
someone with that email signed first, even if it was a moment ago in another process. The
confirmation email is a task enqueued once the transaction has committed: nothing slow, and
no email for a signature that was rolled back."""

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language

from petitions import represent
from petitions.abuse import hash_ip
from petitions.models import Signature
from petitions.ridings import resolve_riding
from petitions.signers import provinces_for_postal_code
from petitions.tasks import backfill_ridings, send_confirmation_email

logger = logging.getLogger(__name__)

SIGNED = "signed"
DUPLICATE = "duplicate"
CLOSED = "closed"

# A repeat signature asks for another confirmation email at most this often (seconds): a
# double click sends one email, "I did not get it, let me sign again" a minute later another.
CONFIRMATION_RESEND_INTERVAL = 60
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


def _existing(petition, email):
    return Signature.objects.filter(petition=petition, email=email).first()


def queue_confirmation(signature):
    """Enqueue the confirmation email once the current transaction commits, unless one was
    enqueued for this signature within CONFIRMATION_RESEND_INTERVAL. Returns whether it was."""
    if not cache.add(
        f"petitions:confirmation:{signature.pk}", 1, timeout=CONFIRMATION_RESEND_INTERVAL
    ):
        return False
    signature_id = signature.pk
    # robust: the signature is saved either way; a queue failure is logged, and signing
    # again sends the email again.
    transaction.on_commit(lambda: send_confirmation_email.enqueue(signature_id), robust=True)
    return True


def queue_riding_backfill():
    """When the Represent API is on but could not answer in time (timeout, rate limit), look
    the code up later: one backfill task a minute at most, however many signers are waiting,
    run after the API's rate-limit window."""
    if not represent.is_enabled():
        return
    if cache.add("petitions:backfill-queued", True, timeout=BACKFILL_DELAY.seconds):
        run_after = timezone.now() + BACKFILL_DELAY
        transaction.on_commit(
            lambda: backfill_ridings.using(run_after=run_after).enqueue(), robust=True
        )


def _duplicate(petition, existing):
    queued = False
    if (
        petition.confirmation_required
        and existing.confirmed_at is None
        and existing.invalidated_at is None
        and existing.email
    ):
        queued = queue_confirmation(existing)
    return SignResult(DUPLICATE, existing, confirmation_queued=queued)


def sign(petition, data, ip="", language=None, source=Signature.Source.WEB):
    """Sign `petition` (any translation of it) with cleaned form data (full_name, email,
    postal_code, city, consent, updates_opt_in) from address `ip` in `language`.

    Returns a SignResult: SIGNED (riding set, or None with the candidates to choose from),
    DUPLICATE (the existing signature; a new confirmation email is queued when it is still
    unconfirmed) or CLOSED (nothing stored)."""
    petition = petition.source_petition
    if not petition.is_open:
        return SignResult(CLOSED)
    email = data["email"]
    existing = _existing(petition, email)
    if existing is not None:
        return _duplicate(petition, existing)

    postal_code = data["postal_code"]
    resolution = resolve_riding(postal_code)
    signature = Signature(
        petition=petition,
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
        confirmed_at=None if petition.confirmation_required else timezone.now(),
    )
    try:
        with transaction.atomic():
            signature.save()
    except IntegrityError:
        existing = _existing(petition, email)
        if existing is None:
            raise  # not the one-signature-per-email constraint
        return _duplicate(petition, existing)

    queued = queue_confirmation(signature) if petition.confirmation_required else False
    if resolution.source == "province":  # neither the table nor Represent knew the code
        queue_riding_backfill()
    candidates = [] if resolution.riding else list(resolution.candidates)
    return SignResult(SIGNED, signature, candidates=candidates, confirmation_queued=queued)


def riding_candidates(signature):
    """The ridings a signer without one may choose from, recomputed from their postal code
    (never taken from the browser)."""
    if not signature.postal_code:
        return []
    resolution = resolve_riding(signature.postal_code)
    return [resolution.riding] if resolution.riding else list(resolution.candidates)


def choose_riding(signature, riding, candidates=None):
    """Set the riding of a signature that has none, if `riding` is one of its candidates;
    returns whether it was set. "I don't know" is simply not calling this."""
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
