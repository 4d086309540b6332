import re

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, streamfield

from care_requests.models import OrganisationMembership
from events.models import Event
from services_directory.models import Organization
from tests.factories.directory import OrganizationFactory
from tests.factories.events import EventFactory
from tests.factories.pages import make_user

INDEX = "wagtailsnippets_events_event:list"
EDIT = "wagtailsnippets_events_event:edit"
ADD = "wagtailsnippets_events_event:add"


def organisation_options(page: str) -> list[str]:
    """The organisations offered by the event form's drop-down list, as the browser shows them."""
    select = re.search(r'<select name="organization".*?</select>', page, re.S)
    return re.findall(r"<option[^>]*>([^<]*)</option>", select.group(0)) if select else []


def event_form_data(organization: Organization, title: str) -> dict:
    return nested_form_data(
        {
            "organization": organization.pk,
            "title": title,
            "description": "Rédiger son CV et sa lettre de motivation.",
            "kind": "workshop",
            "audience": "",
            "session_languages": ["fr"],
            "level": "",
            "accessibility": "",
            "location": "",
            "service": "",
            "schedule": streamfield([("session", {"date": "2027-02-03", "start_time": "14:00", "end_time": "16:00"})]),
            "price": "",
            "capacity": "",
        }
    )


@pytest.mark.django_db
class OrganiserAccessTests:
    @pytest.fixture
    def world(self, django_user_model):
        own, other = OrganizationFactory(name="Web café Differdange"), OrganizationFactory(name="CIGL Esch")
        staff = make_user(django_user_model, "cig-staff", "CIG staff")
        OrganisationMembership.objects.create(user=staff, organisation=own)
        return {
            "staff": staff,
            "own_event": EventFactory(organization=own, title="Smartphone pour débutants"),
            "other_event": EventFactory(organization=other, title="Visite du centre de tri"),
            "editor": make_user(django_user_model, "editor", "Editors"),
            "own": own,
            "other": other,
        }

    def test_cig_staff_list_and_edit_only_their_organisations_events(self, client, world):
        client.force_login(world["staff"])
        listing = client.get(reverse(INDEX)).content.decode()
        assert "Smartphone pour débutants" in listing
        assert "Visite du centre de tri" not in listing
        assert client.get(reverse(EDIT, args=[world["own_event"].pk])).status_code == 200
        assert client.get(reverse(EDIT, args=[world["other_event"].pk])).status_code in (302, 403, 404)

    def test_cig_staff_can_only_choose_their_own_organisation(self, client, world):
        client.force_login(world["staff"])
        form = client.get(reverse(EDIT, args=[world["own_event"].pk])).context["form"]
        assert list(form.fields["organization"].queryset) == [world["own"]]

    def test_cig_staff_cannot_publish_but_editors_can(self, world):
        from wagtail.permissions import policy_registry

        policy = policy_registry.get_by_type(Event)
        assert not policy.user_has_permission(world["staff"], "publish")
        assert policy.user_has_permission_for_instance(world["editor"], "publish", world["other_event"])

    def test_editors_see_every_organisations_events(self, client, world):
        client.force_login(world["editor"])
        listing = client.get(reverse(INDEX)).content.decode()
        assert "Smartphone pour débutants" in listing
        assert "Visite du centre de tri" in listing


@pytest.mark.django_db
class OrganisationChoiceTests:
    @pytest.fixture
    def world(self, django_user_model):
        café = OrganizationFactory(name="Web café Differdange")
        club = OrganizationFactory(name="Club Senior Sud")
        other = OrganizationFactory(name="CIGL Esch")
        german = café.copy_for_translation(Locale.objects.get(language_code="de"))
        german.name = "Webcafé Differdingen"
        german.save()
        staff = make_user(django_user_model, "cig-staff", "CIG staff")
        for organisation in (café, club):
            OrganisationMembership.objects.create(user=staff, organisation=organisation)
        return {"staff": staff, "café": café, "club": club, "other": other}

    def test_cig_staff_choose_from_their_own_organisations_only(self, client, world):
        client.force_login(world["staff"])
        page = client.get(reverse(ADD)).content.decode()
        assert organisation_options(page) == ["---------", "Club Senior Sud", "Web café Differdange"]
        chooser = reverse(Organization.snippet_viewset.chooser_viewset.get_url_name("choose"))
        assert chooser not in page

    def test_an_event_in_german_offers_the_german_name(self, client, world):
        client.force_login(world["staff"])
        page = client.get(reverse(ADD) + "?locale=de").content.decode()
        assert organisation_options(page) == ["---------", "Club Senior Sud", "Webcafé Differdingen"]

    def test_their_only_organisation_is_already_chosen(self, client, world, django_user_model):
        single = make_user(django_user_model, "cig-single", "CIG staff")
        OrganisationMembership.objects.create(user=single, organisation=world["club"])
        client.force_login(single)
        page = client.get(reverse(ADD)).content.decode()
        assert organisation_options(page) == ["Club Senior Sud"]

    def test_another_organisation_posted_anyway_is_refused_with_a_message(self, client, world):
        client.force_login(world["staff"])
        response = client.post(reverse(ADD), event_form_data(world["other"], "Atelier CV"))
        assert response.status_code == 200
        assert "organization" in response.context["form"].errors
        assert not Event.objects.filter(title="Atelier CV").exists()
        response = client.post(reverse(ADD), event_form_data(world["club"], "Atelier CV"))
        assert response.status_code == 302
        assert Event.objects.get(title="Atelier CV").organization == world["club"]

    def test_editors_choose_from_every_organisation(self, client, world, django_user_model):
        client.force_login(make_user(django_user_model, "editor", "Editors"))
        page = client.get(reverse(ADD)).content.decode()
        chooser = reverse(Organization.snippet_viewset.chooser_viewset.get_url_name("choose"))
        assert chooser in page
        listed = client.get(chooser).json()["html"]
        assert "Web café Differdange" in listed and "Club Senior Sud" in listed and "CIGL Esch" in listed


@pytest.mark.django_db
class AttendanceListTests:
    def test_organisers_see_and_export_only_their_organisations_sign_ups(self, client, django_user_model):
        from datetime import date

        from events.services import SignUpData, signup_create
        from tests.factories.events import publish_event, session

        own, other = OrganizationFactory(name="Web café Differdange"), OrganizationFactory(name="CIGL Esch")
        staff = make_user(django_user_model, "cig-staff", "CIG staff")
        OrganisationMembership.objects.create(user=staff, organisation=own)
        for organisation, name in ((own, "Ana Silva"), (other, "Jean Muller")):
            event = publish_event(
                EventFactory(organization=organisation, signup_required=True, schedule=[session(date(2026, 12, 10))])
            )
            data = SignUpData(name=name, phone="621 000 000", email="", language="fr", places=1, needs="")
            signup_create(event=event, data=data, locale="fr")
        client.force_login(staff)
        listing = client.get(reverse("event_signups:index")).content.decode()
        assert "Ana Silva" in listing
        assert "Jean Muller" not in listing
        export = client.get(reverse("event_signups:index") + "?export=csv")
        assert export.status_code == 200
        exported = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
        assert "Ana Silva" in exported and "621 000 000" in exported
        assert "Jean Muller" not in exported

    def test_people_without_event_rights_see_no_sign_ups(self, client, django_user_model):
        client.force_login(make_user(django_user_model, "translator", "Translators"))
        assert client.get(reverse("event_signups:index")).status_code in (302, 403)
