"""The site search and its suggestions: read-only, scoped to one locale and to live, public content.

Pages (standard, news, guide), directory services and organisations, events (past ones too: they
keep their pages) and the guide's documents are searched with the language-aware backend (see
``site_search.backends``). Results of every kind are merged by the backend's relevance: first those
matching every word, then, when they are few, those matching some of the words.

An event's result shows its dates; when its next session starts and whether it is over are worked out
when the result is shown, not kept with the cached document.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Max, Min, Model, Q, QuerySet, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelsearch.backends.base import BaseSearchBackend
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from events.models import Event, EventIndexPage, Occurrence
from events.selectors import events_page
from geography.places import fold
from home.models import NewsPage
from pci_guide.models import GuideDocument, GuideIndexPage, GuideStepPage
from portal.caching import NAVIGATION, SEARCH, cached, cached_many
from services_directory.models import DirectoryPage, Organization, Service, name_slug
from services_directory.search import directory_page
from services_directory.selectors import PUBLIC_STATUSES
from site_search.backends import with_fallback
from site_search.excerpts import Excerpt, highlight, searchable_text, title_coverage
from site_search.words import search_query, spelling_suggestion, synonym_groups

MAX_QUERY_LENGTH = 100
MAX_WORDS = 10
PAGE_SIZE = 10
RESULTS_PER_KIND = 50
SUGGESTION_COUNT = 8
# How long a query's ranking is kept at most; publishing anything retires it at once.
SEARCH_SECONDS = 10 * 60
WORD_RE = re.compile(r"[^\W_]+")

KIND_LABELS = {
    "page": _("Page"),
    "news": _("News"),
    "guide_step": _("Guide step"),
    "service": _("Service"),
    "organisation": _("Organisation"),
    "event": _("Event"),
    "document": _("Document"),
}


@dataclass(frozen=True)
class SearchText:
    """What the visitor typed, capped, and the words searched for (punctuation and operators dropped)."""

    text: str
    words: tuple[str, ...]
    shortened: bool = False

    @classmethod
    def parse(cls, raw: str) -> SearchText:
        raw = " ".join((raw or "").split())
        text = raw[:MAX_QUERY_LENGTH].strip()
        words = tuple(WORD_RE.findall(text))[:MAX_WORDS]
        return cls(text=text, words=words, shortened=len(raw) > MAX_QUERY_LENGTH)

    @property
    def query(self) -> str:
        return " ".join(self.words)

    @property
    def cache_key(self) -> str:
        """The words, folded (the backends ignore case and accents) and hashed into a safe cache key."""
        return hashlib.sha256(fold(self.query).encode()).hexdigest()


@dataclass(frozen=True)
class Dates:
    """When an event takes place: the start of its first session and the end of its last."""

    first: datetime
    last: datetime

    @property
    def is_past(self) -> bool:
        return self.last <= timezone.now()


@dataclass
class Result:
    kind: str
    title: str
    url: str
    excerpt: Excerpt = field(default_factory=Excerpt)
    dates: Dates | None = None
    next_start: datetime | None = None

    @property
    def kind_label(self) -> str:
        return str(KIND_LABELS[self.kind])


@dataclass
class Hit:
    """A matching record and its relevance; ``partial`` when it matches only some of the words."""

    record: Model
    relevance: float
    partial: bool = False

    @property
    def key(self) -> tuple[str, int]:
        return (self.record._meta.label, self.record.pk)


@dataclass
class SiteSearchOutcome:
    """One page of results; ``corrected`` is the search shown instead when the words found nothing."""

    search: SearchText
    page: PaginatorPage
    results: list[Result]
    promotions: list[SearchPromotion]
    corrected: SearchText | None = None

    @property
    def count(self) -> int:
        return self.page.paginator.count


def _searchable(locale: Locale) -> list[QuerySet]:
    """What a visitor of ``locale`` may find: live, public, in their language."""
    return [
        Page.objects.live().public().filter(locale=locale, depth__gt=1),
        Service.objects.filter(locale=locale, live=True, status__in=PUBLIC_STATUSES),
        Organization.objects.filter(locale=locale, live=True),
        Event.objects.filter(locale=locale, live=True),
        GuideDocument.objects.filter(locale=locale),
    ]


def _scored(backend: BaseSearchBackend, results, *, partial: bool = False) -> list[Hit]:
    return [Hit(record, backend.relevance(record._score), partial) for record in results.annotate_score("_score")]


@dataclass(frozen=True)
class HitKey:
    """What the cache keeps of a hit: enough to load the record again."""

    label: str
    pk: int
    relevance: float
    partial: bool

    @property
    def ident(self) -> tuple[str, int]:
        """(model label, pk), as ``Hit.key`` gives it for a loaded record."""
        return (self.label, self.pk)


def ranked_keys(*, search: SearchText, locale: Locale) -> list[HitKey]:
    """``ranked_hits`` as keys, kept until content is published (then every query is searched afresh)."""

    def build() -> list[HitKey]:
        return [
            HitKey(hit.record._meta.label, hit.record.pk, hit.relevance, hit.partial)
            for hit in ranked_hits(search=search, locale=locale)
        ]

    return cached(f"site-search:{locale.pk}:{search.cache_key}", build, depends_on=[SEARCH], timeout=SEARCH_SECONDS)


def hits_for(keys: list[HitKey], locale: Locale) -> list[Hit]:
    """The records of ``keys``, in that order, loaded through the same live, public, locale scoping."""
    records = {}
    for queryset in _searchable(locale):
        label = queryset.model._meta.label
        wanted = [key.pk for key in keys if key.label == label]
        if wanted:
            records |= {(label, record.pk): record for record in queryset.filter(pk__in=wanted)}
    return [Hit(records[key.ident], key.relevance, key.partial) for key in keys if key.ident in records]


def ranked_hits(*, search: SearchText, locale: Locale) -> list[Hit]:
    """Every match (up to ``RESULTS_PER_KIND`` of each kind), best first."""
    searchable = _searchable(locale)

    words = list(search.words)
    groups = synonym_groups()
    every_word = search_query(words, language=locale.language_code, synonyms=groups, operator="and")
    any_word = search_query(words, language=locale.language_code, synonyms=groups, operator="or")

    def run(backend: BaseSearchBackend) -> list[Hit]:
        hits = []
        for queryset in searchable:
            hits += _scored(backend, backend.search(every_word, queryset)[:RESULTS_PER_KIND])
        if len(hits) < PAGE_SIZE and len(search.words) > 1:
            found = {hit.key for hit in hits}
            for queryset in searchable:
                results = backend.search(any_word, queryset)[:RESULTS_PER_KIND]
                hits += [hit for hit in _scored(backend, results, partial=True) if hit.key not in found]
        return sorted(hits, key=lambda hit: (hit.partial, -title_coverage(title_of(hit.record), words), -hit.relevance))

    return with_fallback(locale.language_code, run)


def indexed_words(locale: Locale) -> frozenset[str]:
    """The words (folded, three letters or more) of the titles a visitor of ``locale`` may find and of
    the synonym groups: what a misspelt word is compared with. Cached until content is published."""

    def build() -> frozenset[str]:
        titles = [
            *Page.objects.live().public().filter(locale=locale).values_list("title", flat=True),
            *Service.objects.filter(locale=locale, live=True, status__in=PUBLIC_STATUSES).values_list(
                "name", flat=True
            ),
            *Organization.objects.filter(locale=locale, live=True).values_list("name", flat=True),
            *Event.objects.filter(locale=locale, live=True).values_list("title", flat=True),
            *GuideDocument.objects.filter(locale=locale).values_list("title", flat=True),
            *(expression for group in synonym_groups() for expression in group),
        ]
        return frozenset(word for title in titles for word in WORD_RE.findall(fold(title)) if len(word) >= 3)

    return cached(f"search-vocabulary:{locale.pk}", build, depends_on=[SEARCH])


def corrected_search(*, search: SearchText, locale: Locale) -> SearchText | None:
    """ "Did you mean": ``search`` with its misspelt words replaced by the closest indexed words, or None."""
    corrected = spelling_suggestion(list(search.words), indexed_words(locale))
    return SearchText.parse(" ".join(corrected)) if corrected else None


def _kind(record: Model) -> str:
    if isinstance(record, Page):
        page_class = record.specific_class
        if page_class is not None and issubclass(page_class, NewsPage):
            return "news"
        if page_class is not None and issubclass(page_class, GuideStepPage):
            return "guide_step"
        return "page"
    return {Service: "service", Organization: "organisation", Event: "event", GuideDocument: "document"}[type(record)]


class _Links:
    """URLs of results in one locale, looking the directory page up once."""

    def __init__(self, locale: Locale, request):
        self.locale = locale
        self.request = request

    @cached_property
    def directory(self) -> DirectoryPage | None:
        return cached(
            f"site-search-directory:{self.locale.pk}",
            lambda: directory_page(locale=self.locale),
            depends_on=[NAVIGATION],
        )

    @cached_property
    def directory_url(self) -> str:
        return self.directory.url if self.directory else ""

    @cached_property
    def events(self) -> EventIndexPage | None:
        return cached(
            f"site-search-events:{self.locale.pk}", lambda: events_page(locale=self.locale), depends_on=[NAVIGATION]
        )

    def url(self, record: Model) -> str:
        if isinstance(record, Page):
            return record.get_url(self.request) or ""
        if isinstance(record, GuideDocument):
            return record.get_download_url()
        if isinstance(record, Event):
            if self.events is None:
                return ""
            return self.events.url + self.events.reverse_subpage("event", args=[record.pk])
        if self.directory is None:
            return ""
        route = "service" if isinstance(record, Service) else "organization"
        return self.directory_url + self.directory.reverse_subpage(
            route, args=[record.translation_key, name_slug(record.name)]
        )


def title_of(record: Model) -> str:
    return getattr(record, "title", None) or record.name


@dataclass(frozen=True)
class SearchDocument:
    """What a result shows of a record whatever the words: kept until the next publish."""

    kind: str
    title: str
    url: str
    text: str
    dates: Dates | None = None


def search_documents(keys: list[HitKey], locale: Locale, request) -> dict[tuple[str, int], SearchDocument]:
    """The documents of ``keys`` by (model label, pk), from the cache or loaded through ``hits_for``
    (the same live, public, locale scoping); a record out of scope has none."""
    host = request.get_host()
    wanted = {f"search-document:{host}:{key.label}:{key.pk}": key.ident for key in keys}
    by_id = {key.ident: key for key in keys}
    return cached_many(
        wanted,
        lambda ids: _documents(hits_for([by_id[ident] for ident in ids], locale), locale, request),
        depends_on=[SEARCH],
    )


def _documents(hits: list[Hit], locale: Locale, request) -> dict[tuple[str, int], SearchDocument]:
    """Each hit's document, with each page loaded as its specific type for its text."""
    page_ids = [hit.record.pk for hit in hits if isinstance(hit.record, Page)]
    specific = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()} if page_ids else {}
    prefetch_related_objects([hit.record for hit in hits if isinstance(hit.record, Service)], "categories")
    dates = _event_dates([hit.record.pk for hit in hits if isinstance(hit.record, Event)])
    links = _Links(locale, request)
    documents = {}
    for hit in hits:
        record = specific.get(hit.record.pk, hit.record) if isinstance(hit.record, Page) else hit.record
        documents[hit.key] = SearchDocument(
            kind=_kind(record),
            title=title_of(record),
            url=links.url(record),
            text=getattr(record, "search_description", "") or searchable_text(record),
            dates=dates.get(record.pk) if isinstance(record, Event) else None,
        )
    return documents


