"""What an event index lists: its live events, filtered, upcoming first then past.

Plain functions of a page and the query string, testable without HTTP.
"""

from dataclasses import dataclass, field

from django import forms
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import PageViewRestriction

from events import choices
from events.models import EventPage
from home.provinces import PROVINCE_NAMES

PAGE_SIZE = 12


class EventFilterForm(forms.Form):
    """The index's filters; each is optional, and an unknown value is ignored."""

    province = forms.ChoiceField(label=_("Province or territory"), required=False)
    city = forms.ChoiceField(label=_("City"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    online = forms.BooleanField(label=_("Online only"), required=False)

    def __init__(self, data, provinces, cities):
        super().__init__(data)
        every = [("", _("All"))]
        self.fields["province"].choices = every + [
            (code, PROVINCE_NAMES[code]) for code in provinces
        ]
        self.fields["city"].choices = every + [(city, city) for city in cities]
        self.fields["kind"].choices = every + list(choices.Kind.choices)
        self.fields["language"].choices = every + list(choices.LANGUAGES)

    def selected(self):
        """The valid filters chosen, by name (invalid ones are dropped, not reported)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


@dataclass
class Listing:
    form: EventFilterForm
    page_obj: object
    upcoming: list = field(default_factory=list)
    past: list = field(default_factory=list)
    filtered: bool = False


def live_events(index):
    """The live, public events below `index`, those of its days of action included."""
    return EventPage.objects.descendant_of(index).live().public()


def filter_events(events, selected):
    """`events` (a queryset) narrowed by the `selected` filters; a list."""
    if selected.get("province"):
        events = events.filter(province=selected["province"])
    if selected.get("city"):
        events = events.filter(city__iexact=selected["city"])
    if selected.get("kind"):
        events = events.filter(kind=selected["kind"])
    if selected.get("online"):
        events = events.filter(
            attendance__in=[choices.Attendance.ONLINE, choices.Attendance.HYBRID]
        )
    found = list(events)
    language = selected.get("language")
    if language:
        # In Python, not in SQL: JSON containment differs between PostgreSQL and SQLite.
        found = [
            page
            for page in found
            if language in page.languages or language in page.interpretation_languages
        ]
    return found


def event_listing(index, params, page_number=1, now=None):
    """The index's events for the query string `params`: a Listing.

    Upcoming (not over yet) by start, then past ones, most recent first, paginated together.
    """
    now = now or timezone.now()
    events = live_events(index)
    places = events.exclude(city="").values_list("province", "city").distinct()
    provinces = sorted({province for province, _city in places if province})
    cities = sorted({city for _province, city in places})
    form = EventFilterForm(params, provinces, cities)
    selected = form.selected()
    found = filter_events(events.order_by("starts_at"), selected)
    upcoming = [page for page in found if page.ends_at is None or page.ends_at >= now]
    past = sorted(
        (page for page in found if page.ends_at is not None and page.ends_at < now),
        key=lambda page: page.starts_at,
        reverse=True,
    )
    page_obj = Paginator([*upcoming, *past], PAGE_SIZE).get_page(page_number)
    on_page = list(page_obj)
    return Listing(
        form=form,
        page_obj=page_obj,
        upcoming=[page for page in on_page if page in upcoming],
        past=[page for page in on_page if page in past],
        filtered=bool(selected),
    )


def without_view_restrictions(events):
    """`events` less those under a page with a view restriction (password, login, groups).

    What Wagtail's public() does, in the same query rather than one more: the home page's
    section must not add queries (tests/home/test_query_counts.py).
    """
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return events.exclude(Exists(restricted))


def upcoming_events(locale_id=None, limit=3, now=None, related_petition=None):
    """The next live, public events (of a locale; about `related_petition`), soonest first."""
    now = now or timezone.now()
    events = without_view_restrictions(EventPage.objects.live().filter(Q(ends_at__gte=now)))
    if locale_id is not None:
        events = events.filter(locale_id=locale_id)
    if related_petition is not None:
        events = events.filter(related_petition__translation_key=related_petition.translation_key)
    return list(events.order_by("starts_at")[:limit])


@dataclass
class ActionDayListing:
    postal: str
    # [(province name, [(city, [events])])], by province then city
    provinces: list = field(default_factory=list)
    count: int = 0


def postal_prefix(text):
    """The start of a postal code to filter by: its region letter, or up to its first three."""
    cleaned = "".join(text.split()).upper()[:3]
    return cleaned if cleaned[:1].isalpha() else ""


def action_day_listing(page, postal=""):
    """The events of a day of action by province and city; those in a postal region only.

    `postal` is a region letter ("M": Toronto) or a forward sortation area ("M5S"); online-only
    events are listed under "Online" and kept by any filter.
    """
    prefix = postal_prefix(postal)
    events = EventPage.objects.child_of(page).live().public().order_by("starts_at")
    if prefix:
        events = events.filter(
            Q(postal_code__istartswith=prefix) | Q(attendance=choices.Attendance.ONLINE)
        )
    grouped = {}
    found = list(events)
    for event in found:
        province = PROVINCE_NAMES.get(event.province, "") if event.is_in_person else _("Online")
        grouped.setdefault(str(province), {}).setdefault(event.city, []).append(event)
    provinces = [
        (province, sorted(cities.items())) for province, cities in sorted(grouped.items())
    ]
    return ActionDayListing(postal=prefix, provinces=provinces, count=len(found))
