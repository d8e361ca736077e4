"""Registration's background jobs (django-tasks; workers run `manage.py db_worker`).

Emails to registrants: never sent inside a request (but the anonymous receipt, see
events/registration/emails.py).
"""

from django_tasks import task

from events.registration import emails


@task()
def send_registered_email(registration_id, private_url):
    """The private link of a new standard registration.

    The link is an argument because only its hash is stored: the task row holds it until the
    finished task is purged (TASK_RESULT_RETENTION_DAYS).
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