def _event_dates(event_ids: list[int]) -> dict[int, Dates]:
    """The dates of the events ``event_ids`` (one query); an event with no session has none."""
    if not event_ids:
        return {}
    rows = (
        Occurrence.objects.filter(event__in=event_ids)
        .order_by()
        .values("event")
        .annotate(first=Min("starts_at"), last=Max("ends_at"))
        .values_list("event", "first", "last")
    )
    return {event_id: Dates(first, last) for event_id, first, last in rows}


def _next_starts(event_ids: list[int], *, now: datetime) -> dict[int, datetime]:
    """When the next session (or the one under way) of each of the events ``event_ids`` starts (one query)."""
    if not event_ids:
        return {}
    rows = (
        Occurrence.objects.filter(event__in=event_ids, ends_at__gt=now)
        .order_by()
        .values("event")
        .annotate(next=Min("starts_at"))
        .values_list("event", "next")
    )
    return dict(rows)


def _results(keys: list[HitKey], search: SearchText, locale: Locale, request) -> list[Result]:
    """The displayed results of ``keys``: each record's document, with an excerpt around the words, and
    for an event not yet over, when its next session starts (worked out now: the document is kept)."""
    documents = search_documents(keys, locale, request)
    shown = [(key, document) for key in keys if (document := documents.get(key.ident)) is not None]
    words = list(search.words)
    next_starts = _next_starts(
        [key.pk for key, document in shown if document.dates is not None and not document.dates.is_past],
        now=timezone.now(),
    )
    return [
        Result(
            kind=document.kind,
            title=document.title,
            url=document.url,
            excerpt=highlight(document.text, words),
            dates=document.dates,
            next_start=next_starts.get(key.pk) if document.dates is not None else None,
        )
        for key, document in shown
    ]


