"""Look-ups Wagtail repeats many times while serving one page, made once per request.

Wagtail queries the active ``Locale`` by language code each time it needs it (routing,
``page.localized``, translations), ``PageQuerySet.public()`` reads every page view restriction each
time it is called, and serving a page reads its ancestors' restrictions: on a directory or guide
page that is up to a dozen identical queries. ``memo_install()`` makes them answer from a memo that
lives for one request (a page is checked the Wagtail way only when some restriction exists; the list
of restricted pages is also cached until a page or a restriction is saved): it is emptied when a
request starts and ends, and whenever a Locale or a view restriction is saved or deleted. Outside
requests (commands, tasks) nothing is memoised.
"""

import threading

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
        memo[key] = _locale_for_language(manager, language_code)
    return memo[key]


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
    hooks.register("before_serve_page", _served_page_locale)
    request_started.connect(memo_start, dispatch_uid="portal_request_memo_start")
    request_finished.connect(memo_end, dispatch_uid="portal_request_memo_end")
    for model in (Locale, PageViewRestriction):
        for signal in (post_save, post_delete):
            signal.connect(memo_clear, sender=model, dispatch_uid=f"portal_request_memo_{model.__name__}")
