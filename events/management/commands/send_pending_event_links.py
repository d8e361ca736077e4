"""Email the private links still due (events/registration/emails.py's sweep).

Registrants schedule the sweep themselves; run every minute by cron as a safety net for a sweep
that was lost (a worker that died).
"""

from django.core.management.base import BaseCommand

from events.registration.emails import send_pending_links


class Command(BaseCommand):
    help = "Email the private links of new event registrations still due."

    def handle(self, *args, **options):
        handled, left = send_pending_links()
        if options["verbosity"] >= 1:  # `make run` runs it with -v 0: a quiet console
            more = " (some are left for the next run)" if left else ""
            self.stdout.write(f"Sent {handled} private links{more}.")
