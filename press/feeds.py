"""RSS 2.0 and Atom feeds of a press release index (Django's syndication framework)."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

FEED_LENGTH = 20


class PressReleaseRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        # Django's Feed reads `language` as a plain attribute (not a per-object method).
        self.language = self.index_page.locale.language_code
        return self.index_page

    def title(self, index_page):
        return index_page.title

    def link(self, index_page):
        return index_page.get_url(self.request)

    def description(self, index_page):
        return index_page.introduction or index_page.title

    def items(self, index_page):
        return index_page.releases()[:FEED_LENGTH]

    def item_title(self, release):
        return release.title

    def item_description(self, release):
        return release.lede

    def item_link(self, release):
        return release.get_url(self.request)

    def item_pubdate(self, release):
        return timezone.make_aware(datetime.combine(release.release_date, time(9)))

    def item_updateddate(self, release):
        return release.last_published_at

    def item_categories(self, release):
        # tagged_items is prefetched by the index's releases(); tags.all() would query per item.
        return [tagged.tag.name for tagged in release.tagged_items.all()]


class PressReleaseAtomFeed(PressReleaseRssFeed):
    feed_type = Atom1Feed
    subtitle = PressReleaseRssFeed.description
