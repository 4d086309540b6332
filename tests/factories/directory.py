"""Directory records for tests: live, French (source-language) records unless told otherwise."""

from datetime import date, time

import factory
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from geography.models import Commune
from services_directory.models import (
    DirectoryPage,
    Location,
    Organization,
    OrganizationKind,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceClosure,
    ServiceStatus,
    SpokenLanguage,
    TaxonomyTerm,
)
from tests.factories.pages import PublishedPageFactory


def default_locale():
    return Locale.get_default()


def commune(slug: str) -> Commune:
    return Commune.objects.get(slug=slug)


class TaxonomyTermFactory(DjangoModelFactory):
    class Meta:
        model = TaxonomyTerm
        django_get_or_create = ("code", "locale")

    code = factory.Sequence(lambda n: f"category-{n}")
    name = factory.LazyAttribute(lambda term: term.code.replace("-", " ").capitalize())
    description = "Une catégorie de services."
    locale = factory.LazyFunction(default_locale)


class OrganizationFactory(DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"CIGL Test {n}")
    kind = OrganizationKind.LOCAL
    description = "Centre d'initiative et de gestion local."
    email = factory.Sequence(lambda n: f"contact{n}@cigl.example")
    phone = "+352 26 00 00 00"
    locale = factory.LazyFunction(default_locale)
    live = True


class LocationFactory(DjangoModelFactory):
    class Meta:
        model = Location

    name = factory.Sequence(lambda n: f"Maison des associations {n}")
    address_1 = factory.Sequence(lambda n: f"{n} rue de la Gare")
    postal_code = "3850"
    commune = factory.LazyFunction(lambda: commune("schifflange"))
    latitude = factory.LazyAttribute(lambda location: location.commune.latitude)
    longitude = factory.LazyAttribute(lambda location: location.commune.longitude)
    locale = factory.LazyFunction(default_locale)


class ServiceFactory(DjangoModelFactory):
    """A live service. Pass ``categories=[...]`` (terms or codes), ``service_areas=[...]`` (communes or
    slugs), ``languages=[codes]``, ``locations=[...]`` and ``hours=[(weekday, "09:00", "12:00")]``."""

    class Meta:
        model = Service
        skip_postgeneration_save = True

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Service {n}")
    description = "Un service pour les habitants."
    status = ServiceStatus.ACTIVE
    last_verified = factory.LazyFunction(date.today)
    locale = factory.LazyFunction(default_locale)
    live = True

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if extracted:
            self.categories = [
                term if isinstance(term, TaxonomyTerm) else TaxonomyTermFactory(code=term) for term in extracted
            ]

    @factory.post_generation
    def service_areas(self, create, extracted, **kwargs):
        if extracted:
            self.service_areas = [item if isinstance(item, Commune) else commune(item) for item in extracted]

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if extracted:
            self.languages = list(SpokenLanguage.objects.filter(code__in=extracted))

    @factory.post_generation
    def locations(self, create, extracted, **kwargs):
        if extracted:
            self.service_at_locations = [ServiceAtLocation(location=location) for location in extracted]

    @factory.post_generation
    def hours(self, create, extracted, **kwargs):
        if extracted:
            self.schedules = [
                Schedule(weekday=weekday, opens_at=time.fromisoformat(opens), closes_at=time.fromisoformat(closes))
                for weekday, opens, closes in extracted
            ]

    @factory.post_generation
    def closures(self, create, extracted, **kwargs):
        if extracted:
            self.closures = [ServiceClosure(start_date=start, end_date=end) for start, end in extracted]

    @factory.post_generation
    def phones(self, create, extracted, **kwargs):
        if extracted:
            self.phones = [Phone(number=number) for number in extracted]

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create:
            instance.save()


class DirectoryPageFactory(PublishedPageFactory):
    class Meta:
        model = DirectoryPage

    title = "Services"
    slug = "services"
    intro = "Trouver un service."
