"""Read-only queries over the directory, for the public pages, the API and the care requests."""

from __future__ import annotations

from calendar import monthrange
from datetime import date

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet, Value
from wagtail.models import Locale

from geography.models import Commune
from portal.caching import DIRECTORY, cached

from .models import Organization, Service, ServiceAtLocation, ServiceStatus, SpokenLanguage, TaxonomyTerm

COMMUNITY_CARE = "community-care"
PUBLIC_STATUSES = (ServiceStatus.ACTIVE, ServiceStatus.TEMPORARILY_CLOSED)
VERIFICATION_MONTHS = 6


def verification_cutoff(today: date) -> date:
    """The day six months before ``today``: details checked before then are due for a check."""
    month = today.month - VERIFICATION_MONTHS
    year = today.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, min(today.day, monthrange(year, month)[1]))


def care_organisations_for_commune(commune: Commune) -> list[Organization]:
    """The organisations running a live, active community-care service for ``commune``.

    Source-language (default locale) records, one per organisation, ordered by name.
    """
    default_locale = Locale.get_default()
    services = Service.objects.filter(
        locale=default_locale,
        live=True,
        status=ServiceStatus.ACTIVE,
        categories__code=COMMUNITY_CARE,
        service_areas=commune,
    )
    return list(
        Organization.objects.filter(pk__in=services.values("organization_id"), live=True).order_by("name", "pk")
    )


def directory_services(
    *,
    locale: Locale,
    category: str | None = None,
    commune: Commune | None = None,
    language: str | None = None,
    organization: Organization | None = None,
) -> QuerySet[Service]:
    """Live services of ``locale`` a resident may see (active or temporarily closed), facts prefetched.

    ``category`` is a taxonomy code; ``commune`` matches the services serving it or located in it;
    ``language`` is a spoken-language code.
    """
    services = Service.objects.filter(locale=locale, live=True, status__in=PUBLIC_STATUSES)
    # With a commune, the category and language are checked as EXISTS for its (few) services; as lists of
    # ids, the database would first list every service of the category, in every language.
    linked = _exists_for_each if commune is not None else _in_list
    if category:
        services = services.filter(linked(Service.categories.through, "taxonomyterm__code", category))
    if commune is not None:
        services = services.filter(
            Q(pk__in=Service.service_areas.through.objects.filter(commune=commune).values("service_id"))
            | Q(pk__in=ServiceAtLocation.objects.filter(location__commune=commune).values("service_id"))
        )
    if language:
        services = services.filter(linked(Service.languages.through, "spokenlanguage__code", language))
    if organization is not None:
        services = services.filter(organization__translation_key=organization.translation_key)
    return with_facts(services)


def _exists_for_each(links, lookup: str, value) -> Exists:
    return Exists(links.objects.filter(service_id=OuterRef("pk"), **{lookup: value}))


def _in_list(links, lookup: str, value) -> Q:
    return Q(pk__in=links.objects.filter(**{lookup: value}).values("service_id"))


# What a listing card shows, as plain lists: attribute -> relation.
CARD_LISTS = {
    "card_categories": "categories",
    "card_schedules": "schedules",
    "card_closures": "closures",
    "card_phones": "phones",
    "card_places": "service_at_locations",
}


def with_card_lists(services: QuerySet[Service]) -> QuerySet[Service]:
    """``services`` with what a listing card shows, as the plain lists of ``CARD_LISTS``.

    Places are service-at-location links with their location and commune. Prefetching into lists
    skips the queryset Django builds for every record and relation, which cost more than the queries.
    """
    lookups = {relation: None for relation in CARD_LISTS.values()}
    lookups["service_at_locations"] = ServiceAtLocation.objects.select_related("location__commune")
    return services.select_related("organization", "locale").prefetch_related(
        *(Prefetch(relation, lookups[relation], to_attr=attribute) for attribute, relation in CARD_LISTS.items())
    )


# A service page's links to reference records: list attribute -> many-to-many field.
FACT_LINKS = {"card_categories": "categories", "fact_areas": "service_areas", "fact_languages": "languages"}


def with_page_facts(service: Service) -> Service:
    """One service with every fact its page shows, as plain lists: the card lists of ``CARD_LISTS``
    and ``fact_areas`` and ``fact_languages``.

    For a single record, one plain query per relation costs less than Django's prefetching
    machinery; the categories, communes and languages it links to are all read in one query and
    taken from the cached reference lists.
    """
    service.card_schedules = list(service.schedules.all())
    service.card_closures = list(service.closures.all())
    service.card_phones = list(service.phones.all())
    service.card_places = list(service.service_at_locations.select_related("location__commune"))
    linked = _linked_ids(service)
    references = {
        "card_categories": all_terms(),
        "fact_areas": all_communes(),
        "fact_languages": all_spoken_languages(),
    }
    for attribute, records in references.items():
        setattr(service, attribute, [record for record in records if record.pk in linked[attribute]])
    return service


def _linked_ids(service: Service) -> dict[str, set[int]]:
    """The ids each ``FACT_LINKS`` field links ``service`` to, in one query (a union of the link tables)."""
    queries = []
    for number, name in enumerate(FACT_LINKS.values()):
        field = Service._meta.get_field(name)
        queries.append(
            field.remote_field.through.objects.filter(**{field.m2m_field_name(): service.pk})
            .annotate(link=Value(number))
            .values_list("link", field.m2m_reverse_name())
        )
    attributes = list(FACT_LINKS)
    linked = {attribute: set() for attribute in attributes}
    for number, pk in queries[0].union(*queries[1:], all=True):
        linked[attributes[number]].add(pk)
    return linked


def all_terms() -> list[TaxonomyTerm]:
    """Every taxonomy term in every language, in their usual order; cached until content is published."""
    return cached("directory-all-terms", lambda: list(TaxonomyTerm.objects.all()), depends_on=[DIRECTORY])


def all_communes() -> list[Commune]:
    return cached("communes", lambda: list(Commune.objects.select_related("canton")), depends_on=[DIRECTORY])


def all_spoken_languages() -> list[SpokenLanguage]:
    return cached("spoken-languages", lambda: list(SpokenLanguage.objects.all()), depends_on=[DIRECTORY])


def with_facts(services: QuerySet[Service]) -> QuerySet[Service]:
    """``services`` with every fact a service page or the API shows, in a constant number of queries."""
    return services.select_related("organization", "locale").prefetch_related(
        "categories",
        "service_areas",
        "languages",
        "schedules",
        "closures",
        "phones",
        Prefetch("service_at_locations", ServiceAtLocation.objects.select_related("location__commune")),
    )


def term_names(terms: list[TaxonomyTerm], locale: Locale | int) -> list[str]:
    """The names of ``terms`` in the language of ``locale`` (or its id), as ``terms_in_locale`` gives them."""
    names = terms_in_locale(locale)
    return [names[term.translation_key].name for term in terms if term.translation_key in names]


def terms_in_locale(locale: Locale | int) -> dict:
    """Taxonomy terms by translation key in ``locale`` (or its id), falling back to the source-language term.

    Cached until content is published (saving a term purges, see ``PAGE_CACHE_PURGE_MODELS``).
    """
    locale_id = locale if isinstance(locale, int) else locale.pk

    def build() -> dict:
        terms = {}
        wanted = [Locale.get_default().pk, locale_id]
        for term in TaxonomyTerm.objects.filter(locale_id__in=wanted).select_related("locale"):
            if term.locale_id == locale_id or term.translation_key not in terms:
                terms[term.translation_key] = term
        return terms

    return cached(f"directory-terms:{locale_id}", build, depends_on=[DIRECTORY])
