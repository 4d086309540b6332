from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from home.sitemaps import TranslatedSitemapMixin


def _views():
    from .. import page_views

    return page_views


class EventIndexPage(TranslatedSitemapMixin, RoutablePageMixin, Page):
    """ "What's on" in one language: upcoming sessions with filters, and each event's page and calendar file.

    Events are addressed by the id of their row in this page's language (another language's id finds
    its translation). The listing without filters is page-cached with the ``pages`` scope, which
    publishing an event retires; it shows no count of places left, so nothing in it goes stale when
    someone signs up. Filtered listings (query string) are never page-cached.
    """

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("“What's on” page")

    def get_sitemap_urls(self, request=None):
        """The "What's on" page, then the page of each live event in its language, past ones too."""
        entries = super().get_sitemap_urls(request)
        if request is None or not entries:
            return entries
        return entries + _views().sitemap_urls(request, page=self)

    @path("", name="listing")
    def listing_view(self, request):
        return _views().event_listing(request, page=self)

    @path("calendar/", name="feed")
    def feed_view(self, request):
        return _views().listing_feed(request, page=self)

    @path("organisation/<uuid:key>/calendar/", name="organization_feed")
    def organization_feed_view(self, request, key):
        return _views().organization_feed(request, page=self, key=key)

    @path("<int:event_id>/", name="event")
    def event_view(self, request, event_id):
        return _views().event_detail(request, page=self, event_id=event_id)

    @path("<int:event_id>/calendar/", name="event_ics")
    def event_ics_view(self, request, event_id):
        return _views().event_ics(request, page=self, event_id=event_id)
