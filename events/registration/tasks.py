"""Registration's background jobs (django-tasks; workers run `manage.py db_worker`).

Emails to registrants: never sent inside a request (but the anonymous receipt, see
events/registration/emails.py).
"""

from django_tasks import task

from events.registration import emails
from home import sweeps

# Set while a link sweep is enqueued and has not started (home/sweeps.py);
# `manage.py send_pending_event_links` (cron) covers the moments when nobody registers.
LINK_SWEEP_KEY = "events:link-sweep"


def schedule_link_sweep():
    """Make sure a sweep of due private links runs after this moment (one cache round trip).

    Call it once the registrations whose links are due are committed.
    """
    return sweeps.schedule(send_pending_links, LINK_SWEEP_KEY)


@task()
def send_pending_links():
    """Email every due private link of new standard registrations; returns how many."""
    return sweeps.run(
        LINK_SWEEP_KEY, emails.send_pending_links, emails.SWEEP_LIMIT, schedule_link_sweep
    )


@task()
def send_registered_email(registration_id, private_url):
    """The private link of a standard registration, for tasks queued before the link sweeps.

    Nothing queues it any more; kept so that rows queued before an upgrade still run.
    """
    return emails.send_registered(registration_id, private_url)


@task()
def send_already_registered_email(registration_id):
    """The notice to an address that registered again (nothing new was created)."""
    return emails.send_already_registered(registration_id)


@task()
def send_promoted_email(registration_id):
    """The news that a waitlisted registrant now has a place."""
    return emails.send_promoted(registration_id)


@task()
def send_reminder_email(registration_id, kind):
    """The reminder a day ("day") or an hour ("hour") before the event."""
    return emails.send_reminder(registration_id, kind)


@task()
def send_change_notice_email(registration_id):
    """The notice that the event changed, was postponed or cancelled."""
    return emails.send_change_notice(registration_id)


@task()
def send_organizer_message_email(message_id, registration_id):
    """One registrant's copy of an organizer's message to everyone registered."""
    return emails.send_organizer_message(message_id, registration_id)
