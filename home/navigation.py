"""The parts of every public page that depend only on the site and the language, cached.

The locale's home page, the main menu and the footer (contact details and links) are built once per
site and language, and each page's translations and breadcrumb trail once per page; they are cached
in the ``navigation`` scope (``portal.caching``), which publishing a page or saving the site
settings retires. Links to private pages are left out when the links are built; adding or removing
a view restriction retires every scope. Whether a visitor may see a page is still decided by
Wagtail, from the database, when the page is served.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page, Site

from home.models.settings import SiteSettings
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


def _public_paths(pages) -> set[str]:
    """The paths of those of ``pages`` that no view restriction covers (one query)."""
    paths = [page.path for page in pages]
    return set(Page.objects.filter(path__in=paths).public().values_list("path", flat=True)) if paths else set()


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
    root = site.root_page
    home = Page.objects.filter(translation_key=root.translation_key, locale__language_code=language).first() or root
    children = list(home.get_children().live().in_menu().public())
    menu = tuple(_link(page, request) for page in _in_source_order(children, root))
    site_settings = SiteSettings.for_site(site)
    footer_targets = [link.page for link in site_settings.footer_links.select_related("page")]
    localized = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            translation_key__in=[page.translation_key for page in footer_targets], locale__language_code=language
        )
    }
    shown = [localized.get(page.translation_key, page) for page in footer_targets]
    public = _public_paths(shown)
    footer = [_link(page, request) for page in shown if page.live and page.path in public]
    contact = Contact(
        organisation_name=site_settings.organisation_name,
        phone=site_settings.phone,
        email=site_settings.email,
        address=site_settings.address,
    )
    return Chrome(home=home, menu=menu, footer_links=tuple(footer), contact=contact)


def site_chrome(request) -> Chrome:
    """The chrome for this request's site and language (memoised on the request, cached across requests)."""
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    memo = request.__dict__.setdefault("_portal_chrome", {}) if request is not None else {}
    if language not in memo:
        site = Site.find_for_request(request)
        memo[language] = cached(
            f"chrome:{site.pk if site else 0}:{language}",
            lambda: _build(request, site, language),
            depends_on=[NAVIGATION],
            timeout=CHROME_SECONDS,
        )
    return memo[language]


@dataclass(frozen=True)
class PageFrame:
    """Where a page stands: the addresses of its public translations and its breadcrumb trail.

    Cached per page in the ``navigation`` scope, so publishing, moving or unpublishing any page
    renews every frame; translations that are private are left out.
    """

    translation_urls: dict[str, str]
    trail: tuple[Link, ...]


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
    translations = page.get_translations(inclusive=True).live().public().select_related("locale")
    urls = {translation.locale.language_code: translation.get_url(request) for translation in translations}
    trail = ()
    if page.depth > 2:
        home = chrome.home
        if page.depth == 3 and home is not None and page.path.startswith(home.path):
            ancestors = [home]
        else:
            ancestors = list(page.get_ancestors().filter(depth__gt=1))
        trail = tuple(_link(ancestor, request) for ancestor in ancestors)
    return PageFrame(translation_urls={code: url for code, url in urls.items() if url}, trail=trail)
