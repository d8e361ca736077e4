"""sitemap.xml for every locale.

The live pages of each language's tree, each listing its translations as hreflang alternates.
Aliases (untranslated copies that wagtail-localize keeps in each tree) are left out: they repeat
their original's content under another URL.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from home.public_url import page_public_url


class LocalizedSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for path in roots.values_list("path", flat=True):
            in_a_tree |= Q(path__startswith=path)
        return (
            Page.objects.live()
            .public()
            .filter(in_a_tree, alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        locations = {p.pk: page_public_url(p, self.request) for p in pages}
        versions = defaultdict(list)
        for p in pages:
            versions[p.translation_key].append(p)

        urls = []
        for p in pages:
            url_info = {"location": locations[p.pk], "lastmod": self.lastmod(p)}
            translations = versions[p.translation_key]
            if len(translations) > 1:
                url_info["alternates"] = [
                    {"lang_code": languages[t.locale_id], "location": locations[t.pk]}
                    for t in translations
                ] + [
                    {"lang_code": "x-default", "location": locations[t.pk]}
                    for t in translations
                    if languages[t.locale_id] == settings.LANGUAGE_CODE
                ]
            urls.append(url_info)
        lastmods = [u["lastmod"] for u in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
