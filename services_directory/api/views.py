"""The read-only HSDS 3.0 API: open to everyone, GET only, any origin (CORS), JSON or CSV.

Every list is paginated as an HSDS Page (``page``, ``per_page``) and takes ``lang`` (fr, de, lb,
en; French by default): records are those published in that language. Filters: ``search``,
``taxonomy_term_id``, ``taxonomy_id``, ``organization_id``, ``commune`` (LAU2 code) and
``modified_after`` (ISO date or date-time). ``format=csv`` returns the same rows as CSV.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, time
from functools import wraps

from django.conf import settings
from django.db.models import Q, QuerySet
from django.http import Http404, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from geography.models import Commune

from ..models import Organization, Service, ServiceAtLocation, TaxonomyTerm
from ..selectors import with_facts
from . import csv_export
from . import serializers as s
from .openapi import openapi_document

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PROFILE_URL = "https://docs.openreferral.org/en/latest/hsds/profiles.html"
BOOLEANS = {"true": True, "1": True, "false": False, "0": False}


class BadRequest(Exception):
    pass


def open_data(view: Callable) -> Callable:
    """GET/HEAD (and CORS preflight) only, any origin, errors as JSON."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
        else:
            try:
                response = require_safe(view)(request, *args, **kwargs)
            except BadRequest as error:
                response = JsonResponse({"error": str(error)}, status=400)
            except Http404 as error:
                response = JsonResponse({"error": str(error) or "Not found."}, status=404)
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        response["Access-Control-Allow-Headers"] = "Accept, Content-Type"
        response["Access-Control-Max-Age"] = "86400"
        response.setdefault("Cache-Control", "public, max-age=300")
        return response

    wrapper.csrf_exempt = True
    return wrapper


def _parameter(request, name: str, *, may_be_empty: bool = False) -> str | None:
    """The parameter's value, or None when it is absent; with a NUL byte (which PostgreSQL cannot store
    or compare), or empty unless ``may_be_empty``, it is refused."""
    raw = request.GET.get(name)
    if raw is None:
        return None
    if raw == "" and not may_be_empty:
        raise BadRequest(f"{name} must not be empty.")
    if "\x00" in raw:
        raise BadRequest(f"{name} must not contain NUL characters.")
    return raw


def _locale(request) -> Locale:
    code = _parameter(request, "lang") or settings.LANGUAGE_CODE
    if code not in LANGUAGE_CODES:
        raise BadRequest(f"lang must be one of {', '.join(LANGUAGE_CODES)}.")
    return Locale.objects.get(language_code=code)


def _integer(request, name: str, default: int, low: int, high: int) -> int:
    raw = _parameter(request, name)
    if raw is None:
        return default
    if not (raw.isascii() and raw.isdigit()):
        raise BadRequest(f"{name} must be a whole number.")
    value = int(raw)
    if not low <= value <= high:
        raise BadRequest(f"{name} must be between {low} and {high}.")
    return value


def _uuid(request, name: str) -> uuid.UUID | None:
    raw = _parameter(request, name)
    if raw is None:
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise BadRequest(f"{name} must be a UUID.") from None


def _boolean(request, name: str) -> bool:
    raw = _parameter(request, name)
    if raw is None:
        return False
    if raw.lower() not in BOOLEANS:
        raise BadRequest(f"{name} must be true or false.")
    return BOOLEANS[raw.lower()]


def _search(request) -> str:
    return (_parameter(request, "search", may_be_empty=True) or "").strip()[:200]


def _modified_after(request) -> datetime | None:
    raw = _parameter(request, "modified_after")
    if raw is None:
        return None
    error = BadRequest("modified_after must be an ISO 8601 date or date-time, e.g. 2024-05-31 or 2024-05-31T12:00:00Z.")
    try:  # Django's parsers raise ValueError for well-formed but impossible values (2024-02-30, +99:00).
        moment = parse_datetime(raw)
        if moment is None:
            day = parse_date(raw)
            if day is None:
                raise error
            moment = datetime.combine(day, time.min)
    except ValueError:
        raise error from None
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=timezone.get_current_timezone())
    try:
        return moment.astimezone(UTC)
    except OverflowError:  # within hours of year 1 or 9999: every record is after the first, none after the last
        return datetime.min.replace(tzinfo=UTC) if moment.year == 1 else datetime.max.replace(tzinfo=UTC)


