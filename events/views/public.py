"""The public event pages: an event, its `.ics`, the index and the index's calendar feed."""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.text import slugify

from events import ics, listing
from events.registration.forms import registration_form
from events.registration.places import places_left, tally_of
from events.structured_data import event_data, json_ld

CALENDAR_TYPE = "text/calendar; charset=utf-8"
# How many of a repeating event's next dates the page lists.
LISTED_OCCURRENCES = 10


def _render(request, page, template, **extra):
    context = page.get_context(request)
    context.update(extra)
    return TemplateResponse(request, template, context)


def event_context(request, page):
    """What an event page shows, the registration form included (never the video link)."""
    hosts = [link.organization for link in page.hosts.select_related("organization")]
    url = page.get_full_url(request)
    next_start, next_end = page.next_occurrence()
    tally = tally_of(page)
    return {
        "hosts": hosts,
        "json_ld": json_ld(event_data(page, url, hosts)),
        "next_start": next_start,
        "next_end": next_end,
        "upcoming_dates": [start for start, end in page.occurrences() if end >= next_start][
            :LISTED_OCCURRENCES
        ],
        "places_left": places_left(page, tally),
        "form": registration_form(page),
        "register_url": page.subpage_url("register", request=request),
        "ics_url": page.subpage_url("ics", request=request),
    }


def event_page(request, page, **extra):
    context = event_context(request, page)
    context.update(extra)
    return _render(request, page, page.get_template(request), **context)


def _calendar_response(body, filename):
    response = HttpResponse(body, content_type=CALENDAR_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_calendar(request, page):
    body = ics.calendar_for([page], page.title, lambda event: event.get_full_url(request))
    return _calendar_response(body, f"{slugify(page.slug) or 'event'}.ics")


def event_index(request, index):
    found = listing.event_listing(index, request.GET, request.GET.get("page"))
    return _render(
        request,
        index,
        index.get_template(request),
        listing=found,
        calendar_url=index.subpage_url("calendar", request=request),
    )


def index_calendar(request, index):
    events = listing.live_events(index).order_by("starts_at")
    body = ics.calendar_for(events, index.title, lambda event: event.get_full_url(request))
    return _calendar_response(body, f"{slugify(index.slug) or 'events'}.ics")


def action_day(request, page):
    found = listing.action_day_listing(page, request.GET.get("postal", ""))
    return _render(request, page, page.get_template(request), listing=found)
