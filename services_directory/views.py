"""The directory's public views, served by ``DirectoryPage``'s routes: they read through ``search`` and render."""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from wagtail.models import Locale

from geography.models import Commune
from home.sitemaps import sitemap_entry
from portal.caching import NAVIGATION, cached

from .cards import Listing, listings, service_cards
from .forms import DirectorySearchForm
from .hours import LUXEMBOURG, public_holidays, week_hours
from .models import DirectoryPage, Organization, Phone, Service, name_slug
from .search import (
    SearchOutcome,
    canton_alternatives,
    care_request_page,
    directory_page,
    directory_search,
    map_locations,
    nearest_elsewhere,
    organization_names_by_language,
    public_organization,
    public_records_by_language,
    public_service,
    service_names_by_language,
)
from .selectors import directory_services, term_names
from .structured_data import commune_json_ld, organization_json_ld, service_json_ld

RESULTS_PER_PAGE = 20
NEAREST_COUNT = 5
HOLIDAYS_AHEAD_DAYS = 30
FILTER_FIELDS = ("q", "category", "commune", "language", "open_now", "free")


def _query_string(params, *, drop=(), **changes) -> str:
    """The URL's query string without ``page`` and ``drop``, with ``changes``."""
    kept = [(key, value) for key, value in params.items() if key not in (*drop, "page", *changes) and value]
    kept += [(key, value) for key, value in changes.items() if value]
    return urlencode(kept)


def _listings(ids: list[int], *, page: DirectoryPage, commune: Commune | None, distances=None) -> list[Listing]:
    """The listing cards of the services ``ids``, in that order, linking to their pages in ``page``
    (with the commune searched for, so that a care request can start from it)."""
    base = page.url
    suffix = "?" + urlencode({"commune": commune.slug}) if commune is not None else ""

    def url(card) -> str:
        return base + page.reverse_subpage("service", args=[card.translation_key, card.slug]) + suffix

    return listings(service_cards(ids), url=url, now=timezone.now(), distances=distances)


def _with_details(service: Service, *, page: DirectoryPage) -> Service:
    """Give a service (from ``public_service``) what its page shows besides: category names in the
    page's language, its hours and whether it is open now."""
    service.category_names = term_names(service.card_categories, page.locale)
    service.weekly_hours = service.opening_hours(schedules=service.card_schedules, closures=service.card_closures)
    service.opening_status = service.weekly_hours.status(timezone.now())
    return service


def _with_directions(place):
    """Give a place its ``geo_uri`` (the phone's own map app) and ``directions_url`` (``MAP_DIRECTIONS_URL``)."""
    latitude, longitude = (f"{value:.5f}" for value in place.coordinates)
    place.geo_uri = f"geo:{latitude},{longitude}"
    place.directions_url = settings.MAP_DIRECTIONS_URL.format(lat=latitude, lon=longitude)
    return place


def _json_ld_items(request, listings: list[Listing]) -> list[tuple[str, str]]:
    return [(listing.card.name, request.build_absolute_uri(listing.url)) for listing in listings]


def _ids(services) -> list[int]:
    return list(services.prefetch_related(None).values_list("pk", flat=True))


def _slug(record) -> str:
    return name_slug(record.name)


