"""The supporter-facing petition views, routed by PetitionPage (RoutablePageMixin).

    <petition URL>                  the petition and its sign form (cached, see page_cache.py)
    <petition URL>riding/<token>/   choose among candidate ridings, or "I don't know"
    <petition URL>thanks/<token>/   counts, the signer's riding and MP, share links
    <petition URL>confirm/<token>/  the emailed link: GET shows a button, POST confirms

The view the sign form posts to is a plain Django URL (petitions/urls.py):

    /<language>/sign-petition/<page id>/   POST → 303 to riding/<token>/ or thanks/<token>/

Signing is the moment a campaign's traffic peaks, so it skips Wagtail's page routing (a site lookup
and a query per path segment): what it needs to know about the page comes from the cache
(facts.py), and the page itself is loaded only to render something other than the redirect
(form errors, closed, rate limited, repeat, honeypot). Wagtail's page-serving hooks
(`before_serve_page`, `on_serve_page`: view restrictions) run only for pages that have a view
restriction, as with the page cache. `<petition URL>sign/` still accepts the form, for pages
rendered before this URL existed.

Thin: the work is in flow.py (domain), forms.py (validation), ratelimit.py and home/client_ip.py
(IP hash, rate limit) and page_cache.py. Token pages show the signer's riding only, never a name
or an email (people share the URL they are on), and send no referrer to the share links.
"""

import dataclasses
import logging

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.debug import sensitive_post_parameters
from wagtail import hooks

from home.client_ip import client_ip, hash_ip
from petitions.models import Member, PetitionPage, Signature
from petitions.signing import facts as petition_facts
from petitions.signing import flow, page_cache, tokens
from petitions.signing.facts import PetitionFacts
from petitions.signing.forms import (
    HONEYPOT_FIELD,
    RidingChoiceForm,
    SignatureForm,
    honeypot_filled,
)
from petitions.signing.ratelimit import allow_signing
from petitions.signing.share_links import share_links
from petitions.tally import Progress, compute_counts, petition_counts

logger = logging.getLogger(__name__)


def _see_other(url):
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def _render(request, page, template, status=200, private=False, **extra):
    """A page of the flow in the site's shell, with `page` in the context.

    `private`: a page reached with a token, kept out of caches, search engines and Referer headers.
    """
    context = page.get_context(request)
    context.update(extra)
    response = TemplateResponse(request, template, context, status=status)
    if private:
        patch_cache_control(response, private=True, no_store=True)
        # Not "no-referrer": Chromium then posts the page's forms (confirm, riding choice)
        # with "Origin: null", which Django's CSRF check refuses. Other sites get no referrer.
        response["Referrer-Policy"] = "same-origin"
        response["X-Robots-Tag"] = "noindex"
    return response


def sign_url(page, request=None):
    """Where the sign form posts.

    The plain URL in the current language (the page's), or the page's own route for a page not
    saved yet (a new page's preview).
    """
    if page.pk is None:
        return page.subpage_url("sign", request=request)
    return reverse("petition_sign", args=[page.pk])


def _petition_context(request, page, form=None, counts=None):
    source = page.source_petition
    counts = counts if counts is not None else petition_counts(page)
    is_open = page.is_open
    return {
        "source": source,
        "is_open": is_open,
        "form": (form or SignatureForm()) if is_open else None,
        "honeypot_field": HONEYPOT_FIELD,
        "counts": counts,
        "progress": Progress(total=counts.total, goal=source.goal),
        "sign_url": sign_url(page, request),
        "share_links": share_links(page, request),
    }


def petition_page(request, page):
    template = page.get_template(request)
    if page_cache.page_is_cacheable(request, page):
        # Fresh counts: the page is then kept COUNTS_TTL, so they are never older than that.
        counts = compute_counts(page.source_petition.pk)
        return page_cache.render_and_store(
            request,
            lambda csrf_token: _render(
                request,
                page,
                template,
                csrf_token=csrf_token,
                **_petition_context(request, page, counts=counts),
            ),
        )
    return _render(request, page, template, **_petition_context(request, page))


def _closed(request, page):
    return _render(request, page, "petitions/closed.html", status=403, source=page.source_petition)


def _after_signing_context(request, page, signature):
    """What the thank-you and confirmed pages show.

    Counts, the signer's riding, its count and its current MP, share links. Nothing else about the
    signer.
    """
    source = page.source_petition
    counts = petition_counts(page)
    riding = signature.riding if signature is not None else None
    return {
        "source": source,
        "signature": signature,
        "awaiting_confirmation": (
            signature is not None
            and signature.confirmed_at is None
            and source.confirmation_required
        ),
        "counts": counts,
        "progress": Progress(total=counts.total, goal=source.goal),
        "riding": riding,
        "riding_count": counts.by_riding.get(riding.code, 0) if riding else 0,
        "member": (Member.objects.current().filter(riding=riding).first() if riding else None),
        "share_links": share_links(page, request),
    }


def _page(facts):
    page = PetitionPage.objects.filter(pk=facts.page_id).first()
    if page is None:  # deleted since its facts were cached
        raise Http404
    return page


def _serve_through_hooks(request, page, view):
    """`view(page)` wrapped in Wagtail's page-serving hooks.

    The hooks are `before_serve_page`, and `on_serve_page`, which checks view restrictions; they
    run as Wagtail's serve view runs a page.
    """

    def innermost(page, request, args, kwargs):
        return view(page)

    chain = innermost
    for hook in reversed(hooks.get_hooks("on_serve_page")):
        chain = hook(chain)
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, [], {})
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, [], {})


