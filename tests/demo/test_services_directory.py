from collections import Counter

from wagtail.models import Locale, Revision

import demo.services_directory
from geography.models import Commune
from services_directory.models import (
    DataOrigin,
    Location,
    Organization,
    OrganizationKind,
    Service,
    TaxonomyTerm,
)
from services_directory.selectors import care_organisations_for_commune, directory_services
from tests.demo.site import DemoSite


def facts(service):
    return (
        sorted(term.code for term in service.categories.all()),
        sorted(commune.lau2_code for commune in service.service_areas.all()),
        [(s.weekday, s.opens_at, s.closes_at) for s in service.schedules.all()],
        [phone.number for phone in service.phones.all()],
        [link.location_id for link in service.service_at_locations.all()],
    )


class DemoDirectoryTests(DemoSite):
    def test_the_demo_directory_in_five_languages_and_a_second_load_changes_nothing(self):
        french = Locale.objects.get(language_code="fr")
        assert Counter(Service.objects.values_list("locale__language_code", flat=True)) == {
            "fr": 70,
            "de": 70,
            "lb": 70,
            "en": 70,
            "pt": 70,
        }
        cigs = Organization.objects.filter(locale=french).exclude(kind=OrganizationKind.PARTNER)
        assert cigs.count() == 30
        assert set(cigs.values_list("kind", flat=True)) == {
            "local",
            "regional",
            "sectoral",
        }
        assert Counter(
            term.code for service in Service.objects.filter(locale=french) for term in service.categories.all()
        ) == {"environment": 26, "community-care": 24, "web-cafe": 16, "digital-inclusion": 16, "gardening": 4}
        assert Commune.objects.filter(directory_services__locale=french).distinct().count() >= 48
        assert not Service.objects.exclude(data_origin=DataOrigin.SAMPLE).exists()
        assert all(
            "fictional contact details" in o.description
            for o in Organization.objects.filter(locale__language_code="en")
        )

        schifflange = Commune.objects.get(slug="schifflange")
        luxembourgish = Locale.objects.get(language_code="lb")
        [web_cafe] = directory_services(locale=luxembourgish, commune=schifflange, category="web-cafe")
        assert web_cafe.name == "Internetstuff – Schëffleng"
        assert web_cafe.opening_hours().has_hours
        assert web_cafe.phones.get().number.startswith("+352 2")
        assert facts(web_cafe) == facts(web_cafe.get_translation(french))
        assert [o.name for o in care_organisations_for_commune(schifflange)] == ["CIGL Schifflange"]
        assert care_organisations_for_commune(Commune.objects.get(slug="esch-sur-alzette"))
        assert directory_services(locale=french, commune=Commune.objects.get(slug="differdange"), category="web-cafe")
        assert Service.objects.get(locale__language_code="de", name="Umweltteam – Wiltz").live
        assert TaxonomyTerm.objects.get(locale__language_code="de", code="community-care").name == "Nachbarschaftshilfe"
        portuguese = Locale.objects.get(language_code="pt")
        [web_cafe_pt] = directory_services(locale=portuguese, commune=schifflange, category="web-cafe")
        assert web_cafe_pt.name == "Web café – Schifflange"
        assert web_cafe_pt.description.startswith("Computadores que todos podem usar")
        assert Service.objects.get(locale=portuguese, name="Equipa do ambiente – Wiltz").live
        assert Location.objects.filter(locale=luxembourgish).count() == Location.objects.filter(locale=french).count()

        counts = (Revision.objects.count(), Service.objects.count(), Location.objects.count())
        messages = []
        demo.services_directory.load(log=messages.append)
        assert messages == []
        assert (Revision.objects.count(), Service.objects.count(), Location.objects.count()) == counts
