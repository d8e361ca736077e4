"""Bench-only baselines, behind the project's full middleware (CSRF checks included)."""

import json

from django.core.cache import cache
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse

from petitions import tally
from petitions.models import PetitionPage, Signature


def ok(request):
    """The least a Django view can do: the floor for the petition page."""
    return HttpResponse("ok")


def insert(request):
    """The floor for signing: a CSRF-checked POST that inserts one signature row.

    No validation, no riding lookup, no confirmation task; then it redirects as the sign view does.
    """
    if request.method != "POST":
        return HttpResponse(status=405)
    Signature.objects.create(
        petition_id=int(request.POST["petition"]),
        full_name=request.POST.get("full_name", ""),
        email=request.POST.get("email", ""),
        postal_code=request.POST.get("postal_code", ""),
        city=request.POST.get("city", ""),
    )
    response = HttpResponseRedirect("/bench/ok/")
    response.status_code = 303
    return response


def counts(request, page_id):
    """petitions.tally.petition_counts as JSON (used only if the public endpoint is gone)."""
    petition = PetitionPage.objects.get(pk=page_id)
    return JsonResponse(tally.petition_counts(petition).__dict__)


def counts_payload_cached(request, page_id):
    """What the public counts JSON would cost with its serialized payload cached.

    Cached for COUNTS_TTL (the live and public check kept): a measured suggestion for
    petitions/api.py, which today rebuilds the payload, with a query for the 343 riding names,
    every time.
    """
    from petitions.api import counts_payload

    petition = PetitionPage.objects.live().public().filter(pk=page_id).first()
    if petition is None:
        raise Http404
    key = f"bench:counts-json:{petition.pk}"
    body = cache.get(key)
    if body is None:
        body = json.dumps(counts_payload(petition), ensure_ascii=False).encode()
        cache.set(key, body, tally.COUNTS_TTL)
    return HttpResponse(body, content_type="application/json")
