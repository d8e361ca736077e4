"""Template tags for the site shell.

Navigation, language links, breadcrumbs, pagination and sharing metadata.

Every tag here is written to cost a bounded number of queries per request, whatever the number of
pages listed: the navigation, the language links and the localized home page come from one query,
cached on the request.
"""

import html
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Q
from django.db.models.functions import Length, Substr
from django.http import QueryDict
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language, to_locale
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site, get_page_models

from home.models import SHARE_IMAGE_SPEC, SiteSettings

register = template.Library()

DESCRIPTION_LENGTH = 160
# Page fields that can stand in for a missing search description, in order of preference.
SUMMARY_FIELDS = ["lede", "summary", "introduction", "hero_text"]


@dataclass
class MenuItem:
    page: Page
    # Value of aria-current: "page" for the page itself, "true" for its section, "" otherwise.
    current: str = ""


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool


@dataclass
class Navigation:
    home: Page | None = None
    items: list = field(default_factory=list)
    languages: list = field(default_factory=list)  # the language switcher's links
    alternates: list = field(default_factory=list)  # (hreflang, absolute URL)
    canonical_url: str = ""
    privacy_page: Page | None = None  # the site's privacy page, in the active locale if it can
    # The first live child of the home page of each section type, by key (see section_types).
    sections: dict = field(default_factory=dict)


def section_types():
    """Page types the home page links to ("All press releases"), by key.

    The page models that declare a `section_key` (press.PressReleaseIndexPage's is
    "press_releases"), by content type id. Content types are cached by Django after their first
    lookup.
    """
    return {
        ContentType.objects.get_for_model(model).pk: model.section_key
        for model in get_page_models()
        if getattr(model, "section_key", None)
    }


def _active_content_language():
    try:
        return get_supported_content_language_variant(get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


def _translated(pages, source_id, language):
    """Among `pages`, the live translation in `language` of the page `source_id`.

    When it has none, that page itself.
    """
    source = next((p for p in pages if p.pk == source_id), None)
    if source is None:
        return None
    for candidate in pages:
        if (
            candidate.translation_key == source.translation_key
            and candidate.language_code == language
            and candidate.live
        ):
            return candidate
    return source


def add_language_links(navigation, request, page, pages, root_id, language):
    """The language switcher, the hreflang alternates and the canonical URL.

    The language switcher lists every language: the page's version in it, else that locale's home
    page. The hreflang alternates are the live translations that are not aliases, and x-default for
    the source language. The canonical URL is an alias's original.
    """
    versions = {
        p.language_code: p for p in pages if p.translation_key == page.translation_key and p.live
    }
    home_key = next((p.translation_key for p in pages if p.pk == root_id), None)
    homes = {p.language_code: p for p in pages if p.translation_key == home_key and p.live}
    for code, name in settings.LANGUAGES:
        target = versions.get(code) or homes.get(code)
        if target is not None:
            navigation.languages.append(
                LanguageLink(code, name, target.get_url(request), current=code == language)
            )
    translations = {code: p for code, p in versions.items() if not p.alias_of_id}
    if len(translations) > 1:
        for code, _name in settings.LANGUAGES:
            if code in translations:
                navigation.alternates.append((code, translations[code].get_full_url(request)))
        if settings.LANGUAGE_CODE in translations:
            navigation.alternates.append(
                ("x-default", translations[settings.LANGUAGE_CODE].get_full_url(request))
            )
    original = next((p for p in pages if p.pk == page.alias_of_id), None)
    navigation.canonical_url = (original or page).get_full_url(request)


def build_navigation(request, page=None, privacy_page_id=None):
    """The site navigation's pages, in one query.

    The home page of the active locale (or the site root when it has no live translation), its live
    `show_in_menus` children and section pages (see section_types), the live translations of
    `page`, and the privacy page in the active locale.
    """
    site = Site.find_for_request(request)
    if site is None:
        return Navigation()
    language = _active_content_language()
    root_id = site.root_page_id
    root_translations = Page.objects.filter(
        translation_key__in=Page.objects.filter(pk=root_id).values("translation_key")
    )
    homes_q = Q(pk=root_id) | Q(
        pk__in=root_translations.filter(live=True, locale__language_code=language).values("pk")
    )
    # Every locale's home page: where the language switcher leads when a page has no version
    # in that language.
    all_homes_q = Q(pk=root_id) | Q(pk__in=root_translations.filter(live=True).values("pk"))
    home_paths = Page.objects.filter(homes_q).values("path")
    sections = section_types()
    wanted = all_homes_q | (
        Q(live=True, parent_path__in=home_paths)
        & (Q(show_in_menus=True) | Q(content_type_id__in=sections))
    )
    if page is not None and getattr(page, "translation_key", None):
        wanted |= Q(live=True, translation_key=page.translation_key)
        if page.alias_of_id:
            wanted |= Q(pk=page.alias_of_id)
    if privacy_page_id:
        wanted |= Q(pk=privacy_page_id) | Q(
            live=True,
            locale__language_code=language,
            translation_key__in=Page.objects.filter(pk=privacy_page_id).values("translation_key"),
        )
    pages = list(
        Page.objects.alias(parent_path=Substr("path", 1, Length("path") - Page.steplen))
        .annotate(language_code=F("locale__language_code"))
        .filter(wanted)
        .order_by("path")
    )

    home = _translated(pages, root_id, language)
    navigation = Navigation(home=home)
    if privacy_page_id:
        privacy_page = _translated(pages, privacy_page_id, language)
        navigation.privacy_page = privacy_page if privacy_page and privacy_page.live else None
    if home is not None:
        add_menu_items(navigation, home, page, pages, sections)

    if page is not None and getattr(page, "translation_key", None):
        add_language_links(navigation, request, page, pages, root_id, language)
    return navigation


def add_menu_items(navigation, home, page, pages, sections):
    """The home page's live children among `pages`, as sections and menu items.

    Section pages by key, and the menu items (those shown in menus), the current one marked for
    aria-current.
    """
    current_path = getattr(page, "path", "")
    for item in pages:
        if item.depth != home.depth + 1 or not item.path.startswith(home.path) or not item.live:
            continue
        if item.content_type_id in sections:
            navigation.sections.setdefault(sections[item.content_type_id], item)
        if not item.show_in_menus:
            continue
        current = ""
        if item.pk == getattr(page, "pk", None):
            current = "page"
        elif current_path.startswith(item.path):
            current = "true"
        navigation.items.append(MenuItem(item, current))


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
    if request is not None and not urlsplit(url).scheme:
        url = request.build_absolute_uri(url)
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
