"""Look-ups Wagtail repeats many times while serving one page, made once per request.

Wagtail queries the active ``Locale`` by language code each time it needs it (routing,
``page.localized``, translations), ``PageQuerySet.public()`` reads every page view restriction each
time it is called, and serving a page reads its ancestors' restrictions: on a directory or guide
page that is up to a dozen identical queries. ``memo_install()`` makes them answer from a memo that
lives for one request (a page is checked the Wagtail way only when some restriction exists; the list
of restricted pages is also cached until a page or a restriction is saved): it is emptied when a
request starts and ends, and whenever a Locale or a view restriction is saved or deleted. Outside
requests (commands, tasks) nothing is memoised. The Locales themselves come from the page cache's
generation cache (saving a Locale purges it).

Routing: Wagtail finds each path segment's page with two queries (the page, then its specific
subclass). During a request, ``Page.route`` first asks a cached map of the parent's children
(slug → page type) and takes the child, as its own type, from the cache too (each request gets its
own copy); both are renewed by every publish, move or page save. Anything the map does not know
goes the Wagtail way.
"""

import threading

from django.contrib.contenttypes.models import ContentType
from django.core.signals import request_finished, request_started
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail import hooks
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.models.i18n import LocaleManager
from wagtail.query import PageQuerySet

from portal.page_cache import generation_cached

_state = threading.local()
_locale_for_language = LocaleManager.get_for_language
_page_view_restrictions = Page.get_view_restrictions
_page_route = Page.route


def _memo() -> dict | None:
    return getattr(_state, "memo", None)


def memo_start(**kwargs) -> None:
    _state.memo = {}


def memo_end(**kwargs) -> None:
    _state.memo = None


def memo_clear(**kwargs) -> None:
    if _memo() is not None:
        _state.memo = {}


def _get_for_language(manager, language_code):
    memo = _memo()
    if memo is None:
        return _locale_for_language(manager, language_code)
    key = ("locale", language_code)
    if key not in memo:
        memo[key] = generation_cached(f"locale:{language_code}", lambda: _locale_for_language(manager, language_code))
    return memo[key]


def _children_types(page) -> dict[str, int]:
    """Slug → content type id of ``page``'s children, cached until the next publish."""
    return generation_cached(
        f"route-children:{page.pk}",
        lambda: dict(Page.objects.child_of(page).values_list("slug", "content_type_id")),
    )


def _route(page, request, path_components):
    """Wagtail's ``Page.route``, taking the child page of a path segment from the cache (or one query)
    instead of two queries."""
    if _memo() is None or not path_components:
        return _page_route(page, request, path_components)
    content_type_id = _children_types(page).get(path_components[0])
    model = ContentType.objects.get_for_id(content_type_id).model_class() if content_type_id else None
    if model is None:
        return _page_route(page, request, path_components)
    slug = path_components[0]
    child = generation_cached(
        f"route-child:{page.pk}:{slug}", lambda: model.objects.child_of(page).filter(slug=slug).first(), hold=False
    )
    if child is None:
        return _page_route(page, request, path_components)
    child._cached_parent_obj = page
    return child.route(request, path_components[1:])


def _restriction_pages() -> list[Page]:
    return [restriction.page for restriction in PageViewRestriction.objects.select_related("page")]


def _restricted_pages() -> list[Page]:
    """The pages with a view restriction: cached until a restriction or a page changes, memoised per request."""
    memo = _memo()
    if memo is None:
        return _restriction_pages()
    if "restricted" not in memo:
        memo["restricted"] = generation_cached("view-restrictions", _restriction_pages)
    return memo["restricted"]


def _private_q(queryset):
    """Wagtail's ``PageQuerySet.private_q``, reading the restrictions once per request."""
    q = Q()
    for page in _restricted_pages():
        q |= queryset.descendant_of_q(page, inclusive=True)
    return q if q else Q(pk__in=[])


def _view_restrictions(page):
    """Wagtail's ``Page.get_view_restrictions``, without its two queries when no page is restricted."""
    if _memo() is not None and not _restricted_pages():
        return PageViewRestriction.objects.none()
    return _page_view_restrictions(page)


def _served_page_locale(page, request, serve_args, serve_kwargs) -> None:
    """``before_serve_page``: give the page its Locale from the memo instead of one more query."""
    active = Locale.get_active()
    if page.locale_id == active.pk:
        page.locale = active


def memo_install() -> None:
    LocaleManager.get_for_language = _get_for_language
    PageQuerySet.private_q = _private_q
    Page.get_view_restrictions = _view_restrictions
    Page.route = _route
    hooks.register("before_serve_page", _served_page_locale)
    request_started.connect(memo_start, dispatch_uid="portal_request_memo_start")
    request_finished.connect(memo_end, dispatch_uid="portal_request_memo_end")
    for model in (Locale, PageViewRestriction):
        for signal in (post_save, post_delete):
            signal.connect(memo_clear, sender=model, dispatch_uid=f"portal_request_memo_{model.__name__}")
