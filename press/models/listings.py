"""What the press release and policy brief listings share.

A queryset of dated pages, filters read from the query string, pagination.
"""

from datetime import MAXYEAR, MINYEAR

from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet


class DatedPageQuerySet(PageQuerySet):
    def private_q(self):
        """Pages in a private section, as a subquery.

        A private section has a view restriction on the page or an ancestor. Wagtail's version
        first loads every restriction in a query of its own, on each listing of each request.
        """
        restricted = PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
        return Q(Exists(restricted))

    def published_in(self, locale):
        """Live public pages of one locale, newest first, with their images' renditions.

        Listings show each page's image as a card: prefetched, the renditions cost one query
        for the whole list.
        """
        return (
            self.live()
            .public()
            .filter(locale=locale)
            .order_by(f"-{self.model.date_field}", "-pk")
            .select_related("image")
            .prefetch_related("image__renditions")
        )


DatedPageManager = PageManager.from_queryset(DatedPageQuerySet)


def int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def year_or_none(value):
    """A year from a query string, or None when it is not one a date can have."""
    year = int_or_none(value)
    return year if year is not None and MINYEAR <= year <= MAXYEAR else None


def paginate(request, queryset, per_page):
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))
