"""`manage.py sync_site_address`: point the default Wagtail Site at PUBLIC_BASE_URL.

`make run` runs it at every start (DEV_HTTP_PORT may have changed); a deployment runs it once,
or sets the Site's hostname and port in the admin (Settings, Sites) to the same address.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail.models import Site

from home.public_url import point_site_at


class Command(BaseCommand):
    help = "Set the default Wagtail Site's hostname and port to those of PUBLIC_BASE_URL."

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            self.stdout.write("No default site yet: nothing to do.")
            return
        changed = point_site_at(site, settings.PUBLIC_BASE_URL)
        state = "now" if changed else "already"
        self.stdout.write(f"The default site is {state} {site.hostname}:{site.port}.")
