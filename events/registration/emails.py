"""The emails to registrants, in their language, with times in the event's time zone.

Rendered from events/templates/events/email/<name>_{subject,body}.txt. Sent by
events/registration/tasks.py (workers), except the one receipt an anonymous registrant may ask for
(send_anonymous_receipt). The private links of new standard registrations go out in sweeps
(home/sweeps.py): one task sends every link due.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from events.models import EventPage, RegistrantMessage, Registration
from events.registration import tokens
from home import sweeps
from home.public_url import page_public_url

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


def _send(registration, template, connection=None, **context):
    if not registration.email:
        return False  # anonymous registrants keep no address
    subject, body = render_email(
        template, registration.language, registration.event, registration=registration, **context
    )
    send_mail(
        subject, body, settings.DEFAULT_FROM_EMAIL, [registration.email], connection=connection
    )
    return True


# At most this many private links per sweep; a sweep that reaches it schedules the next.
SWEEP_LIMIT = 500
# A sweep stops after this many failed sends in a row (the SMTP server is down): they stay due.
SWEEP_MAX_FAILURES = 3


def private_link(registration):
    """The absolute private link of a registration, on the event in its registrant's language.

    None when no token derived from the site's keys matches the stored hash (SECRET_KEY was
    replaced, and the old key dropped, before the link was sent), or the page has no URL.
    """
    token = next(
        (
            candidate
            for candidate in tokens.candidate_tokens(registration.event_id, registration.code)
            if tokens.token_hash(candidate) == registration.token_hash
        ),
        None,
    )
    page = event_in_language(registration.event, registration.language)
    page_url = page_public_url(page)
    if token is None or page_url is None:
        return None
    return page_url + page.reverse_subpage("registration", args=[token])


def _send_next_link(smtp, skipped):
    """Email the oldest due private link that no other sweep holds: (id, sent) or None.

    Registrations in `skipped` (failed in this sweep) are passed over; a failed send stays due.
    """
    with transaction.atomic():
        registration = (
            Registration.objects.filter(link_emailed_at__isnull=True)
            .exclude(email="")
            .exclude(pk__in=skipped)
            .select_related("event")
            .select_for_update(skip_locked=True, of=("self",))
            .order_by("created_at", "pk")
            .first()
        )
        if registration is None:
            return None
        url = private_link(registration) if registration.is_active else None
        if url is None and registration.is_active:
            logger.warning("Registration %s: no private link to send", registration.pk)
        if url is not None:
            try:
                smtp.open()  # once per sweep: later messages reuse the connection
                _send(registration, "registered", connection=smtp, private_url=url)
            except Exception as error:
                # The error's text may quote the address: only its type is logged.
                logger.warning(
                    "Private link of registration %s not sent (%s): it stays due",
                    registration.pk,
                    type(error).__name__,
                )
                smtp.close()
                return registration.pk, False
        Registration.objects.filter(pk=registration.pk).update(link_emailed_at=timezone.now())
        return registration.pk, True


def send_pending_links(limit=SWEEP_LIMIT):
    """Email every due private link, oldest first, in the registrants' languages.

    At most `limit`. Returns (registrations handled, whether some may be left due).
    """
    return sweeps.send_due(_send_next_link, limit, SWEEP_MAX_FAILURES)


def send_registered(registration_id, private_url):
    """The private link's email of a task queued before links went out in sweeps."""
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
