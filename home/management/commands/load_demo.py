"""`manage.py load_demo`: fill an empty site with realistic demo content (home/demo/).

Safe to run again: pages are found by slug under their parent (index pages by type), snippets
by name, images and documents by title. Whatever already exists is left as it is, so an editor's
changes to demo content are never overwritten.

Then the translated trees are synchronized (wagtail-localize makes an alias of every English
page in each locale) and some pages and snippets are translated through wagtail-localize, as a
translator would (home/demo/translate.py). A page or snippet that already has a real
translation in a language is left as it is.
"""

import io
import logging
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.signal_handlers import disable_reference_index_auto_update

from home.demo.builder import Report
from home.demo.loader import load_demo
from home.demo.two_factor import demo_admin, ensure_demo_device
from home.demo.users import ADMIN_USERNAME, ensure_admin


class Command(BaseCommand):
    help = (
        "Create demo content: a home page, about and privacy pages, news releases, policy "
        "briefs with PDFs, coalition members, media contacts, site settings and a demo admin "
        "login; synchronize the French, Spanish, Punjabi and Tagalog trees and translate some "
        "of it into each language. Safe to run again: existing content is found and left "
        "unchanged."
    )

    def add_arguments(self, parser):
        admin = parser.add_mutually_exclusive_group()
        admin.add_argument(
            "--no-admin",
            action="store_true",
            help=f"Do not create the demo superuser “{ADMIN_USERNAME}”.",
        )
        admin.add_argument(
            "--with-admin",
            action="store_true",
            help="Create the demo superuser even when DEBUG is off (never in production).",
        )

    def handle(self, *args, no_admin=False, with_admin=False, **options):
        started = time.monotonic()
        report = Report()
        # Wagtail logs every page creation and publication; keep that for -v 2.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        if options["verbosity"] < 2:
            wagtail_logger.setLevel(logging.WARNING)
        try:
            # Every save would queue a reference-index task for the background worker, and
            # wagtail-localize replaces an alias's inline rows when it turns the alias into a
            # translation: the tasks of the rows it deleted failed in the worker with
            # DoesNotExist tracebacks at `make run`'s first start. The index is rebuilt once,
            # here, instead.
            with transaction.atomic(), disable_reference_index_auto_update():
                load_demo(report)
            call_command("rebuild_references_index", verbosity=0, stdout=io.StringIO())
        finally:
            wagtail_logger.setLevel(level)
        login = ensure_admin(
            report,
            no_admin=no_admin,
            with_admin=with_admin,
            warn=lambda message: self.stderr.write(self.style.WARNING(message)),
        )
        # Superusers must confirm each sign-in with a code (staff_auth): the demo admin's comes
        # from `manage.py demo_code` (home/demo/two_factor.py), with DEBUG on only.
        admin = demo_admin() if settings.DEBUG and login else None
        if admin is not None:
            ensure_demo_device(report, admin)
            login += "; the code it then asks for: `manage.py demo_code`"

        self.stdout.write(
            self.style.SUCCESS(f"Demo content loaded in {time.monotonic() - started:.1f} s.")
        )
        for line in report.lines():
            self.stdout.write(line)
        if login:
            self.stdout.write(login)
