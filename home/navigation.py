"""The site's navigation: the localized home page, its menu and section pages, the language links.

Built from one query per request (build_navigation), whatever the number of pages listed; the
`{% site_navigation %}` tag (home/templatetags/site_tags.py) caches it on the request.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Q
from django.db.models.functions import Length, Substr
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site, get_page_models

from home.public_url import page_public_url


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
    # The language of the page's text when it is not the interface's: a page not yet
    # translated, shown through its alias (wagtail-localize) in the source language. Empty
    # otherwise.
    content_language: str = ""


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
                navigation.alternates.append((code, page_public_url(translations[code], request)))
        if settings.LANGUAGE_CODE in translations:
            navigation.alternates.append(
                ("x-default", page_public_url(translations[settings.LANGUAGE_CODE], request))
            )
    original = next((p for p in pages if p.pk == page.alias_of_id), None)
    navigation.canonical_url = page_public_url(original or page, request)
    if original is not None and original.language_code != language:
        navigation.content_language = original.language_code


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
    elif page is None:
        add_view_language_links(navigation, request, language)
    return navigation


def add_view_language_links(navigation, request, language):
    """The language switcher of a view that is not a page (search): the same URL in each language.

    The query string is kept, so a search switches language with its words. Nothing for a URL
    without a language prefix, nor for Wagtail's page route (a 404 there).
    """
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name == "wagtail_serve":
        return  # a page's error page (404): its other languages are not known to exist
    path = request.get_full_path()
    links = [
        LanguageLink(code, name, translate_url(path, code), current=code == language)
        for code, name in settings.LANGUAGES
    ]
    if len({link.url for link in links}) == len(links):
        navigation.languages = links


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
