"""Delete registrants of past events (events/retention.py); counts stay. Run hourly by cron."""

from django.core.management.base import BaseCommand

from events.retention import purge_registrants


class Command(BaseCommand):
    help = "Delete registrants of anonymous events that ended and of others past their retention."

    def handle(self, *args, **options):
        anonymous, standard = purge_registrants()
        if options["verbosity"] >= 1:  # `make run` runs it with -v 0: a quiet console
            self.stdout.write(
                f"Deleted {anonymous} anonymous and {standard} standard registrations."
            )
