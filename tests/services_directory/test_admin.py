from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from services_directory.models import Service
from tests.factories.directory import LocationFactory, ServiceFactory, commune


def user_in(django_user_model, group_name=None):
    user = django_user_model.objects.create_user(username=f"user-{group_name}", password="x" * 12)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def service_edit_data(service, **changes):
    data = {
        "organization": service.organization_id,
        "name": service.name,
        "description": service.description,
        "eligibility_description": "",
        "fees_description": "",
        "application_process": "",
        "status": service.status,
        "last_verified": "2026-11-01",
        "email": "",
        "url": "",
        "external_id": "",
        "data_origin": service.data_origin,
        "service_at_locations": inline_formset([]),
        "schedules": inline_formset([{"weekday": "0", "opens_at": "09:00", "closes_at": "12:00"}]),
        "closures": inline_formset([]),
        "phones": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data(data)


@pytest.mark.django_db
class EditPermissionTests:
    def test_moderators_can_publish_a_change(self, client, django_user_model):
        service = ServiceFactory(name="Aide à domicile")
        client.force_login(user_in(django_user_model, "Moderators"))
        url = reverse("wagtailsnippets_services_directory_service:edit", args=[service.pk])
        assert client.get(url).status_code == 200
        response = client.post(url, service_edit_data(service, name="Aide à domicile Sud", **{"action-publish": "1"}))
        assert response.status_code == 302
        service.refresh_from_db()
        assert service.name == "Aide à domicile Sud"
        assert [(s.weekday, s.opens_at.hour) for s in service.schedules.all()] == [(0, 9)]

    def test_an_editor_can_add_an_organisation(self, client, django_user_model):
        client.force_login(user_in(django_user_model, "Editors"))
        assert client.get(reverse("wagtailsnippets_services_directory_organization:add")).status_code == 200

    def test_people_without_the_permission_cannot_edit(self, client, django_user_model):
        service = ServiceFactory(name="Aide à domicile")
        client.force_login(user_in(django_user_model, "Helpdesk"))
        url = reverse("wagtailsnippets_services_directory_service:edit", args=[service.pk])
        assert client.get(url).status_code in (302, 403)
        response = client.post(url, service_edit_data(service, name="Changed", **{"action-publish": "1"}))
        assert response.status_code in (302, 403)
        service.refresh_from_db()
        assert service.name == "Aide à domicile"

    def test_anonymous_visitors_are_sent_to_the_login_page(self, client):
        service = ServiceFactory()
        response = client.get(reverse("wagtailsnippets_services_directory_service:edit", args=[service.pk]))
        assert response.status_code == 302
        assert "login" in response["Location"]


@pytest.mark.django_db
class ServiceListingFilterTests:
    @pytest.fixture
    def listing(self, client, django_user_model):
        client.force_login(user_in(django_user_model, "Editors"))

        def names(**params):
            response = client.get(reverse("wagtailsnippets_services_directory_service:list_results"), params)
            assert response.status_code == 200
            return {service.name for service in response.context["object_list"]}

        return names

    def test_not_verified_for_six_months(self, listing):
        ServiceFactory(name="Checked last month", last_verified=date.today() - timedelta(days=30))
        ServiceFactory(name="Checked last year", last_verified=date.today() - timedelta(days=365))
        ServiceFactory(name="Never checked", last_verified=None)
        assert listing() == {"Checked last month", "Checked last year", "Never checked"}
        assert listing(not_verified="on") == {"Checked last year", "Never checked"}

    def test_category_commune_and_status(self, listing):
        web_cafe = ServiceFactory(name="Web café", categories=["web-cafe"], service_areas=["schifflange"])
        ServiceFactory(
            name="Umweltteam",
            categories=["environment"],
            locations=[LocationFactory(commune=commune("wiltz"))],
            status="temporarily closed",
        )
        category = web_cafe.categories.get()
        assert listing(category=category.pk) == {"Web café"}
        assert listing(commune=commune("wiltz").pk) == {"Umweltteam"}
        assert listing(commune=commune("schifflange").pk) == {"Web café"}
        assert listing(status="temporarily closed") == {"Umweltteam"}
        assert Service.objects.count() == 2


@pytest.mark.django_db
class PreviewTests:
    def test_a_draft_service_and_its_organisation_can_be_previewed(self):
        service = ServiceFactory(
            name="Aide à domicile", live=False, phones=["+352 26 12 34 56"], hours=[(0, "09:00", "12:00")]
        )
        response = service.make_preview_request()
        page = response.content.decode()
        assert response.status_code == 200
        assert "Aide à domicile" in page and 'href="tel:+35226123456"' in page
        response = service.organization.make_preview_request()
        assert response.status_code == 200 and service.organization.name in response.content.decode()
