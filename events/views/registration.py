"""Registering for an event, and the registrant's private page (routes of EventPage).

Every response after a POST that carries a private link is private: not cached, not indexed, no
Referer to other sites.
"""

from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from events.choices import PrivacyMode, Status
from events.registration import emails, places, reveal, tasks
from events.registration.forms import ChangeForm, RegistrationForm, honeypot_filled
from events.registration.ratelimit import allow_registering
from events.views.public import event_page


def _render(request, page, template, status=200, **extra):
    context = page.get_context(request)
    context.update(extra)
    response = TemplateResponse(request, template, context, status=status)
    patch_cache_control(response, private=True, no_store=True)
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex"
    return response


def registration_open(page):
    return page.registration_enabled and page.status == Status.SCHEDULED and not page.is_past


def register(request, page):
    if request.method != "POST":
        return redirect(page.url + "#register")
    if not registration_open(page):
        return _render(request, page, "events/registration_closed.html", status=403)
    event = places.source_event(page)
    anonymous = event.privacy_mode == PrivacyMode.ANONYMOUS
    if honeypot_filled(request.POST):
        # A bot: the page a person sees, and nothing stored or sent.
        return _render(request, page, "events/check_email.html")
    if not allow_registering(request, event.pk):
        return _render(request, page, "events/rate_limited.html", status=429)
    form = RegistrationForm(request.POST, event=page)
    if not form.is_valid():
        response = event_page(request, page, form=form)
        response.status_code = 400
        return response
    data = form.cleaned_data
    registration, token, repeat = places.register(
        page,
        language=get_language(),
        name=data.get("name", ""),
        email="" if anonymous else data["email"],
        nickname=data.get("nickname", ""),
        answers=form.answers(),
    )
    if anonymous:
        private_url = _private_url(request, page, token)
        if data.get("email"):
            emails.send_anonymous_receipt(
                data["email"], event, get_language(), registration.code, private_url
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
        pk, private_url = registration.pk, _private_url(request, page, token)
        transaction.on_commit(lambda: tasks.send_registered_email.enqueue(pk, private_url))
    return _render(request, page, "events/check_email.html")


def _private_url(request, page, token):
    # From the request: the address the registrant is using, whatever the Site's hostname says.
    return request.build_absolute_uri(page.subpage_url("registration", token, request=request))


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
