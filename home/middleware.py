from django.middleware import locale


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 outside the language-prefixed URLs (the
    admin, documents) is left alone. Django would redirect it to "/en/<path>" because
    Wagtail's catch-all page route matches any path under a language prefix."""

    UNPREFIXED = ("/admin/", "/documents/")

    def process_response(self, request, response):
        if request.path_info.startswith(self.UNPREFIXED):
            return response
        return super().process_response(request, response)
