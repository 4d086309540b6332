"""Editors' forms never lose a message: an editor's "Website" field is kept, emailed, exported, erased and purged."""

import csv
import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.contrib.forms.models import FormSubmission
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from care_requests.models import AuditEntry, ContactFormField, ContactFormPage, OutboxEmail
from tests.factories.pages import french_home

from .conftest import guard

WEBSITE = "https://www.epicerie-muller.lu"


@pytest.fixture
def website_form(db):
    """An editor's contact form with a field labelled "Website", the name the honeypot once had."""
    page = ContactFormPage(title="Nous écrire", slug="ecrire", to_address="team@portal.example.lu", subject="Contact")
    page.form_fields = [
        ContactFormField(label="Your message", field_type="multiline", required=True),
        ContactFormField(label="Website", field_type="url", required=False),
        ContactFormField(label="Email", field_type="email", required=False),
        ContactFormField(label="Phone", field_type="singleline", required=False),
    ]
    french_home().add_child(instance=page)
    page.save_revision().publish()
    return page


def send(client, page, **answers):
    data = {"your_message": "Mon épicerie a déménagé.", "website": WEBSITE, "email": "", "phone": "", **answers}
    return client.post(page.url, {**data, **guard()})


@pytest.mark.django_db
class WebsiteFieldTests:
    def test_a_visitor_who_fills_in_website_is_stored_and_emailed(
        self, client, website_form, smtp, django_capture_on_commit_callbacks
    ):
        html = client.get(website_form.url).content.decode()
        assert 'name="website"' in html and 'name="your-website"' in html and 'name="form-started"' in html
        with django_capture_on_commit_callbacks(execute=True):
            response = send(client, website_form)
        assert response.status_code == 200
        submission = website_form.get_submissions().get()
        assert submission.form_data == {
            "your_message": "Mon épicerie a déménagé.",
            "website": WEBSITE,
            "email": "",
            "phone": "",
        }
        body = next(message for message in smtp.to("team@portal.example.lu"))
        assert f"Website: {WEBSITE}" in body and "Leave this field empty" not in body

    def test_a_filled_honeypot_still_stores_nothing_even_when_the_form_is_incomplete(self, client, website_form):
        response = client.post(website_form.url, {"your_message": "", **guard(honeypot=WEBSITE)})
        assert response.status_code == 200 and "error-summary" not in response.content.decode()
        assert not FormSubmission.objects.exists() and not OutboxEmail.objects.exists()

    def test_the_message_and_its_emails_are_purged_after_the_retention_period(
        self, client, website_form, settings, django_capture_on_commit_callbacks
    ):
        settings.FORM_SUBMISSION_RETENTION_DAYS = 30
        with django_capture_on_commit_callbacks(execute=False):
            send(client, website_form)
            send(client, website_form, your_message="Un message récent")
        old = website_form.get_submissions().get(form_data__your_message="Mon épicerie a déménagé.")
        FormSubmission.objects.filter(pk=old.pk).update(submit_time=timezone.now() - timedelta(days=31))
        assert OutboxEmail.objects.count() == 2
        call_command("purge_care_requests", stdout=io.StringIO())
        remaining = website_form.get_submissions().get()
        assert remaining.form_data["your_message"] == "Un message récent"
        assert list(OutboxEmail.objects.values_list("form_submission", flat=True)) == [remaining.pk]
        assert AuditEntry.objects.filter(action="purged", detail="1 form submission(s)").exists()


@pytest.mark.django_db
class PersonalDataTests:
    def test_export_and_erasure_include_the_form_messages(self, client, website_form, users):
        send(client, website_form, email="Marie.Muller@example.lu")
        send(client, website_form, phone="+352 621 123 456")
        send(client, website_form, your_message="Appelez le +352 621 123 456 svp", email="autre@example.lu")
        client.force_login(users["helpdesk"])
        url = reverse("care_requests_admin:people")

        found = client.post(url, {"identifier": "marie.muller@example.lu", "action": "find"}).content.decode()
        assert "Nous écrire" in found and "Messages envoyés par les formulaires" in found and 'value="export"' in found
        exported = client.post(url, {"identifier": "marie.muller@example.lu", "action": "export"}).json()
        assert exported["requests"] == []
        assert [s["answers"]["email"] for s in exported["form_submissions"]] == ["Marie.Muller@example.lu"]

        client.post(url, {"identifier": "621 123 456", "action": "erase", "confirm": "on"})
        left = [s.form_data["your_message"] for s in FormSubmission.objects.all()]
        assert sorted(left) == ["Appelez le +352 621 123 456 svp", "Mon épicerie a déménagé."]
        assert AuditEntry.objects.filter(action="erased", detail="1 form submission(s)").exists()


@pytest.mark.django_db
class FormBuilderTests:
    def post_fields(self, client, page, labels):
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        fields = [
            {"label": label, "field_type": "singleline", "required": "", "choices": "", "default_value": ""}
            for label in labels
        ]
        data = nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "to_address": page.to_address,
                "from_address": "",
                "subject": page.subject,
                "intro": "",
                "thank_you_text": "",
                "form_fields": inline_formset(fields),
            }
        )
        return client.post(url, data)

    def test_an_editor_may_name_fields_website_and_started(self, client, website_form, users):
        client.force_login(users["superuser"])
        response = self.post_fields(client, website_form, ["Website", "Started"])
        assert response.status_code == 302
        form = ContactFormPage.objects.get(pk=website_form.pk).get_latest_revision_as_object().get_form()
        assert {"website", "started", "your-website", "form-started"} <= set(form.fields)

    @pytest.mark.parametrize(
        ("label", "message"),
        [
            ("Submit time", "Le formulaire utilise déjà le nom « submit_time »"),
            ("???", "au moins une lettre ou un chiffre"),
        ],
    )
    def test_a_name_the_form_cannot_keep_is_refused_with_a_message(self, client, website_form, users, label, message):
        client.force_login(users["superuser"])
        response = self.post_fields(client, website_form, ["Your message", label])
        assert response.status_code == 200
        assert message in response.content.decode()


@pytest.mark.django_db
class SubmissionsExportTests:
    @pytest.mark.parametrize("file_format", ["csv", "xlsx"])
    def test_the_export_keeps_phone_numbers_and_neutralises_formulas(self, client, website_form, users, file_format):
        send(client, website_form, your_message='=HYPERLINK("http://evil.example","Cliquez")', phone="+352 26 12 34 56")
        client.force_login(users["superuser"])
        url = reverse("wagtailforms:list_submissions", args=[website_form.pk]) + f"?export={file_format}"
        response = client.get(url)
        content = b"".join(response.streaming_content) if response.streaming else response.content
        if file_format == "csv":
            cells = [cell for row in csv.reader(io.StringIO(content.decode("utf-8"))) for cell in row]
            assert '\'=HYPERLINK("http://evil.example","Cliquez")' in cells
        else:
            cells = [cell.value for row in load_workbook(io.BytesIO(content)).active.iter_rows() for cell in row]
            assert '=HYPERLINK("http://evil.example","Cliquez")' in cells
        assert "+352 26 12 34 56" in cells and WEBSITE in cells
