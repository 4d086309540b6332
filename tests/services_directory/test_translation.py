from datetime import date

import pytest
from wagtail.models import Locale

from demo.toolkit import T, translate
from services_directory.models import Service
from tests.factories.directory import LocationFactory, OrganizationFactory, ServiceFactory, TaxonomyTermFactory

ORG_TEXT = {
    "name": T("CIGL Schifflange", "CIGL Schifflingen", "CIGL Schëffleng", "CIGL Schifflange"),
    "description": T("Centre local.", "Lokales Zentrum.", "Lokalen Zenter.", "Local centre."),
}
SERVICE_TEXT = {
    "name": T("Aide à domicile", "Hilfe zu Hause", "Hëllef doheem", "Help at home"),
    "description": T("Petits travaux.", "Kleine Arbeiten.", "Kleng Aarbechten.", "Small jobs."),
}


def log(message):
    pass


def silent_translate(instance, data):
    translate(instance, data, log=log, languages=("de",))


@pytest.mark.django_db
class ServiceTranslationTests:
    def make_french_service(self):
        organization = OrganizationFactory(name=ORG_TEXT["name"].fr, description=ORG_TEXT["description"].fr)
        service = ServiceFactory(
            organization=organization,
            name=SERVICE_TEXT["name"].fr,
            description=SERVICE_TEXT["description"].fr,
            categories=["community-care"],
            service_areas=["schifflange", "esch-sur-alzette"],
            languages=["fr", "lb", "pt"],
            locations=[LocationFactory()],
            hours=[(0, "08:00", "12:00"), (4, "20:00", "02:00")],
            closures=[(date(2026, 8, 1), date(2026, 8, 15))],
            phones=["+352 26 12 34 56"],
            is_free=True,
            email="aide@cigl.example",
        )
        service.save_revision().publish()
        silent_translate(organization, ORG_TEXT)
        silent_translate(service, SERVICE_TEXT)
        return service, service.get_translation(Locale.objects.get(language_code="de"))

    @staticmethod
    def facts(service):
        return {
            "categories": {term.code for term in service.categories.all()},
            "service_areas": {commune.slug for commune in service.service_areas.all()},
            "languages": {language.code for language in service.languages.all()},
            "hours": [(s.weekday, s.opens_at, s.closes_at) for s in service.schedules.all()],
            "closures": [(c.start_date, c.end_date) for c in service.closures.all()],
            "phones": [phone.number for phone in service.phones.all()],
            "locations": [sal.location_id for sal in service.service_at_locations.all()],
            "is_free": service.is_free,
            "email": service.email,
            "status": service.status,
        }

    def test_german_translation_has_the_texts_in_german_and_the_same_facts(self):
        french, german = self.make_french_service()
        german = Service.objects.get(pk=german.pk)
        assert german.live
        assert german.name == "Hilfe zu Hause"
        assert german.organization.name == "CIGL Schifflingen"
        assert german.organization.locale.language_code == "de"
        assert self.facts(german) == self.facts(Service.objects.get(pk=french.pk))
        assert self.facts(german)["categories"] == {"community-care"}
        assert len(self.facts(german)["hours"]) == 2

    def test_publishing_new_facts_in_french_reaches_the_german_copy(self):
        french, german = self.make_french_service()
        french = Service.objects.get(pk=french.pk)
        french.categories = [TaxonomyTermFactory(code="web-cafe")]
        french.service_areas = []
        french.schedules = []
        french.is_free = False
        french.save_revision().publish()

        german = Service.objects.get(pk=german.pk)
        assert german.name == "Hilfe zu Hause"
        assert self.facts(german)["categories"] == {"web-cafe"}
        assert self.facts(german)["service_areas"] == set()
        assert self.facts(german)["hours"] == []
        assert german.is_free is False
        assert german.get_latest_revision().as_object().is_free is False
