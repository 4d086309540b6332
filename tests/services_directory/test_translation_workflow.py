"""Directory records are moderated like pages, their translations included."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import Translation

from services_directory.models import Organization, Service
from tests.factories.directory import OrganizationFactory, ServiceFactory
from tests.factories.pages import make_user
from tests.home.test_translation_workflow import translate_segments

from .test_admin import service_edit_data

GERMAN = {
    "CIGL Schifflange": "CIGL Schifflingen",
    "Centre local.": "Lokales Zentrum.",
    "Aide à domicile": "Hilfe zu Hause",
    "Petits travaux à la maison.": "Kleine Arbeiten im Haus.",
}


@pytest.fixture
def people(django_user_model):
    return {
        "translator": make_user(django_user_model, "tina", "Translators"),
        "editor": make_user(django_user_model, "edith", "Editors"),
        "moderator": make_user(django_user_model, "max", "Moderators"),
    }


def edit_url(record) -> str:
    return reverse(f"wagtailsnippets_services_directory_{record._meta.model_name}:edit", args=[record.pk])


def approve(client, record):
    task_state = record.current_workflow_task_state
    url = reverse(
        f"wagtailsnippets_services_directory_{record._meta.model_name}:workflow_action",
        args=[record.pk, "approve", task_state.pk],
    )
    assert client.post(url, {}).status_code == 302


def in_the_api(client, service, language: str):
    response = client.get(f"/api/hsds/services/{service.translation_key}", {"lang": language})
    return response.json()["name"] if response.status_code == 200 else None


@pytest.mark.django_db
class ServiceTranslationModerationTests:
    def test_a_translator_translates_a_service_and_a_moderator_publishes_it(
        self, client, people, django_capture_on_commit_callbacks
    ):
        organisation = OrganizationFactory(name="CIGL Schifflange", description="Centre local.")
        service = ServiceFactory(
            organization=organisation, name="Aide à domicile", description="Petits travaux à la maison."
        )
        german = Locale.objects.get(language_code="de")
        client.force_login(people["translator"])
        assert client.get(reverse("wagtailsnippets_services_directory_service:list")).status_code == 200

        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse(
                    "wagtail_localize:submit_snippet_translation", args=["services_directory", "service", service.pk]
                ),
                {"locales": [german.pk]},
            )
        assert response.status_code == 302
        german_service = service.get_translation(german)
        german_organisation = organisation.get_translation(german)
        assert not german_service.live and not german_organisation.live
        assert in_the_api(client, service, "de") is None

        editor = client.get(edit_url(german_service)).content.decode()
        assert 'data-review-state="draft"' in editor
        assert "&quot;canPublish&quot;: false" in editor

        for record in (german_organisation, german_service):
            translation = Translation.objects.get(source__object_id=record.translation_key, target_locale=german)
            translate_segments(client, translation, GERMAN)
            response = client.post(reverse("translation_submit", args=[translation.pk]))
            assert response.status_code == 302
            assert response["Location"] == edit_url(record)
        german_service = Service.objects.get(pk=german_service.pk)
        assert german_service.workflow_in_progress
        assert not german_service.live
        assert in_the_api(client, service, "de") is None

        client.force_login(people["moderator"])
        with django_capture_on_commit_callbacks(execute=True):
            approve(client, Organization.objects.get(pk=german_organisation.pk))
            approve(client, german_service)
        client.logout()
        german_service = Service.objects.get(pk=german_service.pk)
        assert german_service.live
        assert german_service.description == "Kleine Arbeiten im Haus."
        assert german_service.organization.name == "CIGL Schifflingen"
        assert in_the_api(client, service, "de") == "Hilfe zu Hause"
        assert in_the_api(client, service, "fr") == "Aide à domicile"

    def test_translators_may_open_every_directory_record_and_guide_document(self, client, people):
        from pci_guide.models import GuideDocument

        client.force_login(people["translator"])
        for model in ("service", "organization", "location", "taxonomyterm"):
            assert client.get(reverse(f"wagtailsnippets_services_directory_{model}:list")).status_code == 200
        assert client.get(reverse(GuideDocument.snippet_viewset.get_url_name("list"))).status_code == 200
        assert client.get(reverse("wagtailsnippets_services_directory_service:add")).status_code != 200


@pytest.mark.django_db
class ServiceModerationTests:
    def test_an_editors_change_goes_live_only_after_a_moderator_approves(
        self, client, people, django_capture_on_commit_callbacks
    ):
        service = ServiceFactory(name="Aide à domicile")
        service.save_revision().publish()
        client.force_login(people["editor"])
        url = edit_url(service)

        response = client.post(url, service_edit_data(service, name="Aide à domicile Sud", **{"action-publish": "1"}))
        assert Service.objects.get(pk=service.pk).name == "Aide à domicile"  # editors do not publish

        response = client.post(url, service_edit_data(service, name="Aide à domicile Sud", **{"action-submit": "1"}))
        assert response.status_code == 302
        service = Service.objects.get(pk=service.pk)
        assert service.workflow_in_progress
        assert service.name == "Aide à domicile"
        assert in_the_api(client, service, "fr") == "Aide à domicile"

        client.force_login(people["moderator"])
        with django_capture_on_commit_callbacks(execute=True):
            approve(client, service)
        assert Service.objects.get(pk=service.pk).name == "Aide à domicile Sud"
        assert in_the_api(client, service, "fr") == "Aide à domicile Sud"
        assert WorkflowState.objects.get().status == WorkflowState.STATUS_APPROVED

    def test_services_and_organisations_follow_the_pages_workflow(self):
        from wagtail.models import Page

        page_workflow = Page.objects.get(depth=1).get_workflow()
        assert ServiceFactory().get_workflow() == page_workflow
        assert OrganizationFactory().get_workflow() == page_workflow
