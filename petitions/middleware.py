from petitions import page_cache


class PetitionPageCacheMiddleware:
    """Serves petition pages to anonymous visitors from the shared cache, each with a fresh
    CSRF token (see petitions/page_cache.py). It must come after CsrfViewMiddleware, whose
    response processing then sets the CSRF cookie."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = page_cache.serve(request)
        if response is None:
            response = self.get_response(request)
        return response
