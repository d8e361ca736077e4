"""The emails to registrants, in their language, with times in the event's time zone.

Rendered from events/templates/events/email/<name>_{subject,body}.txt. Sent by events/tasks.py
(workers), except the one receipt an anonymous registrant may ask for (send_anonymous_receipt).
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation

from events.models import EventPage, RegistrantMessage, Registration

logger = logging.getLogger(__name__)


def event_in_language(event, language):
    """The live version of `event` in `language`, or the event itself."""
    version = (
        EventPage.objects.live()
        .filter(translation_key=event.translation_key, locale__language_code=language)
        .first()
    )
    return version or event


def render_email(template, language, event, **context):
    """(subject, body) of events/email/<template>_*.txt in `language`.

    Times are shown in the event's zone: the zone is activated while rendering.
    """
    page = event_in_language(event, language)
    start, end = page.next_occurrence()
    with translation.override(language), timezone.override(page.time_zone):
        context = {
            "event": page,
            "event_url": page.get_full_url(),
            "start": start,
            "end": end,
            **context,
        }
        subject = render_to_string(f"events/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"events/email/{template}_body.txt", context)
    return subject, body


def _send(registration, template, **context):
    if not registration.email:
        return False  # anonymous registrants keep no address
    subject, body = render_email(
        template, registration.language, registration.event, registration=registration, **context
    )
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [registration.email])
    return True


def send_registered(registration_id, private_url):
    registration = Registration.objects.filter(pk=registration_id).first()
    if registration is None:
        return False
    return _send(registration, "registered", private_url=private_url)


def send_already_registered(registration_id):
    registration = Registration.objects.filter(pk=registration_id).first()
    if registration is None or not registration.is_active:
        return False
    return _send(registration, "already_registered")


def send_promoted(registration_id):
    registration = Registration.objects.filter(pk=registration_id).first()
    if registration is None or registration.status != Registration.Status.CONFIRMED:
        return False
    return _send(registration, "promoted")


def send_reminder(registration_id, kind):
    registration = Registration.objects.filter(pk=registration_id).first()
    if registration is None or registration.status != Registration.Status.CONFIRMED:
        return False
    return _send(registration, f"reminder_{kind}")


def send_change_notice(registration_id):
    registration = Registration.objects.filter(pk=registration_id).first()
    if registration is None or not registration.is_active:
        return False
    return _send(registration, "change_notice")


def send_organizer_message(message_id, registration_id):
    message = RegistrantMessage.objects.filter(pk=message_id).first()
    registration = Registration.objects.filter(pk=registration_id).first()
    if message is None or registration is None or not registration.is_active:
        return False
    return _send(registration, "organizer_message", message=message)


def send_anonymous_receipt(email, event, language, code, private_url):
    """Email an anonymous registrant their code and link, now, and forget the address.

    Sent inside the request on purpose: handing it to a worker would store the address in the
    task queue, and an anonymous registration stores none.
    """
    subject, body = render_email(
        "anonymous_receipt", language, event, code=code, private_url=private_url
    )
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [email])
    except OSError:
        logger.warning("An anonymous registrant's receipt could not be sent")
        return False
    return True
