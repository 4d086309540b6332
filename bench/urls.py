"""The portal's URLs plus ``/bench/trivial/``: the floor's view (``bench.floor``) behind the portal's
whole middleware stack. Its figure against the floor is what the middleware costs on every request.
"""

from django.urls import path

from bench.floor import floor
from portal import urls as portal_urls
from portal.urls import handler404, handler500

__all__ = ["handler404", "handler500", "urlpatterns"]

urlpatterns = [path("bench/trivial/", floor), *portal_urls.urlpatterns]
