from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from home.models import EasyReadMixin
from home.sitemaps import TranslatedSitemapMixin


def name_slug(name: str) -> str:
    """The slug of a service's or organisation's name in the directory's URLs ("-" for a name without
    letters or digits); a URL with another slug redirects to this one."""
    return slugify(name) or "-"


def _views():
    """The views module, imported late: it reads the directory's models."""
    from services_directory import views

    return views


class DirectoryPage(TranslatedSitemapMixin, RoutablePageMixin, EasyReadMixin, Page):
    """The directory's home in one language: the search, and the pages of services, organisations and communes.

    Services and organisations are addressed by their HSDS id (the same in every language) and a
    slug of their name; communes by their slug. Only the title, introduction and easy-to-read summary are edited here.
    """

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("easy_read")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("directory page")

    def get_sitemap_urls(self, request=None):
        """The directory page, then the page of each service, organisation and commune in its language."""
        entries = super().get_sitemap_urls(request)
        if request is None or not entries:
            return entries
        return entries + _views().sitemap_urls(request, page=self)

    @path("", name="search")
    def search_view(self, request):
        return _views().directory_search_page(request, page=self)

    @path("service/<uuid:key>/", name="service")
    @path("service/<uuid:key>/<slug:slug>/", name="service")
    def service_view(self, request, key, slug=""):
        return _views().service_page(request, page=self, key=key, slug=slug)

    @path("organisation/<uuid:key>/", name="organization")
    @path("organisation/<uuid:key>/<slug:slug>/", name="organization")
    def organization_view(self, request, key, slug=""):
        return _views().organization_page(request, page=self, key=key, slug=slug)

    @path("commune/<slug:slug>/", name="commune")
    def commune_view(self, request, slug):
        return _views().commune_page(request, page=self, slug=slug)

    @path("map/", name="geojson")
    def geojson_view(self, request):
        return _views().map_geojson(request, page=self)
