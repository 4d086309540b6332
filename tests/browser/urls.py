"""The portal's URLs plus ``/<language>/__test__/500/``, a page that fails, for the browser tests only."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from portal import urls as portal_urls
from portal.urls import handler404, handler500

__all__ = ["handler404", "handler500", "urlpatterns"]


def fail(request):
    raise RuntimeError("A page that fails, to show the 500 page.")


urlpatterns = [
    *i18n_patterns(path("__test__/500/", fail), prefix_default_language=True),
    *portal_urls.urlpatterns,
]
