"""`manage.py demo_code`: the demo admin's current sign-in code (make run only).

The admin asks superusers for a code after their password (two-factor authentication); the demo
admin's code comes from here (home/demo/two_factor.py). It refuses with DEBUG off.
"""

from django.core.management.base import BaseCommand, CommandError

from home.demo.two_factor import current_code, demo_device


class Command(BaseCommand):
    help = "Print the demo admin's current two-factor code (DEBUG on, after load_demo)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--uri",
            action="store_true",
            help="Print the otpauth:// URI instead, for an authenticator app.",
        )

    def handle(self, *args, uri=False, **options):
        device = demo_device()
        if device is None:
            raise CommandError(
                "No demo admin code: this works only with DEBUG on, after `load_demo` created "
                "the demo admin (admin / demo-admin-password)."
            )
        if uri:
            self.stdout.write(device.config_url)
            return
        code, seconds_left = current_code(device)
        self.stdout.write(f"{code}  (valid for {seconds_left} more seconds, then the next one)")
