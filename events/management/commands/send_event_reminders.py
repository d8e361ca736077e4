"""Queue the reminders due now, a day and an hour before events (events/registration/notices.py).

Run every few minutes by cron.
"""

from django.core.management.base import BaseCommand

from events.registration.notices import send_due_reminders


class Command(BaseCommand):
    help = "Queue the reminder emails due a day and an hour before events."

    def handle(self, *args, **options):
        queued = send_due_reminders()
        if options["verbosity"] >= 1:  # `make run` runs it with -v 0: a quiet console
            self.stdout.write(f"Queued {queued} reminders.")
