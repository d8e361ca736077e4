"""Template tags for the site shell.

Navigation and language links (built by home/navigation.py), breadcrumbs, pagination and sharing
metadata.

Every tag here is written to cost a bounded number of queries per request, whatever the number of
pages listed: the navigation, the language links and the localized home page come from one query,
cached on the request.
"""

import html
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.http import QueryDict
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext, pgettext_lazy, to_locale
from wagtail.models import Page, Site

from home.models import SHARE_IMAGE_SPEC, SiteSettings
from home.navigation import Navigation, build_navigation
from home.public_url import public_url

register = template.Library()

DESCRIPTION_LENGTH = 160
# Page fields that can stand in for a missing search description, in order of preference.
SUMMARY_FIELDS = ["lede", "summary", "introduction", "hero_text"]


def site_settings_for_request(request):
    """The request's SiteSettings, cached on the request by Wagtail.

    The `settings` context processor reuses it. None when no site matches.
    """
    if Site.find_for_request(request) is None:
        return None
    return SiteSettings.for_request(request)


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """`{% site_navigation as nav %}`: the site's navigation, cached on the request.

    nav.home, nav.items (each .page and .current) and nav.translations (each .code, .name, .url,
    .current).
    """
    request = context.get("request")
    if request is None:
        return Navigation()
    navigation = getattr(request, "_site_navigation", None)
    if navigation is None:
        page = context.get("page")
        if not isinstance(page, Page):
            page = None
        site_settings = site_settings_for_request(request)
        privacy_page_id = site_settings.privacy_page_id if site_settings else None
        navigation = build_navigation(request, page, privacy_page_id)
        request._site_navigation = navigation
    return navigation


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """Ancestors of `page` below the site root, outermost first.

    Served pages already hold their parents (Wagtail's routing caches them), so this usually costs
    no query.
    """
    navigation = site_navigation(context)
    home = navigation.home
    if home is None or page is None:
        return []
    crumbs = []
    parent = page.get_parent()
    while parent is not None and parent.depth > home.depth:
        crumbs.append(parent)
        parent = parent.get_parent()
    crumbs.reverse()
    return crumbs


@register.filter
def plain_text(value, length=DESCRIPTION_LENGTH):
    """Rich text or plain text as one line of at most `length` characters.

    Tags are removed and entities decoded (the template escapes it again).
    """
    if not value:
        return ""
    text = re.sub(r"\s+", " ", html.unescape(strip_tags(str(value)))).strip()
    return Truncator(text).chars(int(length))


@register.filter
def page_summary(page, length=DESCRIPTION_LENGTH):
    """A page's description as plain text of at most `length` characters.

    Its search description, or else its lede, summary, introduction or hero text.
    """
    if page is None:
        return ""
    for name in ["search_description", *SUMMARY_FIELDS]:
        text = plain_text(getattr(page, name, ""), int(length))
        if text:
            return text
    return ""


@register.filter
def is_article(page):
    """Whether OpenGraph should call the page an article.

    Its type says so with `opengraph_type = "article"` (press releases, policy briefs).
    """
    return getattr(page, "opengraph_type", "website") == "article"


@register.filter
def article_date(page):
    """The date of a press release or policy brief (their `date_field`), else None."""
    name = getattr(page, "date_field", None)
    return getattr(page, name, None) if name else None


@register.simple_tag
def og_locale(language_code):
    """An OpenGraph locale, e.g. fr_CA, from a language code.

    The site's audience is in Canada, so a bare language gets the CA territory.
    """
    locale = to_locale(language_code or settings.LANGUAGE_CODE)
    return locale if "_" in locale else f"{locale}_CA"


@dataclass
class ShareImage:
    url: str
    width: int
    height: int
    alt: str


@register.simple_tag(takes_context=True)
def share_image(context, page):
    """The image to share the page with: absolute URL, size and alternative text.

    The page's share image (home.models.ShareImageMixin), else the site's default sharing image, as
    a fill-1200x630 rendition; None when there is neither.
    """
    request = context.get("request")
    image = getattr(page, "share_image", None) if page is not None else None
    alt = ""
    if image is not None:
        alt = getattr(page, "share_image_alt", "")
    else:
        site_settings = site_settings_for_request(request) if request is not None else None
        if site_settings is None or not site_settings.default_share_image_id:
            return None
        image = site_settings.default_share_image
    rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    url = rendition.url
    if not urlsplit(url).scheme:
        url = public_url(url)
    return ShareImage(
        url=url,
        width=rendition.width,
        height=rendition.height,
        alt=alt or image.default_alt_text,
    )


@register.simple_tag(takes_context=True)
def page_query(context, number):
    """The current query string with `page` set to `number` (dropped for page 1).

    Pagination thus keeps the other GET parameters (filters, search query).
    """
    request = context.get("request")
    params = request.GET.copy() if request is not None else QueryDict(mutable=True)
    params.pop("page", None)
    if number and int(number) > 1:
        params["page"] = number
    return "?" + params.urlencode()


@register.simple_tag
def elided_page_range(page_obj, on_each_side=2, on_ends=1):
    """Page numbers around the current one, with Paginator.ELLIPSIS for the gaps."""
    return page_obj.paginator.get_elided_page_range(
        page_obj.number, on_each_side=on_each_side, on_ends=on_ends
    )


@register.filter
def tel_href(phone):
    """A tel: URI for a phone number as people write it ("+1 416 555-0100 ext. 2")."""
    value = str(phone or "")
    extension = ""
    match = re.search(r"(?:ext\.?|x|poste)\s*(\d+)\s*$", value, flags=re.IGNORECASE)
    if match:
        extension = f";ext={match.group(1)}"
        value = value[: match.start()]
    number = re.sub(r"[^\d+]", "", value)
    return f"tel:{number}{extension}" if number else ""


@register.filter
def url_host(url):
    """The host of a URL without "www.", for link text ("example.org")."""
    host = urlsplit(str(url or "")).hostname or str(url or "")
    return host.removeprefix("www.")


@register.filter
def x_handle(handle):
    """The handle as "@name", from "name", "@name" or "https://x.com/name"."""
    value = str(handle or "").strip().rstrip("/")
    value = value.rsplit("/", 1)[-1] if "/" in value else value
    return "@" + value.lstrip("@") if value else ""


@register.simple_tag(name="public_url")
def public_url_tag(path):
    """`path` on the public site (settings.PUBLIC_BASE_URL): for robots.txt's sitemap line."""
    return public_url(path)


# The site's languages as a sentence names them ("not yet available in Punjabi"), translated;
# settings.LANGUAGES holds endonyms, for the language switcher.
LANGUAGE_NAMES_IN_PROSE = {
    "en": pgettext_lazy("language name in a sentence", "English"),
    "fr": pgettext_lazy("language name in a sentence", "French"),
    "es": pgettext_lazy("language name in a sentence", "Spanish"),
    "pa": pgettext_lazy("language name in a sentence", "Punjabi"),
    "tl": pgettext_lazy("language name in a sentence", "Tagalog"),
}


@register.simple_tag(takes_context=True)
def untranslated_notice(context, content_language):
    """What a page not yet translated says in the visitor's language, and in which it is shown."""
    language = context.get("LANGUAGE_CODE") or settings.LANGUAGE_CODE
    return gettext(
        "This page is not yet available in %(language)s. Here it is in %(original)s."
    ) % {
        "language": LANGUAGE_NAMES_IN_PROSE.get(language, language),
        "original": LANGUAGE_NAMES_IN_PROSE.get(content_language, content_language),
    }
