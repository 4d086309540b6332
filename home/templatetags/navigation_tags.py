"""Navigation shared by every public page: language switcher, hreflang alternates, menu, breadcrumbs."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from home.navigation import page_frame, site_chrome

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translated: bool


def language_links(context) -> list[LanguageLink]:
    """Memoised on the request: the switcher and the hreflang links share one lookup."""
    request = context.get("request")
    if request is None:
        return _language_links(context)
    page = context.get("page")
    key = (
        page.pk if isinstance(page, Page) else None,
        get_language(),
        tuple((context.get("alternate_urls") or {}).items()),
    )
    memo = request.__dict__.setdefault("_portal_language_links", {})
    if key not in memo:
        memo[key] = _language_links(context)
    return memo[key]


def _language_links(context) -> list[LanguageLink]:
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
    if alternates is None and isinstance(page, Page):
        translation_urls = page_frame(request, page).translation_urls
    for code, name in settings.LANGUAGES:
        is_translated = True
        if alternates is not None:
            url = alternates.get(code)
        elif isinstance(page, Page):
            url = translation_urls.get(code)
        else:
            url = translate_url(request.path, code) if request else None
        if not url:
            is_translated = False
            url = f"/{code}/?translation=missing"
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


@register.simple_tag(takes_context=True)
def locale_home(context):
    """The home page (a Page, for ``{% pageurl %}``) of the active language, for links back home."""
    request = context.get("request")
    return site_chrome(request).home if request else None


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = [
        (item, item.path == current_path, current_path.startswith(item.path))
        for item in site_chrome(context["request"]).menu
    ]
    return {"items": items}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    trail = page_frame(context.get("request"), page).trail if isinstance(page, Page) else ()
    return {"trail": trail, "page": page, "request": context.get("request")}


@register.simple_tag(takes_context=True)
def footer_contact(context):
    return site_chrome(context["request"]).contact


@register.inclusion_tag("components/footer_links.html", takes_context=True)
def footer_links(context):
    return {"pages": site_chrome(context["request"]).footer_links}
