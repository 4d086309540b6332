"""The parts of every public page that depend only on the site and the language, cached.

The locale's home page, the main menu and the footer (contact details and links) are built once per
site and language, and each page's translations and breadcrumb trail once per page; they are cached
in the ``navigation`` scope (``portal.caching``), which publishing a page or saving the site
settings retires. Which pages are private is read from the database on every request (one query)
and applied to the cached links: access rules are never cached.
"""

from dataclasses import dataclass, replace

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction, Site

from portal.caching import NAVIGATION, cached

CHROME_SECONDS = 60 * 60


@dataclass(frozen=True)
class Link:
    title: str
    url: str
    path: str


@dataclass(frozen=True)
class Contact:
    organisation_name: str
    phone: str
    email: str
    address: str


@dataclass(frozen=True)
class Chrome:
    home: Page | None
    menu: tuple[Link, ...]
    footer_links: tuple[Link, ...]
    contact: Contact | None


def restricted_paths(request) -> tuple[str, ...]:
    """Tree paths of the pages with a view restriction, read once per request (never cached)."""
    if request is None:
        return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
    if not hasattr(request, "_portal_restricted_paths"):
        request._portal_restricted_paths = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
    return request._portal_restricted_paths


def is_public(request, path: str) -> bool:
    return not any(path.startswith(restricted) for restricted in restricted_paths(request))


def _link(page: Page, request) -> Link:
    return Link(title=page.title, url=page.get_url(request), path=page.path)


def _in_source_order(pages: list[Page], root: Page) -> list[Page]:
    """Translations in the order of the site's source-language pages, whatever order they were made in.

    A translation is added as the last child of its parent, so a page translated before its older
    siblings would otherwise jump ahead of them in that language's menu.
    """
    source_paths = dict(
        Page.objects.filter(
            translation_key__in=[page.translation_key for page in pages], locale_id=root.locale_id
        ).values_list("translation_key", "path")
    )
    return sorted(pages, key=lambda page: (source_paths.get(page.translation_key, "~"), page.path))


def _build(request, site: Site | None, language: str) -> Chrome:
    if site is None:
        return Chrome(home=None, menu=(), footer_links=(), contact=None)
    from home.models import SiteSettings

    root = site.root_page
    home = Page.objects.filter(translation_key=root.translation_key, locale__language_code=language).first() or root
    children = list(home.get_children().live().in_menu())
    menu = tuple(_link(page, request) for page in _in_source_order(children, root))
    site_settings = SiteSettings.for_site(site)
    footer_targets = [link.page for link in site_settings.footer_links.select_related("page")]
    localized = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            translation_key__in=[page.translation_key for page in footer_targets], locale__language_code=language
        )
    }
    footer = []
    for page in footer_targets:
        shown = localized.get(page.translation_key, page)
        if shown.live:
            footer.append(_link(shown, request))
    contact = Contact(
        organisation_name=site_settings.organisation_name,
        phone=site_settings.phone,
        email=site_settings.email,
        address=site_settings.address,
    )
    return Chrome(home=home, menu=menu, footer_links=tuple(footer), contact=contact)


def site_chrome(request) -> Chrome:
    """The chrome for this request's site and language, without links to private pages
    (memoised on the request, cached across requests)."""
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    memo = request.__dict__.setdefault("_portal_chrome", {}) if request is not None else {}
    if language not in memo:
        site = Site.find_for_request(request)
        chrome = cached(
            f"chrome:{site.pk if site else 0}:{language}",
            lambda: _build(request, site, language),
            depends_on=[NAVIGATION],
            timeout=CHROME_SECONDS,
        )
        memo[language] = replace(
            chrome,
            menu=tuple(link for link in chrome.menu if is_public(request, link.path)),
            footer_links=tuple(link for link in chrome.footer_links if is_public(request, link.path)),
        )
    return memo[language]


@dataclass(frozen=True)
class PageFrame:
    """Where a page stands: the addresses of its public translations and its breadcrumb trail.

    Cached per page in the ``navigation`` scope, so publishing, moving or unpublishing any page
    renews every frame; translations that are private are left out when the frame is read.
    """

    translations: dict[str, Link]
    trail: tuple[Link, ...]

    def translation_urls(self, request) -> dict[str, str]:
        return {code: link.url for code, link in self.translations.items() if is_public(request, link.path)}


def page_frame(request, page: Page) -> PageFrame:
    """The frame of ``page`` (memoised on the request: the switcher, hreflang and breadcrumbs share it)."""
    if page.pk is None:  # a preview of a page never saved
        return _build_frame(request, page)
    memo = request.__dict__.setdefault("_portal_frames", {}) if request is not None else {}
    if page.pk not in memo:
        site = Site.find_for_request(request)
        memo[page.pk] = cached(
            f"frame:{site.pk if site else 0}:{page.pk}",
            lambda: _build_frame(request, page),
            depends_on=[NAVIGATION],
            timeout=CHROME_SECONDS,
        )
    return memo[page.pk]


def _build_frame(request, page: Page) -> PageFrame:
    chrome = site_chrome(request)
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    links = {translation.locale.language_code: _link(translation, request) for translation in translations}
    trail = ()
    if page.depth > 2:
        home = chrome.home
        if page.depth == 3 and home is not None and page.path.startswith(home.path):
            ancestors = [home]
        else:
            ancestors = list(page.get_ancestors().filter(depth__gt=1))
        trail = tuple(_link(ancestor, request) for ancestor in ancestors)
    return PageFrame(translations={code: link for code, link in links.items() if link.url}, trail=trail)
