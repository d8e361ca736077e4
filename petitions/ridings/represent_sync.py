"""Members of Parliament and their constituency offices from the Open North Represent API.

Read from `/representatives/house-of-commons/` (see ../shared/data/REPRESENT_API.md), for
`manage.py sync_members`.

Everything is fetched before anything is written: an API that cannot be reached, answers slowly, is
over its rate limit or answers something that is not the documented JSON leaves the database as it
was. Requests keep under settings.REPRESENT_API_REQUESTS_PER_MINUTE: they are spaced evenly over
the minute and take their slot in the counter that the postcode lookups share (ridings.represent),
so a sync and the signing pages together stay under the API's limit.

The API has no dates: a new MP (a by-election) and a change of party (a floor crossing) count from
the day of the sync, under the MP history rules. Email addresses and constituency offices are set
from the API when it gives them, never blanked; a preferred language only where none is set and the
API lists exactly one.
"""

import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from petitions.models import Member, Riding
from petitions.ridings import represent
from petitions.ridings.mp_history import (
    CREATE,
    MemberRecord,
    RidingFinder,
    RidingNotFound,
    plan_change,
    save_change,
)
from spreadsheets.errors import DataImportError

REPRESENTATIVES_PATH = "/representatives/house-of-commons/"
PAGE_SIZE = 1000
# All MPs with their offices are well under a megabyte; a runaway answer is cut off here...
MAX_PAGE_BYTES = 16 * 1024 * 1024
# ...and a runaway `meta.next` chain after this many pages.
MAX_PAGES = 20
BOUNDARY_URL = re.compile(rf"^/boundaries/{re.escape(represent.FEDERAL_SET)}/(\d{{5}})/?$")
LANGUAGES = {"english": Member.Language.ENGLISH, "french": Member.Language.FRENCH}
# "Main office - Mississauga": a label the scrapers put above the address.
OFFICE_LABEL = re.compile(r"^(main |satellite |constituency |district )?office\b", re.I)


class Unavailable(DataImportError):
    """The API could not be used now; nothing was changed."""


class Throttle:
    """At most `per_minute` requests a minute.

    Spaced evenly, each taking a slot of the shared per-minute counter (waiting for the next minute
    when it is used up).
    """

    def __init__(self, per_minute, clock=time.monotonic, sleep=time.sleep):
        self.interval = 60.0 / max(per_minute, 1)
        self.clock, self.sleep = clock, sleep
        self.last = None
        self.waited = 0.0

    def wait(self):
        if self.last is not None:
            pause = self.last + self.interval - self.clock()
            if pause > 0:
                self.sleep(pause)
                self.waited += pause
        while not represent._take_request_slot():
            pause = 60 - time.time() % 60 + 0.05
            self.sleep(pause)
            self.waited += pause
        self.last = self.clock()


def fetch_representatives(base_url, timeout, throttle):
    """Every House of Commons representative the API lists (dicts as it gives them).

    Follows `meta.next`. Raises Unavailable.
    """
    if urllib.parse.urlsplit(base_url).scheme not in ("http", "https"):
        raise Unavailable(
            _("The Represent API URL must start with http:// or https:// (it is %(url)s)."),
            {"url": base_url},
        )
    url = f"{base_url.rstrip('/')}{REPRESENTATIVES_PATH}?limit={PAGE_SIZE}"
    found = []
    for _page in range(MAX_PAGES):
        throttle.wait()
        data = _get_json(url, timeout)
        objects = data.get("objects") if isinstance(data, dict) else None
        if not isinstance(objects, list):
            raise Unavailable(_("The Represent API's answer is not a list of representatives."))
        found.extend(objects)
        following = (data.get("meta") or {}).get("next")
        if not following:
            return found
        next_url = urllib.parse.urljoin(url, str(following))
        # Relative links, as the API gives them: never to another server or scheme.
        if urllib.parse.urlsplit(next_url)[:2] != urllib.parse.urlsplit(url)[:2]:
            raise Unavailable(_("The Represent API's next page is on another server."))
        url = next_url
    raise Unavailable(
        _("The Represent API gave more than %(count)s pages of representatives."),
        {"count": MAX_PAGES},
    )


