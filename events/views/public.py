"""The public event pages: an event, its `.ics`, the index and the index's calendar feed.

Event pages, indexes and days of action are served to anonymous visitors from the shared page
cache (home/page_cache.py), as petition pages are: a rally announced in one post brings a crowd
at once. Places left are then up to PAGE_TTL stale; registering always counts afresh.
"""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import slugify

from events import ics, listing
from events.registration.forms import registration_form
from events.registration.places import places_left, tally_of
from events.structured_data import event_data, json_ld
from home import page_cache

CALENDAR_TYPE = "text/calendar; charset=utf-8"
# How many of a repeating event's next dates the page lists.
LISTED_OCCURRENCES = 10
PAGE_TTL = 60


def _render(request, page, template, **extra):
    context = page.get_context(request)
    context.update(extra)
    return TemplateResponse(request, template, context)


def render_cached(request, page, template, *, any_query=True, **extra):
    """`_render`, stored in the page cache when the request and the page allow it.

    `any_query=False`: a page whose content depends on its query string (filters, page number),
    stored and served only without one.
    """
    cacheable = page_cache.page_is_cacheable(request, page)
    if not cacheable or (not any_query and request.META.get("QUERY_STRING")):
        return _render(request, page, template, **extra)
    return page_cache.render_and_store(
        request,
        lambda csrf_token: _render(request, page, template, csrf_token=csrf_token, **extra),
        PAGE_TTL,
        any_query=any_query,
    )


def register_url(page, request=None):
    """Where the registration form posts.

    The plain URL in the current language (the page's) for a live public page, else the page's
    own route (a restricted page, a new page's preview).
    """
    if page.pk is None or not page.live or page.get_view_restrictions().exists():
        return page.subpage_url("register", request=request)
    return reverse("event_register", args=[page.pk])


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
        "register_url": register_url(page, request),
        "ics_url": page.subpage_url("ics", request=request),
    }


def event_page(request, page, **extra):
    """The event page; with `extra` (a form with errors), a fresh render never cached."""
    context = event_context(request, page)
    context.update(extra)
    render = _render if extra else render_cached
    return render(request, page, page.get_template(request), **context)


def _calendar_response(body, filename):
    response = HttpResponse(body, content_type=CALENDAR_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_calendar(request, page):
    body = ics.calendar_for([page], page.title, lambda event: event.get_full_url(request))
    return _calendar_response(body, f"{slugify(page.slug) or 'event'}.ics")


def event_index(request, index):
    found = listing.event_listing(index, request.GET, request.GET.get("page"))
    return render_cached(
        request,
        index,
        index.get_template(request),
        any_query=False,
        listing=found,
        calendar_url=index.subpage_url("calendar", request=request),
    )


def index_calendar(request, index):
    events = listing.live_events(index).order_by("starts_at")
    body = ics.calendar_for(events, index.title, lambda event: event.get_full_url(request))
    return _calendar_response(body, f"{slugify(index.slug) or 'events'}.ics")


def action_day(request, page):
    found = listing.action_day_listing(page, request.GET.get("postal", ""))
    return render_cached(request, page, page.get_template(request), any_query=False, listing=found)
