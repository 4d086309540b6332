from datetime import date

import pytest
from django.db import IntegrityError
from wagtail.models import Locale

from services_directory.models import ServiceStatus
from services_directory.selectors import care_organisations_for_commune, directory_services, verification_cutoff
from tests.factories.directory import LocationFactory, OrganizationFactory, ServiceFactory, commune


@pytest.mark.django_db
class CareOrganisationsTests:
    def test_the_organisations_with_an_active_care_service_for_the_commune(self):
        schifflange = commune("schifflange")
        cigl = OrganizationFactory(name="CIGL Schifflange")
        ServiceFactory(organization=cigl, categories=["community-care"], service_areas=["schifflange"])
        ServiceFactory(organization=cigl, categories=["community-care"], service_areas=["schifflange", "kayl"])
        regional = OrganizationFactory(name="CIGR Sud")
        ServiceFactory(organization=regional, categories=["community-care"], service_areas=["schifflange"])
        assert care_organisations_for_commune(schifflange) == [cigl, regional]
        assert care_organisations_for_commune(commune("kayl")) == [cigl]

    def test_other_communes_categories_closed_and_draft_services_do_not_count(self):
        ServiceFactory(categories=["community-care"], service_areas=["esch-sur-alzette"])
        ServiceFactory(categories=["web-cafe"], service_areas=["schifflange"])
        ServiceFactory(categories=["community-care"], service_areas=["schifflange"], status=ServiceStatus.INACTIVE)
        ServiceFactory(
            categories=["community-care"], service_areas=["schifflange"], status=ServiceStatus.TEMPORARILY_CLOSED
        )
        ServiceFactory(categories=["community-care"], service_areas=["schifflange"], live=False)
        assert care_organisations_for_commune(commune("schifflange")) == []


@pytest.mark.django_db
class DirectoryServicesTests:
    def test_only_live_visible_services_of_the_locale(self):
        french = Locale.objects.get(language_code="fr")
        active = ServiceFactory(name="Web café")
        closed_for_now = ServiceFactory(name="Jardin", status=ServiceStatus.TEMPORARILY_CLOSED)
        ServiceFactory(name="Ancien", status=ServiceStatus.INACTIVE)
        ServiceFactory(name="Brouillon", live=False)
        ServiceFactory(name="Webcafé", locale=Locale.objects.get(language_code="de"))
        assert set(directory_services(locale=french)) == {active, closed_for_now}

    def test_filters(self):
        french = Locale.objects.get(language_code="fr")
        in_wiltz = LocationFactory(commune=commune("wiltz"))
        web_cafe = ServiceFactory(categories=["web-cafe"], service_areas=["schifflange"], languages=["lb", "pt"])
        team = ServiceFactory(categories=["environment"], locations=[in_wiltz], languages=["fr"])
        assert list(directory_services(locale=french, category="web-cafe")) == [web_cafe]
        assert list(directory_services(locale=french, commune=commune("schifflange"))) == [web_cafe]
        assert list(directory_services(locale=french, commune=commune("wiltz"))) == [team]
        assert list(directory_services(locale=french, language="pt")) == [web_cafe]
        assert list(directory_services(locale=french, organization=team.organization)) == [team]
        assert list(directory_services(locale=french, commune=commune("kayl"))) == []

    def test_queries_do_not_grow_with_the_number_of_services(self, django_assert_max_num_queries):
        french = Locale.objects.get(language_code="fr")
        for _ in range(12):
            ServiceFactory(
                categories=["web-cafe"],
                service_areas=["schifflange", "kayl"],
                languages=["fr", "lb"],
                locations=[LocationFactory()],
                hours=[(0, "09:00", "12:00")],
                phones=["+352 26 00 00 01"],
            )
        with django_assert_max_num_queries(12):
            services = list(directory_services(locale=french, category="web-cafe"))
            shown = [
                (
                    service.organization.name,
                    service.opening_hours().has_hours,
                    [sal.location.commune.name for sal in service.service_at_locations.all()],
                    [term.code for term in service.categories.all()],
                    [phone.number for phone in service.phones.all()],
                )
                for service in services
            ]
        assert len(shown) == 12
        assert all(row[1] and row[2] == ["Schifflange"] for row in shown)


@pytest.mark.django_db
class ExternalIdTests:
    def test_external_ids_are_unique_per_language(self):
        ServiceFactory(external_id="S-1")
        ServiceFactory(external_id="")
        ServiceFactory(external_id="")
        with pytest.raises(IntegrityError):
            ServiceFactory(external_id="S-1")


class VerificationCutoffTests:
    def test_six_months_back_keeps_the_day_where_it_exists(self):
        assert verification_cutoff(date(2026, 11, 22)) == date(2026, 5, 22)
        assert verification_cutoff(date(2026, 3, 15)) == date(2025, 9, 15)

    def test_a_missing_day_falls_back_to_the_end_of_the_month(self):
        assert verification_cutoff(date(2026, 8, 31)) == date(2026, 2, 28)
        assert verification_cutoff(date(2028, 8, 31)) == date(2028, 2, 29)