def promoted_queries() -> frozenset[str]:
    """The queries editors have promoted results for (a short list), cached until one is saved."""
    return cached(
        "search-promoted-queries",
        lambda: frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True)),
        depends_on=[SEARCH],
    )


def search_promotions(*, search: SearchText, locale: Locale) -> list[SearchPromotion]:
    """Editors' picks for this query: external links, and live public pages in the visitor's language."""
    if not search.words:
        return []
    query_string = normalise_query_string(search.text)
    if query_string not in promoted_queries():
        return []
    visible_pages = Page.objects.live().public().filter(locale=locale)
    return list(
        SearchPromotion.objects.filter(query__query_string=query_string)
        .filter(Q(page__isnull=True) | Q(page__in=visible_pages))
        .select_related("page")
        .order_by("sort_order")
    )


def site_search(*, search: SearchText, locale: Locale, page_number, request) -> SiteSearchOutcome:
    """One page of results for ``search`` in ``locale``; a search (not a further page) counts in the report."""
    keys = ranked_keys(search=search, locale=locale) if search.words else []
    corrected = corrected_search(search=search, locale=locale) if search.words and not keys else None
    if corrected is not None:
        keys = ranked_keys(search=corrected, locale=locale)
        corrected = corrected if keys else None
    page = Paginator(keys, PAGE_SIZE).get_page(page_number)
    if search.words and str(page_number or 1) == "1":
        Query.get(search.text).add_hit()
    return SiteSearchOutcome(
        search=search,
        page=page,
        results=_results(list(page.object_list), corrected or search, locale, request),
        promotions=search_promotions(search=search, locale=locale),
        corrected=corrected,
    )


