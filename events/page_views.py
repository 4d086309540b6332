"""The views behind ``EventIndexPage``'s routes: thin, the reads are in ``selectors``."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from home.navigation import page_frame
from home.sitemaps import sitemap_entry
from services_directory.hours import LUXEMBOURG
from services_directory.models import Organization

from .cards import session_lines
from .feeds import calendar_bytes
from .forms import EventFilterForm
from .models import Occurrence
from .selectors import (
    EventFilters,
    listing_rows,
    live_event,
    live_event_versions,
    live_events_by_language,
    localize_organizations,
    nearest_sessions,
    next_occurrences,
    upcoming_occurrences,
)
from .structured_data import event_json_ld

PER_PAGE = 20
MAX_PAGE = 500
NEAREST_COUNT = 5
FEED_LIMIT = 500


@dataclass(frozen=True)
class ListingPage:
    """One page of the listing (``events.cards.SessionLine`` items), read as PER_PAGE + 1 sessions: enough
    to know whether there is a next page without counting every upcoming session (Django's Paginator
    counts, which was the listing's slowest query)."""

    items: list
    number: int
    has_next: bool

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_other_pages(self) -> bool:
        return self.has_previous or self.has_next

    @property
    def next_page_number(self) -> int:
        return self.number + 1

    @property
    def previous_page_number(self) -> int:
        return self.number - 1


def page_number(text: str | None) -> int:
    """The page asked for in the query string; anything but a page number gives the first."""
    return int(text) if text and text.isdigit() and 0 < int(text) <= MAX_PAGE else 1


def event_url(page, event, request=None) -> str:
    return page.get_url(request) + page.reverse_subpage("event", args=[event.pk])


def _event_urls(request, *, page, versions: dict[str, int]) -> dict[str, str]:
    """Language code → the page of the event whose id in that language ``versions`` gives, under that
    language's "What's on" page (a language without one is left out)."""
    pages = page_frame(request, page).translation_urls
    return {
        code: pages[code] + page.reverse_subpage("event", args=[pk]) for code, pk in versions.items() if code in pages
    }


def sitemap_urls(request, *, page) -> list[dict]:
    """The sitemap entries of the live events in ``page``'s language: each event's page, with the same event's
    page under the other languages' "What's on" pages as alternates. One query, however many events."""
    language = page.locale.language_code
    if language not in page_frame(request, page).translation_urls:
        return []
    entries = []
    for versions in live_events_by_language(locale=page.locale).values():
        alternates = _event_urls(request, page=page, versions={code: pk for code, (pk, _published) in versions.items()})
        entries.append(
            sitemap_entry(request, alternates[language], alternates=alternates, lastmod=versions[language][1])
        )
    return entries


def _filters(request, *, now):
    """The listing's form and its filters (None while the form has errors: then nothing is listed)."""
    form = EventFilterForm(request.GET or None)
    if not form.is_bound:
        return form, EventFilters()
    if not form.is_valid():
        return form, None
    return form, form.filters(today=now.astimezone(LUXEMBOURG).date())


def _filtered_sessions(request, *, page):
    """The listing's sessions as a queryset, for the calendar feed (none while the form has errors)."""
    now = timezone.now()
    _form, filters = _filters(request, now=now)
    if filters is None:
        return Occurrence.objects.none()
    return upcoming_occurrences(locale=page.locale, filters=filters, now=now)


def event_listing(request, *, page):
    now = timezone.now()
    form, filters = _filters(request, now=now)
    number = page_number(request.GET.get("page"))
    rows = (
        listing_rows(locale=page.locale, filters=filters, now=now, offset=(number - 1) * PER_PAGE, limit=PER_PAGE + 1)
        if filters is not None
        else []
    )
    listing = ListingPage(items=session_lines(rows[:PER_PAGE]), number=number, has_next=len(rows) > PER_PAGE)
    query = request.GET.copy()
    query.pop("page", None)
    listing_url = page.get_url(request)
    context = {
        **page.get_context(request),
        "form": form,
        "sessions": listing,
        "listing_url": listing_url,
        "query": query.urlencode(),
        "commune": filters.commune if filters else None,
        "feed_url": listing_url + page.reverse_subpage("feed"),
    }
    if filters is not None and filters.commune is not None and not listing.items and not listing.has_previous:
        nearest = nearest_sessions(locale=page.locale, filters=filters, now=now, limit=NEAREST_COUNT)
        context["nearest"] = session_lines(
            [(session.event_id, session.starts_at, session.ends_at) for session, _distance in nearest],
            distances={session.event_id: distance for session, distance in nearest},
        )
    return TemplateResponse(request, "events/event_index_page.html", context)


def _event_or_404(page, event_id):
    event = live_event(event_id=event_id, locale=page.locale)
    if event is None:
        raise Http404
    localize_organizations([event], locale=page.locale)
    return event


def event_detail(request, *, page, event_id):
    """Past events keep their page (with no upcoming date)."""
    event = _event_or_404(page, event_id)
    sessions = next_occurrences(event, now=timezone.now())
    url = request.build_absolute_uri(event_url(page, event, request))
    context = {
        **page.get_context(request),
        "event": event,
        "sessions": sessions,
        "json_ld": event_json_ld(event, sessions=sessions, url=url, language=Locale.get_active().language_code)
        if sessions
        else "",
        "ics_url": page.get_url(request) + page.reverse_subpage("event_ics", args=[event.pk]),
        "alternate_urls": _event_urls(request, page=page, versions=live_event_versions(event)),
    }
    return TemplateResponse(request, "events/event_page.html", context)


def _calendar_response(request, *, page, sessions, name: str) -> HttpResponse:
    sessions = list(sessions)
    localize_organizations([session.event for session in sessions], locale=page.locale)
    body = calendar_bytes(
        sessions, url_for=lambda e: request.build_absolute_uri(event_url(page, e, request)), name=name
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(name) or "events"}.ics"'
    return response


def event_ics(request, *, page, event_id):
    event = _event_or_404(page, event_id)
    sessions = event.occurrences.select_related("event__organization", "event__location")
    return _calendar_response(request, page=page, sessions=sessions, name=event.title)


def listing_feed(request, *, page):
    """The listing's upcoming sessions, with the same filters (query string), as a calendar to subscribe to."""
    sessions = _filtered_sessions(request, page=page)
    return _calendar_response(request, page=page, sessions=sessions[:FEED_LIMIT], name=page.title)


def organization_feed(request, *, page, key):
    organization = Organization.objects.filter(translation_key=key, locale=page.locale, live=True).first()
    if organization is None:
        raise Http404
    sessions = upcoming_occurrences(locale=page.locale, filters=EventFilters(), now=timezone.now()).filter(
        event__organization__translation_key=organization.translation_key
    )
    return _calendar_response(request, page=page, sessions=sessions[:FEED_LIMIT], name=organization.name)
