"""Send the confirmation emails that are due.

Run it every minute (cron): sign POSTs schedule the same sweep as a task, and this covers a sweep
that was lost (a worker that died, a cache that was flushed, a mail server that was down) while
nobody signs.
"""

from django.core.management.base import BaseCommand

from petitions.signing.emails import send_pending_confirmations


class Command(BaseCommand):
    help = "Send the confirmation emails of new signatures that have not been sent yet."

    def handle(self, *args, **options):
        handled, left = send_pending_confirmations()
        if options["verbosity"] > 1 or left:
            self.stdout.write(
                f"{handled} confirmation emails handled"
                + ("; some are left for the next run" if left else "")
            )
