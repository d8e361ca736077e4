from django.core.paginator import Paginator
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from wagtail.models import Locale, Page, Site

from home import brand
from home.models import SiteSettings

SEARCH_RESULTS_PER_PAGE = 10


def search(request):
    query = request.GET.get("query", "").strip()[:200]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .specific()
            .search(query)
        )
    return TemplateResponse(
        request,
        "home/search.html",
        {
            "query": query,
            "results": Paginator(results, SEARCH_RESULTS_PER_PAGE).get_page(
                request.GET.get("page")
            ),
        },
    )


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a translated page in the site's shell.

    It replaces Django's technical 403 for signers whose browser did not send the CSRF cookie
    (cookies blocked, or a form left open for days).
    """
    return TemplateResponse(request, "home/csrf_failure.html", {}, status=403)


def brand_stylesheet(request):
    """The brand colours of the request's site as CSS custom properties.

    A stylesheet of its own because the Content-Security-Policy allows no inline style. Pages link
    it with the colours' fingerprint (SiteSettings.brand_stylesheet_version), so a matching URL
    is cached for a year and a change of colours is a new URL.
    """
    site = Site.find_for_request(request)
    site_settings = SiteSettings.saved_or_default(site) if site else SiteSettings()
    primary, accent = site_settings.primary_colour, site_settings.accent_colour
    response = HttpResponse(brand.stylesheet(primary, accent), content_type="text/css")
    if request.GET.get("v") == brand.stylesheet_version(primary, accent):
        patch_cache_control(response, public=True, max_age=365 * 24 * 3600, immutable=True)
    else:
        patch_cache_control(response, public=True, max_age=300)
    return response