def directory_search_page(request, *, page: DirectoryPage):
    form = DirectorySearchForm(request.GET, locale=page.locale)
    query = form.query()
    now = timezone.now()
    # A commune that was typed but not understood is asked about first: listing every service instead would mislead.
    unresolved = form.commune_unresolved
    outcome = SearchOutcome() if unresolved else directory_search(locale=page.locale, query=query, now=now)
    results = Paginator(outcome.ids, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    services = _listings(list(results.object_list), page=page, commune=query.commune, distances=outcome.distances)
    params = request.GET
    query_string = _query_string(params)
    active_filters = [(name, _query_string(params, drop=(name, "sort"))) for name in FILTER_FIELDS if params.get(name)]
    context = {
        "form": form,
        "query": query,
        "results": results,
        "services": services,
        "result_count": len(outcome),
        "query_string": query_string,
        "is_search": any(params.get(name) for name in FILTER_FIELDS),
        "active_filters": active_filters,
        "commune_unresolved": unresolved,
        "ambiguous_communes": [
            (commune, _query_string(params, commune=commune.slug)) for commune in form.ambiguous_communes
        ],
        "suggested_communes": [
            (commune, _query_string(params, commune=commune.slug)) for commune in form.suggested_communes
        ],
        "map_tile_url": settings.MAP_TILE_URL,
        "map_tile_attribution": settings.MAP_TILE_ATTRIBUTION,
        "geojson_url": page.url + page.reverse_subpage("geojson") + "?" + query_string,
        # The language switcher keeps the search: the same filters in the other language's directory.
        "alternate_urls": {
            code: url + (f"?{query_string}" if query_string else "")
            for code, url in _directory_translations(request, page)
        },
    }
    if query.commune is not None:
        context["commune_page_url"] = page.url + page.reverse_subpage("commune", args=[query.commune.slug])
        if not outcome.matches and not unresolved:
            nearest = nearest_elsewhere(locale=page.locale, query=query, now=now, limit=NEAREST_COUNT)
            context["nearest_services"] = _listings(
                nearest.ids, page=page, commune=query.commune, distances=nearest.distances
            )
            context["canton_alternatives"] = [
                (commune, count, _query_string(params, commune=commune.slug))
                for commune, count in canton_alternatives(locale=page.locale, query=query, now=now)
            ]
    response = page.render(request, context_overrides=context)
    patch_cache_control(response, private=True)
    return response


def _alternate_urls(request, page: DirectoryPage, route: str, names: dict[str, str] | None, key) -> dict[str, str]:
    """The same record in every language it has: ``names`` by language, or ``None`` for a record in all of them."""
    urls = {}
    for code, url in _directory_translations(request, page):
        if names is not None and code not in names:
            continue
        args = [key] if names is None else [key, name_slug(names[code])]
        urls[code] = url + page.reverse_subpage(route, args=args)  # the same routes in every language
    return urls


def _directory_translations(request, page: DirectoryPage) -> list[tuple[str, str]]:
    """(language, URL) of the directory page's live translations, cached until content is published."""

    def build():
        translations = page.get_translations(inclusive=True).live().public().select_related("locale")
        urls = [(t.locale.language_code, t.get_url(request)) for t in translations]
        return [(code, url) for code, url in urls if url]

    return cached(f"directory-translations:{page.pk}:{request.get_host()}", build, depends_on=[NAVIGATION])


def _care_commune(request, service: Service) -> Commune | None:
    """The commune to pre-fill a care request with: the one searched for, or the only one served."""
    served = service.fact_areas
    wanted = request.GET.get("commune", "")
    chosen = next((commune for commune in served if commune.slug == wanted), None)
    if chosen is None and len(served) == 1:
        chosen = served[0]
    return chosen


def _upcoming_holidays(service: Service, today: date) -> list[tuple[date, str]]:
    if service.open_on_public_holidays or not service.weekly_hours.has_hours:
        return []
    horizon = today + timedelta(days=HOLIDAYS_AHEAD_DAYS)
    holidays = {**public_holidays(today.year), **public_holidays(horizon.year)}
    return [(day, name) for day, name in sorted(holidays.items()) if today <= day <= horizon]


def service_page(request, *, page: DirectoryPage, key, slug: str):
    service = public_service(locale=page.locale, key=key)
    if service is None:
        raise Http404
    canonical = _slug(service)
    if slug != canonical:
        target = page.url + page.reverse_subpage("service", args=[key, canonical])
        return redirect(f"{target}?{request.GET.urlencode()}" if request.GET else target)
    now = timezone.now()
    today = now.astimezone(LUXEMBOURG).date()
    service = _with_details(service, page=page)
    service.places = [_with_directions(place) for place in service.places]
    service.page_url = request.build_absolute_uri(page.url + page.reverse_subpage("service", args=[key, canonical]))
    organization = service.organization
    organization_url = page.url + page.reverse_subpage(
        "organization", args=[organization.translation_key, _slug(organization)]
    )
    care_url = None
    if any(term.code == "community-care" for term in service.card_categories):
        care_page = care_request_page(locale=page.locale)
        if care_page is not None:
            commune = _care_commune(request, service)
            care_url = care_page.get_url(request) + (f"?{urlencode({'commune': commune.slug})}" if commune else "")
    try:
        report_url = reverse("care_requests:report_listing_error", args=[service.pk])
    except NoReverseMatch:
        report_url = None
    context = {
        "service": service,
        "organization": organization,
        "organization_url": organization_url,
        "week": week_hours(service.card_schedules, today=today),
        "closures": [closure for closure in service.card_closures if closure.end_date >= today],
        "upcoming_holidays": _upcoming_holidays(service, today),
        "care_request_url": care_url,
        "report_error_url": report_url,
        "meta_description": service.description,
        "json_ld": service_json_ld(service, organization_url=request.build_absolute_uri(organization_url)),
        "alternate_urls": _alternate_urls(request, page, "service", service_names_by_language(key), key),
    }
    return page.render(request, template="services_directory/service_page.html", context_overrides=context)


def organization_page(request, *, page: DirectoryPage, key, slug: str):
    organization = public_organization(locale=page.locale, key=key)
    if organization is None:
        raise Http404
    canonical = _slug(organization)
    if slug != canonical:
        return redirect(page.url + page.reverse_subpage("organization", args=[key, canonical]))
    services = _listings(
        _ids(directory_services(locale=page.locale, organization=organization)), page=page, commune=None
    )
    page_url = page.url + page.reverse_subpage("organization", args=[key, canonical])
    context = {
        "organization": organization,
        "phone_uri": Phone(number=organization.phone).tel_uri,
        "meta_description": organization.description,
        "services": services,
        "json_ld": organization_json_ld(
            organization, page_url=request.build_absolute_uri(page_url), services=_json_ld_items(request, services)
        ),
        "alternate_urls": _alternate_urls(request, page, "organization", organization_names_by_language(key), key),
    }
    return page.render(request, template="services_directory/organization_page.html", context_overrides=context)


def commune_page(request, *, page: DirectoryPage, slug: str):
    commune = Commune.objects.select_related("canton").filter(slug=slug).first()
    if commune is None:
        raise Http404
    services = _listings(_ids(directory_services(locale=page.locale, commune=commune)), page=page, commune=commune)
    groups: dict[str, list[Listing]] = {}
    for listing in services:  # under its first category only: one card per service
        groups.setdefault(next(iter(listing.card.category_names), ""), []).append(listing)
    context = {
        "commune": commune,
        "services": services,
        "groups": sorted(groups.items(), key=lambda item: (not item[0], item[0].casefold())),
        "json_ld": commune_json_ld(
            commune,
            page_url=request.build_absolute_uri(page.url + page.reverse_subpage("commune", args=[commune.slug])),
            services=_json_ld_items(request, services),
        ),
        "search_url": page.url + "?" + urlencode({"commune": commune.slug}),
        "meta_description": _(
            "Help and local services in %(commune)s: who they are, how to reach them, when they are open."
        )
        % {"commune": commune.name_in(page.locale.language_code)},
        "alternate_urls": _alternate_urls(request, page, "commune", None, commune.slug),
    }
    return page.render(request, template="services_directory/commune_page.html", context_overrides=context)


def map_geojson(request, *, page: DirectoryPage):
    """The places of the services matching the same filters as the search page, as GeoJSON."""
    form = DirectorySearchForm(request.GET, locale=page.locale)
    query = form.query()
    unresolved = form.commune_unresolved
    outcome = SearchOutcome() if unresolved else directory_search(locale=page.locale, query=query, now=timezone.now())
    matches = {match.pk: match for match in outcome.matches}
    features = []
    for service_id, service_key, location in map_locations(outcome.ids):
        latitude, longitude = location.coordinates
        match = matches[service_id]
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
                "properties": {
                    "name": match.name,
                    "url": page.url + page.reverse_subpage("service", args=[service_key, name_slug(match.name)]),
                    "address": ", ".join(
                        part
                        for part in (location.address_1, f"{location.postal_code} {location.commune.name}".strip())
                        if part
                    ),
                },
            }
        )
    response = JsonResponse({"type": "FeatureCollection", "features": features}, content_type="application/geo+json")
    patch_cache_control(response, private=True)
    return response


