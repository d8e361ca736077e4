"""The rendered petition page, cached for anonymous visitors.

Why: a petition page is what a campaign sends thousands of people to at once, from one post
or one email. Rendering it costs a dozen queries (page, navigation, settings, counts, body);
serving it from the shared cache costs one cache read, so the web processes keep up with a
surge and the database stays free for the signatures themselves.

How: the petition page's own view (PetitionPage's index route) renders the page for an
anonymous GET with a random placeholder where the CSRF token goes (the sign form's
`csrfmiddlewaretoken`), stores the HTML under the page's URL path for COUNTS_TTL seconds,
and answers with the placeholder replaced. PetitionPageCacheMiddleware (last in MIDDLEWARE,
so after CsrfViewMiddleware) then answers the next anonymous GETs of that path from the cache,
each with a fresh token from `get_token()`, which also sets the CSRF cookie as a rendered
page would. A cached page can carry no per-visitor CSRF token otherwise.

What it costs, knowingly:

- Counts on the page are up to COUNTS_TTL (60 s) stale: the page is rendered with counts
  computed at that moment, and kept that long.
- The body is shared by every anonymous visitor, so nothing per visitor may be in it except
  the CSRF token: no messages, no form errors, no user name. Only requests without a session
  cookie and without a messages cookie are served from or stored in the cache (anonymous
  visitors have neither; signed-in editors, previews and visitors of password-protected pages
  always get a fresh render), and pages with view restrictions are never stored.
- A page served from the cache skips Wagtail's `before_serve_page` hooks and the page's view.
  Publishing, unpublishing or deleting any translation of a petition, or changing a view
  restriction above it, forgets the cached page of every translation (signals, connected in
  petitions/apps.py); other changes (a closing date passing, site settings, a template), and
  a render that was in flight while a page was published, show within COUNTS_TTL. Signing
  always re-checks that the petition is open.
- One cache read for every anonymous GET of a language-prefixed path, petition or not.

In front of a shared cache in another process (Redis), each web process also keeps the
entries it read or stored in its own memory for LOCAL_TTL seconds, so that a surge costs no
round trip per request: what the signals above forget reaches every process within LOCAL_TTL
(at once in the process that forgets), and an entry lives at most TTL + LOCAL_TTL seconds.

Entries are keyed by path, not by host: one site serves this project. An entry remembers the
scheme and host it was rendered for (absolute URLs in its metadata) and is only served to the
same ones. PETITION_PAGE_CACHE = False turns all this off.
"""

import hashlib
import secrets
import time

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import patch_cache_control

from petitions.models import PetitionPage
from petitions.signing import facts as petition_facts
from petitions.tally import COUNTS_TTL

TTL = COUNTS_TTL
LOCAL_TTL = 2
LOCAL_MAX_ENTRIES = 500
KEY_PREFIX = "petitions:page:"
# Response header telling whether the page came from the cache ("hit") or was just stored
# there ("miss"), for benchmarks and debugging.
HEADER = "X-Petition-Cache"
LANGUAGE_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def cache_key(path):
    digest = hashlib.sha256(path.encode()).hexdigest()[:32]
    return f"{KEY_PREFIX}{digest}"


# cache key → (monotonic expiry, entry), for a shared cache in another process only.
_local = {}


def _shared_cache_is_remote():
    return not isinstance(caches["default"], LocMemCache | DummyCache)


def _get(key):
    remote = _shared_cache_is_remote()
    if remote:
        found = _local.get(key)
        if found is not None and found[0] > time.monotonic():
            return found[1]
    entry = cache.get(key)
    if remote and entry is not None:
        _remember(key, entry)
    return entry


def _remember(key, entry):
    if len(_local) >= LOCAL_MAX_ENTRIES:
        _local.clear()
    _local[key] = (time.monotonic() + LOCAL_TTL, entry)


def _set(key, entry):
    cache.set(key, entry, TTL)
    if _shared_cache_is_remote():
        _remember(key, entry)


def _delete_many(keys):
    for key in keys:
        _local.pop(key, None)
    cache.delete_many(keys)


def _origin(request):
    return f"{request.scheme}://{request.get_host()}"


def request_is_cacheable(request):
    """Whether a response to this request may come from, or go to, the shared cache."""
    return (
        settings.PETITION_PAGE_CACHE
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
        and not getattr(request, "is_preview", False)
    )


def _finish(request, response, status):
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
    origin, placeholder, content_type, content = entry
    if origin != _origin(request):
        return None
    body = content.replace(placeholder, get_token(request).encode())
    return _finish(request, HttpResponse(body, content_type=content_type), "hit")


def render_and_store(request, render):
    """Answer with `render(csrf_token)` (a TemplateResponse).

    When it is a 200, its HTML is stored with a placeholder token.
    """
    placeholder = secrets.token_hex(16)
    response = render(placeholder)
    response.render()
    content = response.content
    if response.status_code == 200:
        entry = (_origin(request), placeholder.encode(), response["Content-Type"], content)
        _set(cache_key(request.path), entry)
    response.content = content.replace(placeholder.encode(), get_token(request).encode())
    return _finish(request, response, "miss")


def page_is_cacheable(request, page):
    """Whether the petition page's response to this request may be stored."""
    return (
        request_is_cacheable(request) and page.live and not page.get_view_restrictions().exists()
    )


def _paths(versions):
    paths = []
    for version in versions:
        parts = version.get_url_parts()
        if parts is not None and parts[2]:
            paths.append(parts[2])
    return paths


def paths_of(page):
    """URL paths of every version of a petition (translations and aliases)."""
    return _paths(PetitionPage.objects.filter(translation_key=page.translation_key))


def forget(page):
    """Drop the cached page of every version of a petition (translations and aliases).

    Also what the sign view keeps about each (petitions/signing/facts.py).
    """
    versions = list(PetitionPage.objects.filter(translation_key=page.translation_key))
    _delete_many([cache_key(path) for path in _paths(versions)])
    petition_facts.forget(version.pk for version in versions)


def forget_on_publish(sender, instance, **kwargs):
    """page_published, page_unpublished and pre_delete receiver."""
    if isinstance(instance, PetitionPage):
        forget(instance)


def forget_on_restriction(sender, instance, **kwargs):
    """PageViewRestriction post_save / post_delete receiver.

    A restriction is saved at once, without publishing, and must not leave a public copy of the
    pages it covers.
    """
    for page in PetitionPage.objects.descendant_of(instance.page, inclusive=True):
        forget(page)


class PetitionPageCacheMiddleware:
    """Serves petition pages to anonymous visitors from the shared cache.

    Each with a fresh CSRF token (see this module). It must come after CsrfViewMiddleware, whose
    response processing then sets the CSRF cookie.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = serve(request)
        if response is None:
            response = self.get_response(request)
        return response
