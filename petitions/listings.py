"""Petitions shown beside another: open petitions to point to, and a petition's outcome.

Plain queries for the public templates (petitions/templatetags/petition_tags.py): a closed
petition's page links to the open ones instead of a form, and says when it was delivered.
"""

from django.db.models import Max

from petitions.models import Delivery, PetitionPage
from petitions.models.pages import prefetch_source_petitions
from petitions.tally import attach_progress


def open_petitions(locale, exclude=None, limit=3):
    """Live, public, open petitions in `locale`, newest first, each with its progress.

    A translation whose source petition closed is not open: is_open reads the source.
    """
    candidates = PetitionPage.objects.live().public().filter(locale=locale)
    if exclude is not None:
        candidates = candidates.exclude(translation_key=exclude.translation_key)
    candidates = candidates.select_related("image").prefetch_related("image__renditions")
    pages = prefetch_source_petitions(list(candidates.order_by("-first_published_at")[:20]))
    return attach_progress([page for page in pages if page.is_open][:limit])


def delivered_on(petition):
    """The date of the petition's last recorded delivery to an MP's office, or None."""
    source = petition.source_petition
    return Delivery.objects.filter(petition=source).aggregate(last=Max("delivered_on"))["last"]


def in_locale(pages, locale):
    """Each page's translation in `locale` where there is one, else the page; no duplicates.

    Editors choose featured petitions once; a translated home page shows their translations.
    """
    found, seen = [], set()
    if not pages:
        return []
    translations = {
        page.translation_key: page
        for page in PetitionPage.objects.live()
        .public()
        .filter(locale=locale, translation_key__in=[p.translation_key for p in pages])
        .select_related("image")
        .prefetch_related("image__renditions")
    }
    for page in pages:
        page = translations.get(page.translation_key, page)
        if page.translation_key not in seen:
            seen.add(page.translation_key)
            found.append(page)
    return found


def home_petitions(featured, locale, others=3):
    """(lead, more): the petition the home page leads with, and other open petitions.

    The lead is the first open featured petition, else the newest open petition; `more` the
    other open ones, featured first. Each with its progress.
    """
    featured = [p for p in prefetch_source_petitions(in_locale(featured, locale)) if p.is_open]
    newest = open_petitions(locale, limit=others + 1 + len(featured))
    keys = {p.translation_key for p in featured}
    ordered = featured + [p for p in newest if p.translation_key not in keys]
    attach_progress(ordered)
    if not ordered:
        return None, []
    return ordered[0], ordered[1 : others + 1]
