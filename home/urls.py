from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from home.sitemaps import PortalSitemap

urlpatterns = [
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}}, name="sitemap"),
]
