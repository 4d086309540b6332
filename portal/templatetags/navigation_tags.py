"""Navigation shared by every public page: language switcher, hreflang alternates, menu, breadcrumbs."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translated: bool


def _locale_home(request, language_code: str) -> str:
    return f"/{language_code}/"


def language_links(context) -> list[LanguageLink]:
    """One link per language to this same page in that language.

    Pages link to their live translation; where there is none, the link goes to that language's
    home page, which then says the page is not translated. Views that are not pages may put an
    ``alternate_urls`` mapping (language code to URL) in their context; otherwise their URL is
    translated by Django's URL resolver.
    """
    request = context.get("request")
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    page = context.get("page")
    alternates = context.get("alternate_urls")
    links = []
    if isinstance(page, Page):
        translations = {
            translation.locale.language_code: translation
            for translation in page.get_translations(inclusive=True).live().public().select_related("locale")
        }
    for code, name in settings.LANGUAGES:
        is_translated = True
        if alternates is not None:
            url = alternates.get(code)
        elif isinstance(page, Page):
            translation = translations.get(code)
            url = translation.get_url(request) if translation else None
        else:
            url = translate_url(request.path, code) if request else None
        if not url:
            is_translated = False
            url = f"{_locale_home(request, code)}?translation=missing"
        links.append(LanguageLink(code, name, url, code == current, is_translated))
    return links


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"links": language_links(context)}


@register.inclusion_tag("components/hreflang.html", takes_context=True)
def hreflang_links(context):
    request = context.get("request")
    links = [link for link in language_links(context) if link.is_translated]
    default = next((link for link in links if link.code == settings.LANGUAGE_CODE), links[0] if links else None)
    absolute = [(link.code, request.build_absolute_uri(link.url)) for link in links]
    return {
        "alternates": absolute,
        "x_default": request.build_absolute_uri(default.url) if default else None,
    }


def _locale_root(request) -> Page | None:
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return root.specific
    return (root.get_translation_or_none(locale) or root).specific


@register.simple_tag(takes_context=True)
def locale_home(context):
    request = context.get("request")
    return _locale_root(request) if request else None


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    home = _locale_root(request)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = [
        (item, item.path == current_path, current_path.startswith(item.path))
        for item in (home.get_children().live().public().in_menu() if home else [])
    ]
    return {"home": home, "items": items, "request": request}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    trail = []
    if isinstance(page, Page) and page.depth > 2:
        trail = list(page.get_ancestors().filter(depth__gt=1).specific())
    return {"trail": trail, "page": page, "request": context.get("request")}


@register.inclusion_tag("components/footer_links.html", takes_context=True)
def footer_links(context):
    from home.models import SiteSettings

    request = context["request"]
    site_settings = SiteSettings.for_request(request)
    pages = []
    for link in site_settings.footer_links.select_related("page"):
        localized = link.page.localized
        if localized.live:
            pages.append(localized)
    return {"pages": pages, "request": request}