def site_suggestions(*, search: SearchText, locale: Locale, request) -> list[Result]:
    """Up to ``SUGGESTION_COUNT`` titles starting with the typed words, those starting with the text first.

    Kept until content is published: people type the same first letters.
    """
    if not search.words:
        return []
    return cached(
        f"site-suggestions:{locale.pk}:{request.get_host()}:{search.cache_key}",
        lambda: _suggestions(search=search, locale=locale, request=request),
        depends_on=[SEARCH],
        timeout=SEARCH_SECONDS,
    )


def _suggestions(*, search: SearchText, locale: Locale, request) -> list[Result]:
    def run(backend: BaseSearchBackend) -> list[Hit]:
        hits = []
        for queryset in _searchable(locale):
            hits += _scored(backend, backend.autocomplete(search.query, queryset)[:SUGGESTION_COUNT])
        return hits

    typed = fold(search.query)
    hits = sorted(
        with_fallback(locale.language_code, run),
        key=lambda hit: (not fold(title_of(hit.record)).startswith(typed), -hit.relevance),
    )
    links = _Links(locale, request)
    suggestions, titles = [], set()
    for hit in hits:
        title = title_of(hit.record)
        if title in titles:
            continue
        titles.add(title)
        suggestions.append(Result(kind=_kind(hit.record), title=title, url=links.url(hit.record)))
        if len(suggestions) == SUGGESTION_COUNT:
            break
    return suggestions


def help_links(*, locale: Locale) -> list[Result]:
    """Where to look when nothing matched: the directory and the guide, in the visitor's language."""

    def build() -> list[Result]:
        pages = [
            directory_page(locale=locale),
            GuideIndexPage.objects.live().public().filter(locale=locale).first(),
        ]
        return [Result(kind="page", title=page.title, url=page.url) for page in pages if page is not None]

    return cached(f"site-search-help:{locale.pk}", build, depends_on=[NAVIGATION])