def _get_json(url, timeout):
    # http(s) only: fetch_representatives checked the base URL and every next page's.
    request = urllib.request.Request(url, headers={"Accept": "application/json"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            body = response.read(MAX_PAGE_BYTES + 1)
    except urllib.error.HTTPError as error:
        error.close()
        if error.code == 503:
            raise Unavailable(
                _(
                    "The Represent API is over its rate limit (HTTP 503); try again in a "
                    "minute. Nothing was changed."
                )
            ) from None
        raise Unavailable(
            _("The Represent API answered HTTP %(status)s. Nothing was changed."),
            {"status": error.code},
        ) from None
    except TimeoutError:
        raise Unavailable(
            _("The Represent API did not answer within %(seconds)s seconds. Nothing was changed."),
            {"seconds": timeout},
        ) from None
    except (OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(reason, TimeoutError):
            raise Unavailable(
                _(
                    "The Represent API did not answer within %(seconds)s seconds. Nothing was "
                    "changed."
                ),
                {"seconds": timeout},
            ) from None
        raise Unavailable(
            _("The Represent API at %(url)s cannot be reached (%(error)s). Nothing was changed."),
            {"url": url, "error": reason},
        ) from None
    if len(body) > MAX_PAGE_BYTES:
        raise Unavailable(_("The Represent API's answer is too large."))
    try:
        return json.loads(body)
    except ValueError:
        raise Unavailable(
            _("The Represent API's answer is not JSON. Nothing was changed.")
        ) from None


def constituency_office(representative):
    """The mailing address of the MP's constituency office.

    The main office when there are several, without the label line the scrapers add; "" when the
    API has none.
    """
    offices = [
        office
        for office in representative.get("offices") or []
        if isinstance(office, dict)
        and office.get("type") == "constituency"
        and office.get("postal")
    ]
    if not offices:
        return ""
    offices.sort(key=lambda office: not str(office["postal"]).lower().startswith("main office"))
    lines = [line.strip() for line in str(offices[0]["postal"]).splitlines() if line.strip()]
    if len(lines) > 1 and OFFICE_LABEL.match(lines[0]):
        lines = lines[1:]
    return "\n".join(lines)


def preferred_language(representative):
    extra = representative.get("extra") or {}
    languages = extra.get("preferred_languages") if isinstance(extra, dict) else None
    if not isinstance(languages, list) or len(languages) != 1:
        return ""
    return LANGUAGES.get(str(languages[0]).strip().lower(), "")


@dataclass
class SyncReport:
    counts: Counter = field(default_factory=Counter)
    # District names of representatives matching no current riding, or a riding twice.
    unmatched: list = field(default_factory=list)
    duplicated: list = field(default_factory=list)
    # Codes of current ridings the API lists no representative for (vacant seats).
    without_representative: list = field(default_factory=list)
    requests_waited: float = 0.0


def riding_of(representative, finder):
    boundary_url = (representative.get("related") or {}).get("boundary_url") or ""
    match = BOUNDARY_URL.match(boundary_url)
    if match and match.group(1) in finder.by_code:
        return finder.by_code[match.group(1)]
    try:
        return finder.by_name(str(representative.get("district_name") or ""))
    except RidingNotFound:
        return None


def _names(representative):
    first = str(representative.get("first_name") or "").strip()
    last = str(representative.get("last_name") or "").strip()
    if not (first and last):
        parts = str(representative.get("name") or "").split()
        first, last = " ".join(parts[:-1]), " ".join(parts[-1:])
    return first, last


def sync(representatives, today):
    """Apply the representatives to the current ridings' MPs.

    In the caller's transaction. Returns a SyncReport.
    """
    report = SyncReport()
    ridings = list(Riding.objects.current())
    if not ridings:
        raise DataImportError(
            _("There are no ridings yet: run import_ridings first. Nothing was changed.")
        )
    finder = RidingFinder(ridings)
    current = {m.riding_id: m for m in Member.objects.current()}
    seen = set()
    for representative in representatives:
        if not isinstance(representative, dict):
            continue
        district = str(representative.get("district_name") or "")
        riding = riding_of(representative, finder)
        if riding is None:
            report.unmatched.append(district)
            continue
        if riding.pk in seen:
            report.duplicated.append(district)
            continue
        seen.add(riding.pk)
        first_name, last_name = _names(representative)
        if not (first_name and last_name):
            report.unmatched.append(district)
            continue
        details = {}
        email = str(representative.get("email") or "").strip()
        if email:
            details["email"] = email[: Member._meta.get_field("email").max_length]
        office = constituency_office(representative)
        if office:
            details["constituency_office"] = office
        party_length = Member._meta.get_field("party").max_length
        record = MemberRecord(
            riding=riding,
            first_name=first_name[:100],
            last_name=last_name[:100],
            party=str(representative.get("party_name") or "")[:party_length],
            details=details,
            fill_blank={"preferred_language": preferred_language(representative)},
        )
        change = plan_change(current.get(riding.pk), record, today, crossing_date=today)
        report.counts[change.action] += 1
        if change.closes is not None:
            report.counts["closed"] += 1
        save_change(change)
        if change.action == CREATE:
            current[riding.pk] = change.member
    report.without_representative = sorted(
        riding.code for riding in ridings if riding.pk not in seen
    )
    return report


def fetch_and_sync(base_url, timeout, per_minute, today=None, dry_run=False):
    """Fetch every representative, then apply them in one transaction (rolled back for a dry run).

    Raises Unavailable (nothing changed) when the API cannot be used.
    """
    throttle = Throttle(per_minute)
    representatives = fetch_representatives(base_url, timeout, throttle)
    today = today or timezone.localdate()
    with transaction.atomic():
        report = sync(representatives, today)
        report.requests_waited = throttle.waited
        if dry_run:
            transaction.set_rollback(True)
    return report
