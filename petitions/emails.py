"""The emails to signers: the confirmation email, and the notice that an address which has
signed was used to sign again. Rendered in the signer's language from
petitions/templates/petitions/email/, plain text with a simple HTML alternative. Sent by the
tasks in petitions/tasks.py, never inside a request."""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from petitions import tokens
from petitions.models import PetitionPage, Signature

logger = logging.getLogger(__name__)


def petition_in_language(petition, language):
    """The live version of `petition` in `language` (a translation or an alias), else the
    petition itself."""
    version = (
        PetitionPage.objects.live()
        .filter(translation_key=petition.translation_key, locale__language_code=language)
        .first()
    )
    return version or petition


def _organization_name(page):
    from home.models import SiteSettings

    site = page.get_site()
    if site is not None:
        return SiteSettings.for_site(site).organization_name
    return settings.WAGTAIL_SITE_NAME


def _signer_email(signature, template, **extra):
    """An EmailMultiAlternatives to `signature`'s signer from petitions/email/<template>_*
    in the language they signed in, or None when the petition has no URL to link to."""
    language = signature.language or settings.LANGUAGE_CODE
    page = petition_in_language(signature.petition, language)
    base_url = page.get_full_url()
    if not base_url:
        return None
    with translation.override(language):
        context = {
            "signature": signature,
            "petition": page,
            "petition_url": base_url,
            "organization_name": _organization_name(page),
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


def confirmation_email(signature):
    """The EmailMultiAlternatives asking `signature`'s signer to confirm, or None when the
    petition has no URL to link to."""
    return _signer_email(
        signature,
        "confirm",
        confirm_url=lambda page, base_url: (
            base_url
            + page.reverse_subpage("confirm", args=[tokens.make(signature, tokens.CONFIRM)])
        ),
    )


def already_signed_email(signature):
    """The EmailMultiAlternatives telling a signer whose signature already counts (or needs
    no confirmation) that their address was used to sign again: what the sign page no longer
    says, so that it tells a stranger nothing about who signed."""
    return _signer_email(signature, "already_signed")


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
    message.send()
    return True


def send_confirmation(signature_id):
    """Send the confirmation email of a signature that still needs one; returns whether it
    was sent."""
    return _send(signature_id, confirmation_email, confirmed_at__isnull=True)


def send_already_signed(signature_id):
    """Send the "you have already signed" email of a signature that is not invalidated;
    returns whether it was sent."""
    return _send(signature_id, already_signed_email)
