from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 outside the language-prefixed site (the open data API) stays a 404.

    Django redirects any unprefixed 404 to ``/<lang>/<path>/`` when that path could exist, and
    Wagtail's catch-all page route makes every path look as if it could.
    """

    UNPREFIXED_PATHS = ("/api/",)

    def process_response(self, request, response):
        if request.path_info.startswith(self.UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)
