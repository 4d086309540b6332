"""The care form as an elderly person meets it: one "Change" per answer, "phone or email" said as such,
and a confirmation that says who will call and how to reach them."""

import re

import pytest
from wagtail.models import Site

from home.models import SiteSettings
from tests.factories.directory import OrganizationFactory, ServiceFactory

from .conftest import answers, check_then_send, post


def _payload(check) -> str:
    return re.search(r'name="payload" value="([^"]+)"', check.content.decode()).group(1)


@pytest.mark.django_db
class CareFormUsabilityTests:
    def test_every_answer_has_its_own_change_button_that_leads_back_to_that_question(
        self, client, care_page, schifflange_cig
    ):
        check = post(client, care_page.url, {**answers(), "action": "check"})
        html = check.content.decode()
        changes = re.findall(r'name="action" value="change:([a-z_]+)"', html)
        assert changes == [
            "requester_role",
            "relationship",
            "name",
            "address",
            "commune",
            "phone",
            "email",
            "contact_language",
            "help_kind",
            "description",
            "availability",
        ]
        assert "Change my answers" not in html and "Modifier mes réponses" not in html

        back = post(client, care_page.url, {"payload": _payload(check), "action": "change:email"}).content.decode()
        email_input = re.search(r"<input[^>]*name=\"email\"[^>]*>", back).group(0)
        assert "autofocus" in email_input and 'value="marie@example.lu"' in email_input
        assert 'value="Marie Muller"' in back and "Akeef all Woch." in back
        assert back.count("autofocus") == 1

    def test_phone_and_email_are_asked_as_one_of_two_not_as_optional(self, client, care_page):
        html = client.get(care_page.url).content.decode()
        assert "Téléphone ou e-mail : donnez au moins l’un des deux." in html
        for field in ("phone", "email"):
            label = re.search(rf'<label for="id_{field}">(.*?)</label>', html, re.S).group(1)
            assert "facultatif" not in label
        neither = post(client, care_page.url, {**answers(phone="", email=""), "action": "check"}).content.decode()
        assert "error-summary" in neither and 'value="Marie Muller"' in neither

    def test_the_confirmation_names_the_cig_with_its_phone_and_hours(
        self, client, care_page, django_capture_on_commit_callbacks
    ):
        cig = OrganizationFactory(name="CIGL Schifflange", phone="+352 54 50 60")
        ServiceFactory(
            organization=cig,
            categories=["community-care"],
            service_areas=["schifflange"],
            phones=["+352 26 53 01 01"],
            hours=[(0, "08:00", "12:00"), (3, "13:30", "17:00")],
        )
        _, sent = check_then_send(client, care_page.url, answers(), django_capture_on_commit_callbacks)
        html = client.get(sent["Location"]).content.decode()
        contact = html[html.index("Qui va vous appeler") :]
        assert "CIGL Schifflange" in contact
        assert 'href="tel:+35226530101"' in contact
        assert re.search(r"lundi\s*: 08:00–12:00", contact, re.I)
        assert re.search(r"jeudi\s*: 13:30–17:00", contact, re.I)

    def test_without_a_local_service_the_confirmation_gives_the_helpdesk(
        self, client, care_page, django_capture_on_commit_callbacks
    ):
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        site_settings.organisation_name = "Helpdesk Integratioun"
        site_settings.phone = "+352 27 12 34"
        site_settings.save()
        _, sent = check_then_send(
            client, care_page.url, answers(commune="Clervaux"), django_capture_on_commit_callbacks
        )
        html = client.get(sent["Location"]).content.decode()
        contact = html[html.index("Qui va vous appeler") :]
        assert "Aucun service local ne couvre encore votre commune" in contact
        assert "Helpdesk Integratioun" in contact and 'href="tel:+3522712' in contact