def service_link(request, key):
    """Redirect to the service's page in the active language's directory."""
    page = directory_page(locale=Locale.get_active())
    if page is None:
        raise Http404
    return redirect(page.url + page.reverse_subpage("service", args=[key]))


def sitemap_urls(request, *, page: DirectoryPage) -> list[dict]:
    """The sitemap entries of the directory's records in ``page``'s language: every public service's,
    organisation's and commune's page, with the same record in the other languages as alternates."""
    language = page.locale.language_code
    directories = dict(_directory_translations(request, page))
    if language not in directories:
        return []

    def record_url(code: str, route: str, args) -> str:
        return directories[code] + page.reverse_subpage(route, args=args)

    entries = []
    for model, route in ((Service, "service"), (Organization, "organization")):
        for key, versions in public_records_by_language(model).items():
            if language not in versions:
                continue
            alternates = {
                code: record_url(code, route, [key, name_slug(name)])
                for code, (name, _published) in versions.items()
                if code in directories
            }
            entries.append(
                sitemap_entry(request, alternates[language], alternates=alternates, lastmod=versions[language][1])
            )
    for slug in Commune.objects.order_by("slug").values_list("slug", flat=True):
        alternates = {code: record_url(code, "commune", [slug]) for code in directories}
        entries.append(sitemap_entry(request, alternates[language], alternates=alternates))
    return entries
