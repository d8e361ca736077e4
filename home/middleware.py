import logging

from django.db import InterfaceError, OperationalError
from django.middleware import locale
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's LocaleMiddleware, except outside the language-prefixed URLs.

    Responses outside them (the admin, documents, the public JSON) are left alone. Django would
    redirect a 404 there to "/en/<path>", because Wagtail's catch-all page route matches any path
    under a language prefix, and would add "Vary: Accept-Language" to responses that do not vary by
    it.
    """

    UNPREFIXED = ("/admin/", "/documents/", "/api/")

    def process_response(self, request, response):
        if request.path_info.startswith(self.UNPREFIXED):
            return response
        return super().process_response(request, response)


class DatabaseUnavailableMiddleware:
    """Answers a request the database could not serve with 503 Service Unavailable.

    When PostgreSQL is restarting, unreachable or out of connections, the answer is a translated
    page saying to try again, with Retry-After, instead of a 500. Nothing half-done stays behind:
    the failed transaction is rolled back, and with CONN_HEALTH_CHECKS the next request reconnects.

    The page (503.html) is rendered without touching the database: it does not extend base.html,
    whose navigation and footer come from the database.
    """

    RETRY_AFTER_SECONDS = 30

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        # Neither the exception's message (it can quote a statement's parameters: names,
        # emails) nor the path (it can hold a signature's token) is logged.
        logger.warning(
            "Database unavailable (%s) during %s of %s",
            type(exception).__name__,
            request.method,
            getattr(request.resolver_match, "view_name", "?"),
        )
        response = TemplateResponse(request, "503.html", status=503)
        response["Retry-After"] = str(self.RETRY_AFTER_SECONDS)
        add_never_cache_headers(response)
        return response
