"""The emails to signers.

One email per signature, sent when the signature is made and again (at most once a minute of it,
capped per address: email_cap.py) when its address is used to sign again: the confirmation link
while the signature is unconfirmed, else a note that it counts; both with the link that asks the
riding when the postal code did not give it, and the link to withdraw or change who may see the
name. Rendered in the signer's language from petitions/templates/petitions/email/, plain text with
a simple HTML alternative. Sent by the tasks in petitions/signing/tasks.py, never inside a request.

Nothing the person who filled in the form typed is in them (no name, no city): whoever signs with
a stranger's address cannot make the coalition's address carry their words to it.

New signatures' confirmation emails go out in sweeps (`send_pending_confirmations`): the signature
row is the outbox (`Signature.confirmation_due`), so a sign POST enqueues no task of its own. Each
email is sent inside a transaction that holds its row FOR UPDATE SKIP LOCKED and clears the flag
before committing: two sweeps never send one email twice, a failed send leaves the row due for the
next sweep, and only a worker dying between the SMTP server's acceptance and the commit can send an
email twice (at least once, never lost).
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from home import sweeps
from home.models import SiteSettings
from home.public_url import page_public_url
from petitions.models import PetitionPage, Signature
from petitions.signing import tokens
from petitions.signing.email_cap import allow_email_to, uncount

logger = logging.getLogger(__name__)


def petition_in_language(petition, language):
    """The live version of `petition` in `language` (a translation or an alias).

    When there is none, the petition itself.
    """
    version = (
        PetitionPage.objects.live()
        .filter(translation_key=petition.translation_key, locale__language_code=language)
        .first()
    )
    return version or petition


def _signer_email(signature, template, **extra):
    """An email to `signature`'s signer, from petitions/email/<template>_*.

    An EmailMultiAlternatives in the language they signed in, or None when the petition has no URL
    to link to.
    """
    language = signature.language or settings.LANGUAGE_CODE
    page = petition_in_language(signature.petition, language)
    base_url = page_public_url(page)
    if not base_url:
        return None
    with translation.override(language):
        # No field of the signature: nothing the sender typed (see the module docstring).
        context = {
            "petition": page,
            "petition_url": base_url,
            "organization_name": SiteSettings.organization_name_for(page.get_site()),
            "LANGUAGE_CODE": translation.get_language(),
            **{name: value(page, base_url) for name, value in extra.items()},
        }
        subject = render_to_string(f"petitions/email/{template}_subject.txt", context)
        text = render_to_string(f"petitions/email/{template}_body.txt", context)
        html = render_to_string(f"petitions/email/{template}_body.html", context)
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=text,
        to=[signature.email],
        headers={"Content-Language": language},
    )
    message.attach_alternative(html, "text/html")
    return message


def _link(signature, purpose, route):
    return lambda page, base_url: (
        base_url + page.reverse_subpage(route, args=[tokens.make(signature, purpose)])
    )


def confirmation_email(signature):
    """The EmailMultiAlternatives of a signature (see the module docstring).

    Asking to confirm while it is unconfirmed, else saying it counts. None when the petition has
    no URL to link to.
    """
    links = {
        "confirm_url": _link(signature, tokens.CONFIRM, "confirm"),
        "manage_url": _link(signature, tokens.MANAGE, "manage"),
    }
    if signature.confirmed_at is None:
        return _signer_email(signature, "confirm", **links)
    return _signer_email(
        signature,
        "signed",
        needs_riding=lambda page, base_url: signature.riding_id is None,
        **links,
    )


def _send(signature_id, make_message, **filters):
    signature = (
        Signature.objects.select_related("petition")
        .filter(pk=signature_id, invalidated_at__isnull=True, **filters)
        .exclude(email="")
        .first()
    )
    if signature is None:
        return False
    message = make_message(signature)
    if message is None:
        logger.warning("Petition %s has no URL: signer email not sent", signature.petition_id)
        return False
    if not allow_email_to(signature.email):
        logger.info("Signer email of signature %s not sent: its address's cap", signature.pk)
        return False
    message.send()
    return True


def send_confirmation(signature_id):
    """Send the confirmation email of a signature that still needs one.

    Returns whether it was sent.
    """
    sent = _send(signature_id, confirmation_email, confirmed_at__isnull=True)
    if sent:
        # A sweep running now has nothing more to send for it.
        Signature.objects.filter(pk=signature_id, confirmation_due=True).update(
            confirmation_due=False
        )
    return sent


# A sweep sends at most this many emails, then leaves the rest to the next one (so that one
# task never runs for long); and stops after this many failed sends (the mail server is
# probably down: the next sweep tries them again).
SWEEP_LIMIT = 500
SWEEP_MAX_FAILURES = 3
# Sweeps that try one signature's email before giving it up (logged, and the signer can ask
# again by signing again).
CONFIRMATION_MAX_ATTEMPTS = 5


def _send_next_due(smtp, skipped):
    """Send the oldest due confirmation email that no other sweep holds.

    Signatures in `skipped` (ids that failed in this sweep) are passed over. Returns (signature id,
    whether it went well), or None when none is left. A failed send leaves its row due, behind the
    others, until it is given up.
    """
    with transaction.atomic():
        signature = (
            Signature.objects.filter(confirmation_due=True)
            .exclude(pk__in=skipped)
            .select_related("petition")
            .select_for_update(skip_locked=True, of=("self",))
            .order_by("confirmation_attempts", "created_at", "pk")
            .first()
        )
        if signature is None:
            return None
        needs_email = signature.invalidated_at is None and signature.email != ""
        message = confirmation_email(signature) if needs_email else None
        if needs_email and message is None:
            logger.warning("Petition %s has no URL: signer email not sent", signature.petition_id)
        if message is not None and not allow_email_to(signature.email):
            logger.info("Signer email of signature %s not sent: its address's cap", signature.pk)
            message = None
        if message is not None:
            try:
                smtp.open()  # once per sweep: later messages reuse the connection
                message.connection = smtp
                message.send()
            except Exception as error:
                uncount(signature.email)  # a failed send is not one of its emails
                # The error's text may quote the address: only its type is logged.
                attempts = signature.confirmation_attempts + 1
                given_up = attempts >= CONFIRMATION_MAX_ATTEMPTS
                logger.warning(
                    "Confirmation email of signature %s not sent (%s, attempt %s): %s",
                    signature.pk,
                    type(error).__name__,
                    attempts,
                    "given up" if given_up else "it stays due",
                )
                Signature.objects.filter(pk=signature.pk).update(
                    confirmation_attempts=attempts, confirmation_due=not given_up
                )
                smtp.close()
                return signature.pk, False
        Signature.objects.filter(pk=signature.pk).update(confirmation_due=False)
        return signature.pk, True


def send_pending_confirmations(limit=None):
    """Send the confirmation emails that are due, oldest first.

    Each in its signer's language, at most `limit` of them (default SWEEP_LIMIT). Returns
    (signatures handled, whether some may be left due: the limit was reached or a send failed).
    """
    limit = SWEEP_LIMIT if limit is None else limit
    return sweeps.send_due(_send_next_due, limit, SWEEP_MAX_FAILURES)


def send_already_signed(signature_id):
    """Send a signature's email (confirm or manage: confirmation_email), unless invalidated.

    For tasks enqueued before repeats went through the sweep. Returns whether it was sent.
    """
    return _send(signature_id, confirmation_email)
