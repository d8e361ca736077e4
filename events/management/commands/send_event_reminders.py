"""Queue the reminders due now, a day and an hour before events (events/registration/notices.py).

Run every few minutes by cron.
"""

from django.core.management.base import BaseCommand

from events.registration.notices import send_due_reminders


class Command(BaseCommand):
    help = "Queue the reminder emails due a day and an hour before events."

    def handle(self, *args, **options):
        self.stdout.write(f"Queued {send_due_reminders()} reminders.")
