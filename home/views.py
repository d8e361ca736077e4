from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

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
