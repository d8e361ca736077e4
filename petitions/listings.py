"""Petitions shown beside another: open petitions to point to, and a petition's outcome.

Plain queries for the public templates (petitions/templatetags/petition_tags.py): a closed
petition's page links to the open ones instead of a form, and says when it was delivered.
"""

from django.db.models import F, Max, OuterRef, Subquery

from home.models import HomePageFeaturedPetition
from petitions.models import Delivery, PetitionPage
from petitions.models.pages import prefetch_source_petitions
from petitions.tally import attach_progress


def open_petitions(locale, exclude=None, limit=3):
    """Live, public, open petitions in `locale`, newest first, each with its progress.

    A translation whose source petition closed is not open: is_open reads the source.
    """
    candidates = PetitionPage.objects.live().public().filter(locale_id=locale.pk)
    if exclude is not None:
        candidates = candidates.exclude(translation_key=exclude.translation_key)
    candidates = candidates.select_related("image").prefetch_related("image__renditions")
    pages = prefetch_source_petitions(list(candidates.order_by("-first_published_at")[:20]))
    return attach_progress([page for page in pages if page.is_open][:limit])


def delivered_on(petition):
    """The date of the petition's last recorded delivery to an MP's office, or None."""
    source = petition.source_petition
    return Delivery.objects.filter(petition=source).aggregate(last=Max("delivered_on"))["last"]


def home_petitions(home_page, others=3):
    """(lead, more): the petition the home page leads with, and other open petitions.

    Open petitions in the home page's language, featured ones first in the editors' order,
    then the newest. Featured rows are matched by translation keys (of the home page and of
    the petition), so every language's home page shows, in its language, the petitions chosen
    on any of them. One query for the
    petitions (and their images' renditions), each with its progress.
    """
    featured = HomePageFeaturedPetition.objects.filter(
        page__translation_key=home_page.translation_key,
        petition__translation_key=OuterRef("translation_key"),
    ).order_by("sort_order")
    candidates = (
        PetitionPage.objects.live()
        .public()
        .filter(locale_id=home_page.locale_id)
        .annotate(featured_order=Subquery(featured.values("sort_order")[:1]))
        .order_by(F("featured_order").asc(nulls_last=True), "-first_published_at")
        .select_related("image")
        .prefetch_related("image__renditions")
    )
    pages = prefetch_source_petitions(list(candidates[:20]))
    ordered = attach_progress([page for page in pages if page.is_open][: others + 1])
    if not ordered:
        return None, []
    return ordered[0], ordered[1:]
