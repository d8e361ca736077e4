"""`manage.py reset_2fa <username>`: remove a user's two-factor devices (staff_auth.devices).

For when no superuser can sign in to reset it from the user's edit page: the user sets it up
again at their next sign-in.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from staff_auth import devices, log_actions


class Command(BaseCommand):
    help = "Remove a user's two-factor devices: their next sign-in sets two-factor up again."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(f"No user named {username!r}.") from None
        removed = devices.remove_all(user)
        log_actions.record(user, log_actions.RESET)
        self.stdout.write(
            f"Two-factor authentication of {username} reset ({removed} devices removed): "
            "their next sign-in sets it up again."
        )
