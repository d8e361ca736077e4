"""Rendered pages, cached for anonymous visitors: the pages a campaign sends crowds to.

Why: a petition or an event page is what a campaign sends thousands of people to at once, from
one post or one email. Rendering one costs a dozen queries (page, navigation, settings, counts,
body); serving it from the shared cache costs one cache read, so the web processes keep up with
a surge and the database stays free for the signatures and registrations themselves.

How: a page's own view opts in (petitions/signing/views.py, events/views/public.py): for an
anonymous GET it renders the page with a random placeholder where the CSRF token goes (the
form's `csrfmiddlewaretoken`), stores the HTML under the page's URL path for the `ttl` it gives,
and answers with the placeholder replaced. AnonymousPageCacheMiddleware (last in MIDDLEWARE, so
after CsrfViewMiddleware) then answers the next anonymous GETs of that path from the cache, each
with a fresh token from `get_token()`, which also sets the CSRF cookie as a rendered page would.
A cached page can carry no per-visitor CSRF token otherwise.

What it costs, knowingly:

- Figures on a cached page (signature counts, places left) are up to `ttl` stale.
- The body is shared by every anonymous visitor, so nothing per visitor may be in it except
  the CSRF token: no messages, no form errors, no user name. Only requests without a session
  cookie and without a messages cookie are served from or stored in the cache (anonymous
  visitors have neither; signed-in editors, previews and visitors of password-protected pages
  always get a fresh render), and pages with view restrictions are never stored.
- A page served from the cache skips Wagtail's `before_serve_page` hooks and the page's view.
  Publishing, unpublishing or deleting a page forgets the cached copies of it and of its
  ancestors (an index lists its children) in every language, and saving or deleting a view
  restriction forgets every page below it (signals, connected in home/apps.py); other changes
  (a date passing, site settings, a template), and a render that was in flight while a page
  was published, show within the ttl.
- A query string is ignored (a share link's `?utm_source=` gets the same page), except for
  pages stored with `any_query=False` (a filtered list): those are served from the cache only
  to requests without one.
- One cache read for every anonymous GET of a language-prefixed path.

In front of a shared cache in another process (Redis), each web process also keeps the
entries it read or stored in its own memory for a moment (home/shared_cache.py), so that a surge
costs no round trip per request: an entry lives at most ttl + LOCAL_TTL seconds.

Entries are keyed by path, not by host: one site serves this project. An entry remembers the
scheme and host it was rendered for (absolute URLs in its metadata) and is only served to the
same ones. ANONYMOUS_PAGE_CACHE = False turns all this off.
"""

import hashlib
import secrets

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import patch_cache_control
from wagtail.models import Page

from home.shared_cache import LocalCopy

KEY_PREFIX = "pages:anonymous:"
# Response header telling whether the page came from the cache ("hit") or was just stored
# there ("miss"), for benchmarks and debugging.
HEADER = "X-Page-Cache"
LANGUAGE_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def cache_key(path):
    digest = hashlib.sha256(path.encode()).hexdigest()[:32]
    return f"{KEY_PREFIX}{digest}"


_local = LocalCopy()


def _get(key):
    entry = _local.fresh(key)
    if entry is None:
        entry = cache.get(key)
        if entry is not None:
            _local.remember(key, entry)
    return entry


def _set(key, entry, ttl):
    cache.set(key, entry, ttl)
    _local.remember(key, entry)


def _origin(request):
    return f"{request.scheme}://{request.get_host()}"


def request_is_cacheable(request):
    """Whether a response to this request may come from, or go to, the shared cache."""
    return (
        settings.ANONYMOUS_PAGE_CACHE
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
        and not getattr(request, "is_preview", False)
    )


def page_is_cacheable(request, page):
    """Whether `page`'s response to this request may be stored."""
    return (
        request_is_cacheable(request) and page.live and not page.get_view_restrictions().exists()
    )


def _finish(response, status):
    patch_cache_control(response, private=True, max_age=0)
    response[HEADER] = status
    return response


def serve(request):
    """The cached page for this request, with a fresh CSRF token; None when there is none."""
    if not request.path_info.startswith(LANGUAGE_PREFIXES) or not request_is_cacheable(request):
        return None
    entry = _get(cache_key(request.path))
    if entry is None:
        return None
    origin, any_query, placeholder, content_type, content = entry
    if origin != _origin(request) or (request.META.get("QUERY_STRING") and not any_query):
        return None
    body = content.replace(placeholder, get_token(request).encode())
    return _finish(HttpResponse(body, content_type=content_type), "hit")


def render_and_store(request, render, ttl, *, any_query=True):
    """Answer with `render(csrf_token)` (a TemplateResponse); store it when it is a 200.

    Its HTML is stored for `ttl` seconds with a placeholder token. `any_query=False`: a page
    that depends on its query string, served from the cache only to requests without one (call
    this only for such a request).
    """
    placeholder = secrets.token_hex(16)
    response = render(placeholder)
    response.render()
    content = response.content
    if response.status_code == 200:
        entry = (
            _origin(request),
            any_query,
            placeholder.encode(),
            response["Content-Type"],
            content,
        )
        _set(cache_key(request.path), entry, ttl)
    response.content = content.replace(placeholder.encode(), get_token(request).encode())
    return _finish(response, "miss")


def _paths(pages):
    paths = []
    for page in pages:
        parts = page.get_url_parts()
        if parts is not None and parts[2]:
            paths.append(parts[2])
    return paths


def _forget_translations_of(pages):
    versions = Page.objects.filter(translation_key__in=pages.values("translation_key"))
    keys = [cache_key(path) for path in _paths(versions.specific(defer=True))]
    _local.forget(keys)
    cache.delete_many(keys)


def forget(page):
    """Drop the cached copies of `page` and of its ancestors, in every language."""
    _forget_translations_of(Page.objects.ancestor_of(page, inclusive=True).filter(depth__gt=1))


def forget_on_publish(sender, instance, **kwargs):
    """page_published, page_unpublished and pre_delete receiver."""
    if isinstance(instance, Page):
        forget(instance)


def forget_on_restriction(sender, instance, **kwargs):
    """PageViewRestriction post_save / post_delete receiver.

    A restriction is saved at once, without publishing, and must not leave a public copy of the
    pages it covers.
    """
    _forget_translations_of(Page.objects.descendant_of(instance.page, inclusive=True))


class AnonymousPageCacheMiddleware:
    """Serves cached pages to anonymous visitors, each with a fresh CSRF token (see above).

    It must come after CsrfViewMiddleware, whose response processing then sets the CSRF cookie.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = serve(request)
        if response is None:
            response = self.get_response(request)
        return response
