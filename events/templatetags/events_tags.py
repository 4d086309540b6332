"""Events shown on other apps' pages: ``{% load events_tags %}{% next_events organization=... %}``.

The directory's pages (organisation, service, commune) show their next events through this tag, so
that the directory never imports the events app (events depends on the directory, not the reverse).
"""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale

from portal.caching import NAVIGATION, cached

from ..selectors import events_page, next_sessions

register = template.Library()

NEXT_EVENTS_COUNT = 5


def cached_for() -> timedelta:
    """How long a rendered page may be served again without running this tag: the page cache's and a
    CDN's time. Sessions ending within it are left out, so that no copy shows a session that is over."""
    return timedelta(seconds=max(settings.PAGE_CACHE_SECONDS, settings.FRONTEND_CACHE_SECONDS, 0))


@register.inclusion_tag("events/includes/next_events.html")
def next_events(*, organization=None, service=None, places=(), commune=None, limit=NEXT_EVENTS_COUNT):
    """The next events of a directory record, in the active language, with a link to the “What's on”
    page (filtered by ``commune`` when given) and, for an organisation, to the calendar of its events.
    Nothing when there is no upcoming event or no such page."""
    locale = Locale.get_active()
    page = cached(f"events-page:{locale.pk}", lambda: events_page(locale=locale), depends_on=[NAVIGATION])
    if page is None:
        return {"sessions": []}
    sessions = next_sessions(
        locale=locale,
        now=timezone.now() + cached_for(),
        limit=limit,
        organization=organization,
        service=service,
        places=places,
        commune=commune,
    )
    listing_url = page.url + (f"?{urlencode({'place': commune.slug})}" if commune is not None else "")
    feed_url = (
        page.url + page.reverse_subpage("organization_feed", args=[organization.translation_key])
        if organization is not None
        else ""
    )
    return {
        "sessions": sessions,
        "page_url": page.url,
        "listing_url": listing_url,
        "feed_url": feed_url,
        "commune": commune,
    }