SIGNER_FIELDS = ("full_name", "email", "postal_code", "city")


@sensitive_post_parameters(*SIGNER_FIELDS)
def sign_petition(request, page_id):
    """The sign form's target, outside Wagtail's routing (see the module docstring)."""
    facts = petition_facts.for_page_id(page_id)
    # A page in another language is only reached by editing the URL: not found, like a
    # page path under the wrong language prefix.
    if facts is None or not facts.live or facts.language != get_language():
        raise Http404
    if not facts.public:
        return _serve_through_hooks(
            request, _page(facts), lambda page: _sign(request, facts, page)
        )
    return _sign(request, facts, None)


@sensitive_post_parameters(*SIGNER_FIELDS)
def sign(request, page):
    """<petition URL>sign/, routed by Wagtail (which ran the page's serve hooks)."""
    facts = dataclasses.replace(PetitionFacts.of(page), url=page.get_url(request) or "")
    return _sign(request, facts, page)


def _thanks_for_nobody(request, facts, page):
    """The thank-you page naming no signature.

    It says "check your email" when the petition asks for confirmation. It is for a bot caught by
    the honeypot, and for a repeat, so that the page tells nobody whether an email address had
    signed.
    """
    page = page or _page(facts)
    context = _after_signing_context(request, page, None)
    context["awaiting_confirmation"] = facts.confirmation_required
    return _render(request, page, "petitions/thanks.html", private=True, **context)


def _sign(request, facts, page):
    """The sign POST.

    `page` is the PetitionPage when it is already loaded, else None: it is loaded only to render a
    page, never on the way to the redirect.
    """
    if page is None and (request.method != "POST" or not facts.is_open):
        page = _page(facts)
    if request.method != "POST":
        return HttpResponseRedirect(page.get_url(request))
    if not facts.is_open:
        return _closed(request, page)
    if honeypot_filled(request.POST):
        # A bot: the ordinary thank-you page, and nothing stored.
        logger.info("Honeypot filled on petition %s", facts.source_id)
        return _thanks_for_nobody(request, facts, page)
    form = SignatureForm(request.POST)
    if not form.is_valid():
        page = page or _page(facts)
        return _render(
            request, page, page.get_template(request), **_petition_context(request, page, form)
        )
    ip = client_ip(request)
    if not allow_signing(facts.source_id, hash_ip(ip)):
        response = _render(request, page or _page(facts), "petitions/rate_limited.html", 429)
        response["Retry-After"] = str(settings.PETITION_RATE_LIMIT[1])
        return response

    result = flow.sign(facts, form.cleaned_data, ip=ip, language=get_language())
    if result.status == flow.CLOSED:
        return _closed(request, page or _page(facts))
    if result.status == flow.DUPLICATE:
        # Whoever typed the address sees what any signer sees; its owner gets an email.
        return _thanks_for_nobody(request, facts, page)
    signature = result.signature
    if result.needs_riding:
        return _see_other(facts.route_url("riding", tokens.make(signature, tokens.RIDING)))
    return _see_other(facts.route_url("thanks", tokens.make(signature, tokens.THANKS)))


def _signature(page, token, purpose):
    """The signature a token names, if it is on this petition (any translation of it)."""
    found = tokens.read(token, purpose)
    if found is None:
        return None
    signature_id, petition_id = found
    if petition_id != page.source_petition.pk:
        return None
    return (
        Signature.objects.select_related("riding")
        .filter(pk=signature_id, petition_id=petition_id)
        .first()
    )


def _invalid_link(request, page):
    return _render(request, page, "petitions/invalid_link.html", status=404, private=True)


def choose_riding(request, page, token):
    signature = _signature(page, token, tokens.RIDING)
    if signature is None:
        return _invalid_link(request, page)
    thanks_url = page.subpage_url("thanks", tokens.make(signature, tokens.THANKS), request=request)
    if signature.riding_id is not None:
        return _see_other(thanks_url)
    candidates = flow.riding_candidates(signature)
    if not candidates:
        return _see_other(thanks_url)
    if request.method == "POST":
        form = RidingChoiceForm(request.POST, candidates=candidates)
        if form.is_valid():
            riding = form.chosen_riding()
            if riding is not None:
                flow.choose_riding(signature, riding, candidates)
            return _see_other(thanks_url)
    else:
        form = RidingChoiceForm(candidates=candidates)
    return _render(
        request, page, "petitions/riding_choice.html", private=True, form=form, action=request.path
    )


def thanks(request, page, token):
    signature = _signature(page, token, tokens.THANKS)
    if signature is None:
        return _invalid_link(request, page)
    return _render(
        request,
        page,
        "petitions/thanks.html",
        private=True,
        **_after_signing_context(request, page, signature),
    )


def confirm(request, page, token):
    """The emailed link.

    GET only shows a button (mail scanners open links); POST confirms, then shows the confirmed
    page. Confirming twice is harmless.
    """
    signature = _signature(page, token, tokens.CONFIRM)
    if signature is None:
        return _invalid_link(request, page)
    if signature.confirmed_at is None and not page.is_open:
        return _closed(request, page)
    if request.method == "POST":
        flow.confirm(signature)  # a no-op the second time
        return _see_other(request.path)
    if signature.confirmed_at is None:
        return _render(request, page, "petitions/confirm.html", private=True, action=request.path)
    return _render(
        request,
        page,
        "petitions/confirmed.html",
        private=True,
        **_after_signing_context(request, page, signature),
    )
