"""Public JSON: a petition's counts per riding and per province.

GET /api/petitions/<page id>/counts.json, for any language's page of a live, public petition
(the counts of all its translations are pooled on the source page). Counts only: no personal
data, and no small count: a riding or province with fewer counted signatures than
PUBLIC_COUNT_THRESHOLD has `"count": null, "fewer_than": <threshold>` (docs/petitions.md); the
total and the unassigned count stay exact. They come from petitions.tally (at most
tally.COUNTS_TTL seconds old), and the response may be cached as long by browsers and shared
caches.
"""

import json
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from petitions import tally
from petitions.models import PetitionPage, Riding


def riding_names(codes):
    """{code: Riding} for the given codes, current ridings first.

    Current ridings come first because codes repeat across representation orders.
    """
    ridings = {}
    for riding in Riding.objects.filter(code__in=codes).order_by("-representation_order"):
        ridings.setdefault(riding.code, riding)
    return ridings


def counts_json(petition):
    """The JSON text of a petition's counts, cached until its counts expire.

    Expiring with the counts, it is never older than they may be. It is cached because busy pages
    poll this, and building it costs a query for the riding names and the serialization of some 40
    KB.
    """
    key = tally.payload_cache_key(petition.source_petition.pk)
    body = cache.get(key)
    if body is None:
        payload = counts_payload(petition)
        body = json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False)
        age = timezone.now() - datetime.fromisoformat(payload["updated_at"])
        remaining = tally.COUNTS_TTL - int(age.total_seconds())
        if remaining > 0:
            cache.set(key, body, remaining)
    return body


def public(count):
    """{"count": n}, or {"count": None, "fewer_than": threshold} for a small count."""
    shown = tally.public_count(count)
    if shown is None:
        return {"count": None, "fewer_than": settings.PUBLIC_COUNT_THRESHOLD}
    return {"count": shown}


def counts_payload(petition):
    counts = tally.petition_counts(petition)
    ridings = riding_names(list(counts.by_riding))
    by_riding = []
    for code, count in sorted(counts.by_riding.items()):
        riding = ridings.get(code)
        by_riding.append(
            {
                "code": code,
                "name_en": riding.name_en if riding else "",
                "name_fr": riding.name_fr if riding else "",
                "province": riding.province if riding else "",
                **public(count),
            }
        )
    return {
        "petition": petition.source_petition.pk,
        "total": counts.total,
        "unassigned": counts.unassigned,
        "by_province": {
            province: public(count) for province, count in sorted(counts.by_province.items())
        },
        "by_riding": by_riding,
        "updated_at": counts.computed_at or None,
    }


def not_found():
    response = JsonResponse({"error": "not found"}, status=404)
    patch_cache_control(response, public=True, max_age=tally.COUNTS_TTL)
    return response


@require_safe
def petition_counts_json(request, page_id):
    petition = PetitionPage.objects.live().public().filter(pk=page_id).first()
    if petition is None:
        return not_found()
    response = HttpResponse(counts_json(petition), content_type="application/json")
    patch_cache_control(response, public=True, max_age=tally.COUNTS_TTL)
    # Public numbers, no credentials: campaign partners may show them on their own sites.
    response["Access-Control-Allow-Origin"] = "*"
    return response
