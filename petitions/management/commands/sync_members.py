"""`manage.py sync_members`: fill MPs and their offices from the Represent API.

Usage: `manage.py sync_members [--url URL] [--timeout SECONDS] [--dry-run]`. It fills Members of
Parliament and their constituency offices from the Open North Represent API
(petitions/ridings/represent_sync.py).

Optional: the riding and MP files (import_ridings, import_members) are enough to run the
site; this brings in what they lack (email addresses, constituency offices) and by-elections
and floor crossings since. It reads settings.REPRESENT_API_URL (or --url), keeps under
settings.REPRESENT_API_REQUESTS_PER_MINUTE and gives up on a request after --timeout seconds
(default settings.REPRESENT_API_TIMEOUT).

Exit status: 0 done; 3 the API is not configured, cannot be reached, answers too slowly, is
over its rate limit or answers something else than its documented JSON (nothing changed);
1 any other problem (no ridings yet; nothing changed).
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext, ngettext

from petitions.ridings.represent_sync import Unavailable, fetch_and_sync
from spreadsheets.errors import DataImportError

UNAVAILABLE = 3
# How sync's actions are reported, in this order.
OUTCOMES = {
    "create": "created",
    "update": "updated",
    "unchanged": "unchanged",
    "closed": "closed",
    "newer": "skipped",
}
MAX_LISTED = 20


def listed(items):
    shown = ", ".join(items[:MAX_LISTED])
    return f"{shown} …" if len(items) > MAX_LISTED else shown


class Command(BaseCommand):
    help = "Fill MPs and their constituency offices from the Open North Represent API."

    def add_arguments(self, parser):
        parser.add_argument("--url", help="the API's base URL (default: REPRESENT_API_URL)")
        parser.add_argument(
            "--timeout",
            type=float,
            help="seconds to wait for each answer (default: REPRESENT_API_TIMEOUT)",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="fetch and report what would change, without saving anything",
        )

    def handle(self, *args, **options):
        url = options["url"] or settings.REPRESENT_API_URL
        if not url:
            raise CommandError(
                gettext(
                    "The Represent API is not configured: set REPRESENT_API_URL or pass --url. "
                    "Nothing was changed."
                ),
                returncode=UNAVAILABLE,
            )
        timeout = options["timeout"] or settings.REPRESENT_API_TIMEOUT
        try:
            report = fetch_and_sync(
                url,
                timeout,
                settings.REPRESENT_API_REQUESTS_PER_MINUTE,
                dry_run=options["dry_run"],
            )
        except Unavailable as error:
            raise CommandError(str(error), returncode=UNAVAILABLE) from None
        except DataImportError as error:
            raise CommandError(str(error)) from None

        for names, message in (
            (
                report.unmatched,
                ngettext(
                    "%(count)s representative matches no current riding: %(names)s.",
                    "%(count)s representatives match no current riding: %(names)s.",
                    len(report.unmatched),
                ),
            ),
            (
                report.duplicated,
                ngettext(
                    "%(count)s representative is a second one for a riding, left out: %(names)s.",
                    "%(count)s representatives are a second one for a riding, left out: "
                    "%(names)s.",
                    len(report.duplicated),
                ),
            ),
            (
                report.without_representative,
                ngettext(
                    "%(count)s current riding has no representative in the API (left as it "
                    "is): %(names)s.",
                    "%(count)s current ridings have no representative in the API (left as "
                    "they are): %(names)s.",
                    len(report.without_representative),
                ),
            ),
        ):
            if names:
                self.stdout.write(message % {"count": len(names), "names": listed(names)})
        summary = ", ".join(f"{word} {report.counts[action]}" for action, word in OUTCOMES.items())
        if options["dry_run"]:
            line = gettext("Dry run, nothing saved: would be %(summary)s.")
        else:
            line = gettext("Synchronized with the Represent API: %(summary)s.")
        self.stdout.write(self.style.SUCCESS(line % {"summary": summary}))
