"""The sitemap: every live public page in every language, at the address the request came to.

Wagtail's sitemap lists the pages under the site's root page, which is one language's home, at
the address recorded on the site (``Site.root_url``). Here the pages of every language's home are
listed, each page's addresses are built from the request (the host a crawler actually reached), and
each entry names its translations as ``hreflang`` alternates. Pages add their own sub-pages (the
directory's records) by extending ``get_sitemap_urls``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.navigation import page_frame


def sitemap_entry(
    request, url: str, *, alternates: dict[str, str], lastmod: datetime | None = None
) -> dict[str, object]:
    """One ``<url>`` of the sitemap: ``url`` and its translations (language code to URL), made absolute."""
    entry: dict[str, object] = {
        "location": request.build_absolute_uri(url),
        "lastmod": lastmod,
        "alternates": [
            {"lang_code": code, "location": request.build_absolute_uri(alternates[code])}
            for code, _name in settings.LANGUAGES
            if alternates.get(code)
        ],
    }
    default = alternates.get(settings.LANGUAGE_CODE)
    if len(entry["alternates"]) > 1 and default:
        entry["alternates"].append({"lang_code": "x-default", "location": request.build_absolute_uri(default)})
    return entry


class TranslatedSitemapMixin:
    """For page models: the sitemap lists the page at the request's address, with its translations."""

    def get_sitemap_urls(self, request=None):
        if request is None:
            return super().get_sitemap_urls(request)
        url = self.get_url(request)
        if not url:
            return []
        return [
            sitemap_entry(
                request,
                url,
                alternates=page_frame(request, self).translation_urls,
                lastmod=self.last_published_at or self.latest_revision_created_at,
            )
        ]


class PortalSitemap(Sitemap):
    """Wagtail's sitemap over the trees of every language's home page, not only the site's root."""

    def items(self) -> Iterable[Page]:
        root = self.get_wagtail_site().root_page
        pages = Page.objects.none()
        for home in root.get_translations(inclusive=True):
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()
