"""The confirmation email: rendered in the signer's language from
petitions/templates/petitions/email/, plain text with a simple HTML alternative. Sent by the
send_confirmation_email task (petitions/tasks.py), never inside a request."""

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


def confirmation_email(signature):
    """The EmailMultiAlternatives asking `signature`'s signer to confirm, or None when the
    petition has no URL to link to."""
    language = signature.language or settings.LANGUAGE_CODE
    page = petition_in_language(signature.petition, language)
    base_url = page.get_full_url()
    if not base_url:
        return None
    confirm_url = base_url + page.reverse_subpage(
        "confirm", args=[tokens.make(signature, tokens.CONFIRM)]
    )
    with translation.override(language):
        context = {
            "signature": signature,
            "petition": page,
            "petition_url": base_url,
            "confirm_url": confirm_url,
            "organization_name": _organization_name(page),
            "LANGUAGE_CODE": translation.get_language(),
        }
        subject = render_to_string("petitions/email/confirm_subject.txt", context)
        text = render_to_string("petitions/email/confirm_body.txt", context)
        html = render_to_string("petitions/email/confirm_body.html", context)
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=text,
        to=[signature.email],
        headers={"Content-Language": language},
    )
    message.attach_alternative(html, "text/html")
    return message


def send_confirmation(signature_id):
    """Send the confirmation email of a signature that still needs one; returns whether it
    was sent."""
    signature = (
        Signature.objects.select_related("petition")
        .filter(pk=signature_id, confirmed_at__isnull=True, invalidated_at__isnull=True)
        .exclude(email="")
        .first()
    )
    if signature is None:
        return False
    message = confirmation_email(signature)
    if message is None:
        logger.warning("Petition %s has no URL: confirmation not sent", signature.petition_id)
        return False
    message.send()
    return True
