from unittest import mock

import pytest
from django.utils.text import slugify
from wagtail.models import Locale

from care_requests.models import CareRequestPage
from tests.factories.directory import ServiceFactory
from tests.factories.pages import add_standard_page, french_home, translated_home

from .conftest import web_cafe_in_schifflange


def service_path(service, language="fr"):
    slug = {"fr": "services", "de": "dienste", "lb": "servicer"}[language]
    copy = service.get_translation(Locale.objects.get(language_code=language))
    return f"/{language}/{slug}/service/{service.translation_key}/{slugify(copy.name)}/"


@pytest.mark.django_db
class CareRequestLinkTests:
    def care_service(self):
        service = ServiceFactory(
            name="Aide à domicile", categories=["community-care"], service_areas=["schifflange", "kayl"]
        )
        service.save_revision().publish()
        return service

    def test_without_the_care_request_app_there_is_no_link(self, client, directory):
        html = client.get(service_path(self.care_service())).content.decode()
        assert "Demander de l'aide à domicile" not in html

    def test_the_link_goes_to_the_care_request_page_of_the_language_with_the_commune(self, client, directory):
        service = self.care_service()
        care_page = add_standard_page(translated_home("de"), title="Hilfe anfragen", slug="hilfe")
        german = service.copy_for_translation(Locale.objects.get(language_code="de"))
        german.save()
        with mock.patch("services_directory.views.care_request_page", return_value=care_page):
            response = client.get(service_path(service, "de") + "?commune=kayl")
        assert 'href="/de/hilfe/?commune=kayl"' in response.content.decode()

    def test_the_link_follows_the_care_request_page_being_published_and_unpublished(self, client, directory):
        url = service_path(self.care_service()) + "?commune=kayl"
        assert "/fr/demander/" not in client.get(url).text
        care_page = french_home().add_child(instance=CareRequestPage(title="Demander de l'aide", slug="demander"))
        care_page.save_revision().publish()
        assert 'href="/fr/demander/?commune=kayl"' in client.get(url).text
        care_page.unpublish()
        assert "/fr/demander/" not in client.get(url).text

    def test_no_link_for_other_services(self, client, directory):
        service = web_cafe_in_schifflange()
        care_page = add_standard_page(translated_home("de"), title="Hilfe anfragen", slug="hilfe")
        with mock.patch("services_directory.views.care_request_page", return_value=care_page):
            html = client.get(service_path(service, "de")).content.decode()
        assert "Webcafé Schifflingen" in html
        assert "/de/hilfe/" not in html


@pytest.mark.django_db
class ReportErrorLinkTests:
    def test_shown_only_when_the_care_request_app_provides_the_page(self, client, directory, settings):
        service = web_cafe_in_schifflange()
        assert "report/" not in client.get(service_path(service)).content.decode()
        settings.ROOT_URLCONF = "tests.services_directory.report_urls"
        html = client.get(service_path(service)).content.decode()
        assert f'href="/report/{service.pk}/"' in html
