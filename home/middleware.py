from django.middleware import locale


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's LocaleMiddleware, except that responses outside the language-prefixed URLs
    (the admin, documents, the public JSON) are left alone. Django would redirect a 404 there
    to "/en/<path>", because Wagtail's catch-all page route matches any path under a language
    prefix, and would add "Vary: Accept-Language" to responses that do not vary by it."""

    UNPREFIXED = ("/admin/", "/documents/", "/api/")

    def process_response(self, request, response):
        if request.path_info.startswith(self.UNPREFIXED):
            return response
        return super().process_response(request, response)
