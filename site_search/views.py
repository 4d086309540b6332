"""The site search page and its suggestions endpoint. Neither is ever stored by a shared cache."""

from urllib.parse import urlencode

from django.conf import settings
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse, translate_url
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from site_search.forms import SiteSearchForm
from site_search.selectors import MAX_QUERY_LENGTH, help_links, site_search, site_suggestions


@never_cache
@require_GET
def search_page(request):
    form = SiteSearchForm(request.GET)
    search = form.search_text()
    locale = Locale.get_active()
    outcome = site_search(search=search, locale=locale, page_number=request.GET.get("page"), request=request)
    context = {
        "form": form,
        "search": search,
        "outcome": outcome,
        "query_string": urlencode({"q": search.text}),
        "corrected_query_string": urlencode({"q": outcome.corrected.text}) if outcome.corrected else "",
        "max_length": MAX_QUERY_LENGTH,
        "help_links": help_links(locale=locale),
        # The language switcher keeps the search: the same words, searched in the other language.
        "alternate_urls": {
            code: translate_url(request.path, code) + (f"?{urlencode({'q': search.text})}" if search.text else "")
            for code, _name in settings.LANGUAGES
        },
    }
    return TemplateResponse(request, "site_search/search_page.html", context)


@never_cache
@require_GET
def suggestions(request):
    search = SiteSearchForm(request.GET).search_text()
    items = site_suggestions(search=search, locale=Locale.get_active(), request=request)
    return JsonResponse(
        {
            "query": search.text,
            "search_url": reverse("site_search"),
            "suggestions": [{"title": i.title, "kind": i.kind_label, "url": i.url} for i in items],
        }
    )