def _each(serialise: Callable) -> Callable:
    return lambda items: [serialise(item) for item in items]


def _page(request, queryset, serialise: Callable, *, csv_name: str, csv_rows: Callable | None = None):
    """An HSDS Page of ``queryset``; ``serialise`` turns the page's records into HSDS objects."""
    output = _parameter(request, "format") or "json"
    if output not in ("json", "csv"):
        raise BadRequest("format must be json or csv.")
    page_number = _integer(request, "page", 1, 1, 1_000_000)
    per_page = _integer(request, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
    total = queryset.count()
    items = list(queryset[(page_number - 1) * per_page : page_number * per_page])
    if output == "csv":
        rows = csv_rows(items) if csv_rows else [csv_export.flatten(data) for data in serialise(items)]
        return csv_export.response(rows, filename=f"{csv_name}-page-{page_number}.csv")
    total_pages = max(1, math.ceil(total / per_page))
    return _json(
        {
            "total_items": total,
            "total_pages": total_pages,
            "page_number": page_number,
            "size": len(items),
            "first_page": page_number == 1,
            "last_page": page_number >= total_pages,
            "empty": not items,
            "contents": serialise(items),
        }
    )


def _json(data) -> JsonResponse:
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def services_queryset(request, locale: Locale) -> QuerySet[Service]:
    services = Service.objects.filter(locale=locale, live=True)
    search = _search(request)
    if search:
        services = services.filter(Q(name__icontains=search) | Q(description__icontains=search))
    term_key = _uuid(request, "taxonomy_term_id")
    if term_key:
        services = services.filter(
            pk__in=Service.categories.through.objects.filter(taxonomyterm__translation_key=term_key).values(
                "service_id"
            )
        )
    taxonomy_id = _uuid(request, "taxonomy_id")
    if taxonomy_id and str(taxonomy_id) != s.TAXONOMY_ID:
        services = services.none()
    organization_key = _uuid(request, "organization_id")
    if organization_key:
        services = services.filter(organization__translation_key=organization_key)
    code = _parameter(request, "commune")
    if code:
        commune = Commune.objects.filter(lau2_code=code).first()
        if commune is None:
            raise BadRequest("commune must be the LAU2 code of a commune, e.g. 0214.")
        services = services.filter(
            Q(pk__in=Service.service_areas.through.objects.filter(commune=commune).values("service_id"))
            | Q(pk__in=ServiceAtLocation.objects.filter(location__commune=commune).values("service_id"))
        )
    modified_after = _modified_after(request)
    if modified_after:
        services = services.filter(updated_at__gt=modified_after)
    return services.order_by("name", "pk")


def _full_services(locale: Locale):
    def serialise(services):
        context = s.Context.for_services(locale, services)
        return [s.service_full(service, context) for service in services]

    return serialise


def _service_facts(queryset):
    return with_facts(queryset).prefetch_related("service_at_locations__location__commune__canton")


@open_data
def root(request):
    return _json(
        {
            "version": s.HSDS_VERSION,
            "profile": PROFILE_URL,
            "openapi_url": request.build_absolute_uri(reverse("hsds:openapi")),
        }
    )


@open_data
def openapi(request):
    return _json(
        openapi_document(
            request.build_absolute_uri(reverse("hsds:root")),
            commune_codes=list(Commune.objects.order_by("lau2_code").values_list("lau2_code", flat=True)),
        )
    )


@open_data
def service_list(request):
    locale = _locale(request)
    services = services_queryset(request, locale)
    if _boolean(request, "full"):
        return _page(
            request,
            _service_facts(services),
            _full_services(locale),
            csv_name="services",
            csv_rows=csv_export.service_rows,
        )
    return _page(
        request,
        _service_facts(services),
        _each(
            lambda service: (
                s.service_list_item(service) | {"organization": s.organization_list_item(service.organization)}
            )
        ),
        csv_name="services",
        csv_rows=csv_export.service_rows,
    )


@open_data
def service_detail(request, key):
    locale = _locale(request)
    service = _service_facts(Service.objects.filter(locale=locale, live=True, translation_key=key)).first()
    if service is None:
        raise Http404("No published service with this id in this language.")
    return _json(s.service_full(service, s.Context.for_services(locale, [service])))


@open_data
def organization_list(request):
    locale = _locale(request)
    organizations = Organization.objects.filter(locale=locale, live=True)
    search = _search(request)
    if search:
        organizations = organizations.filter(Q(name__icontains=search) | Q(description__icontains=search))
    modified_after = _modified_after(request)
    if modified_after:
        organizations = organizations.filter(updated_at__gt=modified_after)
    serialise = s.organization_full if _boolean(request, "full") else s.organization_list_item
    return _page(request, organizations.order_by("name", "pk"), _each(serialise), csv_name="organizations")


@open_data
def organization_detail(request, key):
    locale = _locale(request)
    organization = Organization.objects.filter(locale=locale, live=True, translation_key=key).first()
    if organization is None:
        raise Http404("No published organization with this id in this language.")
    services = Service.objects.filter(organization=organization, live=True).select_related("organization")
    return _json(s.organization_full(organization, services.order_by("name", "pk")))


@open_data
def service_at_location_list(request):
    locale = _locale(request)
    links = (
        ServiceAtLocation.objects.filter(service__in=services_queryset(request, locale))
        .select_related("service__organization", "location__commune__canton")
        .order_by("service__name", "service_id", "sort_order", "pk")
    )

    def serialise(items):
        context = s.Context(
            locale=locale,
            locations=s.locations_by_key(locale, {link.location.translation_key for link in items}),
        )
        return [s.service_at_location(link, link.service, context, with_service=True) for link in items]

    return _page(request, links, serialise, csv_name="service_at_locations")


@open_data
def service_at_location_detail(request, key):
    locale = _locale(request)
    link = (
        ServiceAtLocation.objects.filter(uuid=key, service__locale=locale, service__live=True)
        .select_related("service__organization", "location__commune__canton")
        .first()
    )
    if link is None:
        raise Http404("No published service at location with this id in this language.")
    context = s.Context(locale=locale, locations=s.locations_by_key(locale, {link.location.translation_key}))
    return _json(s.service_at_location(link, link.service, context, with_service=True))


@open_data
def taxonomy_list(request):
    _locale(request)  # the taxonomy has no translated text, but the parameter is checked like everywhere
    taxonomies = [s.taxonomy()]
    return _page(request, _ListQuery(taxonomies), list, csv_name="taxonomies")


@open_data
def taxonomy_detail(request, key):
    if str(key) != s.TAXONOMY_ID:
        raise Http404("No taxonomy with this id.")
    return _json(s.taxonomy())


def _source_terms():
    return TaxonomyTerm.objects.filter(locale=Locale.get_default()).select_related("parent").order_by("code", "pk")


@open_data
def taxonomy_term_list(request):
    locale = _locale(request)
    terms = _source_terms()
    search = _search(request)
    if search:
        keys = TaxonomyTerm.objects.filter(Q(name__icontains=search) | Q(code__icontains=search)).values(
            "translation_key"
        )
        terms = terms.filter(translation_key__in=keys)
    context = s.Context(locale=locale, terms=s.terms_by_key(locale))
    return _page(request, terms, _each(lambda term: s.taxonomy_term(term, context)), csv_name="taxonomy_terms")


@open_data
def taxonomy_term_detail(request, key):
    locale = _locale(request)
    term = _source_terms().filter(translation_key=key).first()
    if term is None:
        raise Http404("No taxonomy term with this id.")
    return _json(s.taxonomy_term(term, s.Context(locale=locale, terms=s.terms_by_key(locale))))


class _ListQuery:
    """A list that paginates like a queryset."""

    def __init__(self, items):
        self.items = items

    def count(self):
        return len(self.items)

    def __getitem__(self, index):
        return self.items[index]
