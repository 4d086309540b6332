"""Hostile answers (tests/portal/hostile.py) through the care form, its emails, the helpdesk and the exports."""

import csv
import io

import pytest
from django.core import mail
from django.urls import reverse

from care_requests.models import CareRequest, ContactFormField, ContactFormPage
from portal.spreadsheets import SIGNED_NUMBER
from tests.factories.pages import french_home
from tests.portal.hostile import (
    ATTRIBUTE_BREAKOUT,
    IMG_BREAKOUT,
    MARK,
    NUL,
    ODD_UNICODE,
    SCRIPT,
    SVG,
    TEMPLATE_TAGS,
    assert_inert,
    long_string,
)

from .conftest import answers, check_then_send, guard, post

HOSTILE_ANSWERS = {
    "name": f"{IMG_BREAKOUT} {ODD_UNICODE[0]}"[:120],
    "relationship": SVG,
    "address": f"{ATTRIBUTE_BREAKOUT} {ODD_UNICODE[3]}",
    "description": f"{SCRIPT}\n{TEMPLATE_TAGS}\n{ODD_UNICODE[1]} {ODD_UNICODE[2]}",
    "availability": "\t=1+1",
}


@pytest.mark.django_db
class HostileCareRequestTests:
    def test_answers_stay_text_from_the_form_to_the_helpdesk_and_the_export(
        self, client, care_page, schifflange_cig, users, django_capture_on_commit_callbacks
    ):
        check, sent = check_then_send(
            client, care_page.url, answers(**HOSTILE_ANSWERS), django_capture_on_commit_callbacks
        )
        assert_inert(check.text)
        assert sent.status_code == 302
        assert_inert(client.get(sent["Location"]).text, shown=False)
        care_request = CareRequest.objects.get()
        assert care_request.name == HOSTILE_ANSWERS["name"]

        assert mail.outbox, "the resident and the CIG are emailed"
        for message in mail.outbox:
            assert "\n" not in message.subject and "\r" not in message.subject
            for content, mimetype in getattr(message, "alternatives", []):
                if mimetype == "text/html":
                    assert_inert(content, shown=False)
        for message in mail.outbox:
            if "cig@schifflange.example" in message.to:
                assert MARK not in message.body, "notifications carry no personal details"

        client.force_login(users["helpdesk"])
        for url in (
            reverse("care_requests_admin:index"),
            reverse("care_requests_admin:inspect", args=[care_request.pk]),
        ):
            response = client.get(url)
            assert response.status_code == 200
            assert_inert(response.text, shown=url.endswith(f"/{care_request.pk}/"))
        export = client.get(reverse("care_requests_admin:index") + "?export=csv")
        cells = [cell for row in csv.reader(io.StringIO(export.content.decode("utf-8-sig"))) for cell in row]
        assert "'=1+1" in cells  # the form strips the tab; the formula is still neutralised
        assert not any(cell.startswith(("=", "@", "\t", "\r")) for cell in cells)
        assert all(SIGNED_NUMBER.fullmatch(cell) for cell in cells if cell.startswith(("+", "-")))

    @pytest.mark.parametrize("field", ["name", "description", "commune"])
    def test_nul_byte_and_very_long_answers_are_explained_not_500(self, client, care_page, field):
        for value in (NUL, long_string(20_000)):
            response = post(client, care_page.url, {**answers(), field: value, "action": "check"})
            assert response.status_code == 200, (field, value[:20])
            assert 'name="payload"' not in response.text or field == "description"
            assert_inert(response.text, shown=False)


@pytest.mark.django_db
def test_contact_form_keeps_hostile_text_inert_and_refuses_nul(client):
    page = ContactFormPage(title="Contact", slug="contact", to_address="team@portal.example.lu", subject="Contact")
    page.form_fields = [ContactFormField(label="Your message", field_type="multiline", required=True)]
    french_home().add_child(instance=page)
    page.save_revision().publish()
    guards = guard()
    refused = client.post(page.url, {**guards, "your_message": NUL}, REMOTE_ADDR="10.0.0.8")
    assert refused.status_code == 200
    assert_inert(refused.text, shown=False)
    accepted = client.post(page.url, {**guards, "your_message": f"{SCRIPT} {IMG_BREAKOUT}"}, REMOTE_ADDR="10.0.0.8")
    assert accepted.status_code in (200, 302)
    assert_inert(accepted.text, shown=False)
