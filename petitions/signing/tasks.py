"""The signing flow's background jobs (django-tasks; workers run `manage.py db_worker`).

Confirmation emails, sent in sweeps, and the notice to an address that signed again.
"""

from django_tasks import task

from home import sweeps
from petitions.signing import emails

# Set while a confirmation sweep is enqueued and has not started (home/sweeps.py);
# `manage.py send_pending_confirmations` (cron) covers the moments when nobody signs.
CONFIRMATION_SWEEP_KEY = "petitions:confirmation-sweep"


@task()
def send_confirmation_email(signature_id):
    """Email a signer the link that confirms their signature, in their language.

    Enqueued by petitions/signing/flow.py once the signature is committed. Does nothing for a
    signature confirmed, invalidated or deleted in the meantime. Returns whether an email was sent.
    """
    return emails.send_confirmation(signature_id)


def schedule_confirmation_sweep():
    """Make sure a confirmation sweep will run after this moment.

    Enqueues one unless one is enqueued and not started yet. One cache round trip when it is. Call
    it once the signatures whose emails are due are committed.
    """
    return sweeps.schedule(send_pending_confirmations, CONFIRMATION_SWEEP_KEY)


@task()
def send_pending_confirmations():
    """Send every confirmation email that is due, in the signers' languages.

    The sending is in petitions/signing/emails.py. Returns how many signatures were handled.
    """
    return sweeps.run(
        CONFIRMATION_SWEEP_KEY,
        emails.send_pending_confirmations,
        emails.SWEEP_LIMIT,
        schedule_confirmation_sweep,
    )


@task()
def send_already_signed_email(signature_id):
    """Tell a signer their address was used to sign a petition again.

    Enqueued by petitions/signing/flow.py for a repeat whose signature needs no confirming. Returns
    whether an email was sent.
    """
    return emails.send_already_signed(signature_id)
