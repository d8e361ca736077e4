"""The supporter-facing petition views, routed by PetitionPage (RoutablePageMixin).

    <petition URL>                  the petition and its sign form (cached: home/page_cache.py)
    <petition URL>signed/           "check your email": where every sign POST leads
    <petition URL>confirm/<token>/  the emailed link: GET shows a button (and the riding choice
                                    when the postal code did not give the riding), POST confirms
    <petition URL>manage/<token>/   the emailed link to withdraw or change who may see the name
    <petition URL>withdrawn/        where a withdrawal leads

The view the sign form posts to is a plain Django URL (petitions/urls.py):

    /<language>/sign-petition/<page id>/   POST → 303 to signed/, new signer or repeat alike

Nothing the sign POST answers tells whether the address had signed (docs/privacy.md): a new
signer, a repeat and a bot caught by the honeypot get the same 303 to the same page, which names no
signature. Everything personal (the riding, its MP) is behind the emailed links.

Signing is the moment a campaign's traffic peaks, so it skips Wagtail's page routing (a site lookup
and a query per path segment): what it needs to know about the page comes from the cache
(facts.py), and the page itself is loaded only to render something other than the redirect
(form errors, closed, rate limited). Wagtail's page-serving hooks
(`before_serve_page`, `on_serve_page`: view restrictions) run only for pages that have a view
restriction, as with the page cache. `<petition URL>sign/` still accepts the form, for pages
rendered before this URL existed.

Thin: the work is in flow.py (domain), forms.py (validation), ratelimit.py and home/client_ip.py
(IP hash, rate limit), manage.py and home/page_cache.py. Token pages show the signer's riding only,
never a name or an email (people share the URL they are on), and send no referrer to the share
links.
"""

import dataclasses
import logging

from django.conf import settings
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.debug import sensitive_post_parameters
from wagtail import hooks

from home import page_cache
from home.client_ip import client_ip, hash_ip
from petitions.models import Member, PetitionPage, Signature
from petitions.ridings import choice
from petitions.signing import facts as petition_facts
from petitions.signing import flow, manage, tokens
from petitions.signing.facts import PetitionFacts
from petitions.signing.forms import (
    HONEYPOT_FIELD,
    ConsentForm,
    RidingChoiceForm,
    SignatureForm,
    honeypot_filled,
)
from petitions.signing.ratelimit import allow_signing
from petitions.signing.share_links import share_links
from petitions.tally import COUNTS_TTL, Progress, compute_counts, petition_counts, public_count

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
            COUNTS_TTL,
        )
    return _render(request, page, template, **_petition_context(request, page))


def _closed(request, page):
    return _render(request, page, "petitions/closed.html", status=403, source=page.source_petition)


def _privacy_facts():
    """The figures the signer privacy section states (petitions/includes/signer_privacy.html)."""
    return {
        "count_threshold": settings.PUBLIC_COUNT_THRESHOLD,
        "unconfirmed_days": settings.UNCONFIRMED_SIGNATURE_DAYS,
        "retention_days": settings.SIGNATURE_RETENTION_DAYS,
    }


def _riding_count(counts, riding):
    """The riding's public count (None when below the threshold: shown as "fewer than N")."""
    return public_count(counts.by_riding.get(riding.code, 0)) if riding else 0


def _after_signing_context(request, page, signature):
    """What the signed and confirmed pages show.

    Counts, share links and, with a signature (the confirmed page), its riding, the riding's count
    and its current MP. Nothing else about the signer.
    """
    source = page.source_petition
    counts = petition_counts(page)
    riding = signature.riding if signature is not None else None
    return {
        "source": source,
        "signature": signature,
        "counts": counts,
        "progress": Progress(total=counts.total, goal=source.goal),
        "riding": riding,
        "riding_count": _riding_count(counts, riding),
        **_privacy_facts(),
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
        # A bot: where every signer goes, and nothing stored.
        logger.info("Honeypot filled on petition %s", facts.source_id)
        return _see_other(facts.route_url("signed"))
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
    # New or repeat: the same answer (the module docstring); the riding is asked behind the
    # emailed link.
    return _see_other(facts.route_url("signed"))


def signed(request, page):
    """Where every sign POST leads: "check your email", the counts and share links."""
    context = _after_signing_context(request, page, None)
    context["awaiting_confirmation"] = page.source_petition.confirmation_required
    return _render(request, page, "petitions/signed.html", private=True, **context)


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


def _riding_form(request, signature):
    """The riding choice of a signature without a riding (None when it has one or none to offer).

    It offers every candidate, and shows the few that choice.narrow picks (the GET's `q` is the
    search that works without JavaScript).
    """
    if signature.riding_id is not None:
        return None
    candidates = flow.riding_candidates(signature)
    if not candidates:
        return None
    narrowed = choice.narrow(
        candidates,
        postal_code=signature.postal_code,
        city=signature.city,
        query=request.GET.get("q", "")[:100],
    )
    data = request.POST if request.method == "POST" else None
    return RidingChoiceForm(data, candidates=candidates, shown=narrowed)


def confirm(request, page, token):
    """The emailed link.

    GET only shows a button (mail scanners open links), with the riding choice when the postal
    code did not give the riding; POST confirms (and sets the riding chosen), then shows the
    confirmed page, which still asks the riding of a signature confirmed without one (petitions
    that need no confirmation link here for that). Confirming twice is harmless.
    """
    signature = _signature(page, token, tokens.CONFIRM)
    if signature is None:
        return _invalid_link(request, page)
    if signature.confirmed_at is None and not page.is_open:
        return _closed(request, page)
    form = _riding_form(request, signature)
    if request.method == "POST" and (form is None or form.is_valid()):
        with transaction.atomic():
            riding = form.chosen_riding() if form is not None else None
            if riding is not None:
                flow.choose_riding(signature, riding, form.candidates.values())
            flow.confirm(signature)  # a no-op the second time
        return _see_other(request.path)
    context = {
        "action": request.path,
        "form": form,
        "search_query": request.GET.get("q", "")[:100],
        "manage_url": page.subpage_url(
            "manage", tokens.make(signature, tokens.MANAGE), request=request
        ),
    }
    if signature.confirmed_at is None:
        return _render(request, page, "petitions/confirm.html", private=True, **context)
    return _render(
        request,
        page,
        "petitions/confirmed.html",
        private=True,
        **context,
        **_after_signing_context(request, page, signature),
    )


def manage_signature(request, page, token):
    """The emailed link to withdraw the signature or change who may see the name.

    GET shows the choices; a POST (CSRF-checked) does it at once (manage.py).
    """
    signature = _signature(page, token, tokens.MANAGE)
    if signature is None:
        return _invalid_link(request, page)
    consent_form = ConsentForm(initial={"consent": signature.consent})
    if request.method == "POST":
        if request.POST.get("action") == "withdraw":
            manage.withdraw(signature)
            return _see_other(page.subpage_url("withdrawn", request=request))
        consent_form = ConsentForm(request.POST)
        if consent_form.is_valid():
            manage.change_consent(signature, consent_form.cleaned_data["consent"])
            return _see_other(request.path + "?saved=1")
    return _render(
        request,
        page,
        "petitions/manage.html",
        private=True,
        signature=signature,
        consent_form=consent_form,
        saved=request.GET.get("saved") == "1",
        action=request.path,
        **_privacy_facts(),
    )


def withdrawn(request, page):
    return _render(request, page, "petitions/withdrawn.html", private=True)
