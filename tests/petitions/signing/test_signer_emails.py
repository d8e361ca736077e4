"""The sign form relays no phishing: emails carry nothing the sender typed, and are capped.

Whoever types a stranger's address into the form can make the coalition email it; the email holds
no name, city or other text from the form, and one address gets at most
PETITION_EMAILS_PER_ADDRESS emails (across petitions, repeats included).
"""

import datetime

from django.core import mail
from django.utils import timezone

from petitions.models import Signature
from tests.factories.petitions import PetitionPageFactory
from tests.support.signing import post_sign

PHISHING = "Urgent: your status is revoked, call 555-0199 or visit evil.example"


def test_the_email_holds_nothing_the_sender_typed(
    client, petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, petition, full_name=PHISHING, city="evil.example Toronto")

    (message,) = mail.outbox
    html, _mimetype = message.alternatives[0]
    for text in (message.subject, message.body, html):
        for typed in ("evil.example", "555-0199", "Urgent", "revoked"):
            assert typed not in text
    assert "This email address was used to sign the petition “Status for all”." in message.body


def test_emails_to_one_address_are_capped_across_petitions(
    client, petition_index, settings, django_capture_on_commit_callbacks
):
    settings.PETITION_EMAILS_PER_ADDRESS = (3, 86400)
    petitions = [PetitionPageFactory(parent=petition_index) for _ in range(4)]

    for page in petitions:
        with django_capture_on_commit_callbacks(execute=True):
            assert post_sign(client, page, email="target@example.org").status_code == 303

    assert len(mail.outbox) == 3
    assert Signature.objects.count() == 4  # each signature is kept; only the email is not sent
    assert not Signature.objects.filter(confirmation_due=True).exists()
    # Another address is not held back by it.
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, petitions[0], email="other@example.org")
    assert len(mail.outbox) == 4


def test_repeats_resend_only_within_the_cap(
    client, petition, settings, django_capture_on_commit_callbacks
):
    settings.PETITION_EMAILS_PER_ADDRESS = (2, 86400)
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, petition)
    for _ in range(5):
        Signature.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=5))
        with django_capture_on_commit_callbacks(execute=True):
            assert post_sign(client, petition).status_code == 303

    assert len(mail.outbox) == 2
