"""Registering for an event, and the registrant's private page.

    /<language>/register-event/<page id>/   the registration form's target (POST), outside
                                            Wagtail's routing: see below
    <event URL>register/                    the same, routed by Wagtail (pages with a view
                                            restriction, and forms rendered before)
    <event URL>registered/                  "check your email", where a registration redirects
    <event URL>registration/<token>/        the registrant's private page (EventPage's routes)

A rally announced in one post brings its crowd to register at once, so the form posts to a
plain URL whose view knows the event from its cached facts (events/registration/facts.py):
no page routing, no page query, on the way to the 303 redirect. The page itself is loaded only
to render something else (form errors, registration closed, rate limited, an anonymous
registrant's code). An event with a view restriction is registered for through its route, where
Wagtail runs its serve hooks (the restriction's check) first.

Every response that carries a private link is private: not cached, not indexed, no Referer to
other sites.
"""

import dataclasses

from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.debug import sensitive_post_parameters

from events.choices import PrivacyMode
from events.models import EventPage
from events.registration import emails, places, reveal, tasks
from events.registration import facts as event_facts
from events.registration.facts import EventFacts
from events.registration.forms import ChangeForm, RegistrationForm, honeypot_filled
from events.registration.ratelimit import allow_registering
from events.views.public import event_page, render_cached

REGISTRANT_FIELDS = ("name", "email", "nickname")


def _render(request, page, template, status=200, **extra):
    context = page.get_context(request)
    context.update(extra)
    response = TemplateResponse(request, template, context, status=status)
    patch_cache_control(response, private=True, no_store=True)
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex"
    return response


def _see_other(url):
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


@sensitive_post_parameters(*REGISTRANT_FIELDS)
def register_event(request, page_id):
    """The registration form's target, outside Wagtail's routing (see the module docstring)."""
    facts = event_facts.for_page_id(page_id)
    # A page in another language is only reached by editing the URL: not found, like a page
    # path under the wrong language prefix.
    if facts is None or not facts.live or facts.language != get_language():
        raise Http404
    if not facts.public:
        # Through Wagtail's routing, which checks the view restriction; 307 keeps the POST.
        response = HttpResponseRedirect(facts.route_url("register"))
        response.status_code = 307
        return response
    return _register(request, facts, None)


@sensitive_post_parameters(*REGISTRANT_FIELDS)
def register(request, page):
    """<event URL>register/, routed by Wagtail (which ran the page's serve hooks)."""
    facts = dataclasses.replace(EventFacts.of(page), url=page.get_url(request) or "")
    return _register(request, facts, page)


def _page(facts):
    page = EventPage.objects.filter(pk=facts.page_id).first()
    if page is None:  # deleted since its facts were cached
        raise Http404
    return page


def _register(request, facts, page):
    """The registration POST; `page` is loaded only to render a page, never for the redirect."""
    if request.method != "POST":
        return redirect(facts.url + "#register")
    if not facts.registration_open:
        page = page or _page(facts)
        return _render(request, page, "events/registration_closed.html", status=403)
    anonymous = facts.privacy_mode == PrivacyMode.ANONYMOUS
    if honeypot_filled(request.POST):
        # A bot: where every registrant goes, and nothing stored or sent.
        return _see_other(facts.route_url("registered"))
    if not allow_registering(request, facts.source_id):
        page = page or _page(facts)
        return _render(request, page, "events/rate_limited.html", status=429)
    form = RegistrationForm(request.POST, event=facts)
    if not form.is_valid():
        response = event_page(request, page or _page(facts), form=form)
        response.status_code = 400
        return response
    data = form.cleaned_data
    registration, token, repeat = places.register_with(
        facts,
        language=get_language(),
        name=data.get("name", ""),
        email="" if anonymous else data["email"],
        nickname=data.get("nickname", ""),
        answers=form.answers(),
    )
    if anonymous:
        page = page or _page(facts)
        private_url = _private_url(request, facts, token)
        if data.get("email"):
            emails.send_anonymous_receipt(
                data["email"], page.source_event, get_language(), registration.code, private_url
            )
        return _render(
            request,
            page,
            "events/registered_anonymous.html",
            registration=registration,
            private_url=private_url,
        )
    # A repeat and a new registration look the same: the page tells nobody whether an address
    # had registered.
    if repeat:
        tasks.send_already_registered_email.enqueue(registration.pk)
    else:
        # Its link goes out in the next sweep (events/registration/emails.py): no task of its own.
        transaction.on_commit(tasks.schedule_link_sweep, robust=True)
    return _see_other(facts.route_url("registered"))


def _private_url(request, facts, token):
    # From the request: the address the registrant is using, whatever the Site's hostname says.
    return request.build_absolute_uri(facts.route_url("registration", token))


def registered(request, page):
    """The "check your email" page: the same for every registrant, so a shared (cached) one."""
    return render_cached(request, page, "events/check_email.html")


def private_page(request, page, token):
    registration = places.find(page, token)
    if registration is None:
        return _render(request, page, "events/invalid_link.html", status=404)
    here = page.subpage_url("registration", token, request=request)
    form = None
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "cancel":
            promoted = places.cancel(registration)
            if promoted is not None and promoted.email:
                pk = promoted.pk
                transaction.on_commit(lambda: tasks.send_promoted_email.enqueue(pk))
            return redirect(here)
        if action == "change" and registration.is_active:
            form = ChangeForm(request.POST, registration=registration)
            if form.is_valid():
                _apply_change(registration, form)
                return redirect(here + "?changed=1")
    return _private_page(request, page, registration, form)


def _apply_change(registration, form):
    data = form.cleaned_data
    if "name" in data:
        registration.name = data["name"].strip()
    if "nickname" in data:
        registration.nickname = data["nickname"].strip()
    registration.answers = form.answers()
    registration.save(update_fields=["name", "nickname", "answers", "updated_at"])


def _private_page(request, page, registration, form):
    now = timezone.now()
    start, end = page.next_occurrence(now)
    return _render(
        request,
        page,
        "events/private_page.html",
        status=400 if form is not None and form.errors else 200,
        registration=registration,
        details=reveal.revealed_details(registration, now),
        reveal_opens_at=reveal.reveal_opens_at(registration.event, now),
        next_start=start,
        next_end=end,
        position=places.waitlist_position(registration),
        form=form or ChangeForm(registration=registration),
        changed=request.GET.get("changed") == "1",
        ics_url=page.subpage_url("ics", request=request),
    )
