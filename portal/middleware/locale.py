from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from wagtail.users.models import UserProfile

ADMIN_PATH = "/admin/"


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 outside the language-prefixed site (the admin, documents, the open
    data API) stays a 404 there: a mistyped ``/admin/…`` address gets the admin's own 404 page.

    Django redirects any unprefixed 404 to ``/<lang>/<path>/`` when that path could exist, and
    Wagtail's catch-all page route makes every path look as if it could.
    """

    UNPREFIXED_PATHS = ("/api/", ADMIN_PATH, "/documents/")

    def process_response(self, request, response):
        if request.path_info.startswith(self.UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)


class AdminLanguageMiddleware:
    """The whole admin in the language each editor chose in their account (Wagtail's preferred language).

    Wagtail switches to that language inside its views only, so what it says around them (the
    "no permission" message, the admin's 404 page) came out in the site's default language, French.
    Placed after the authentication middleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if request.path_info.startswith(ADMIN_PATH) and user is not None and user.is_authenticated:
            language = UserProfile.get_for_user(user).get_preferred_language()
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)
