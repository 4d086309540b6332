import pytest

from care_requests.models import ContactFormField, ContactFormPage, OutboxEmail
from tests.factories.pages import french_home

from .conftest import answers


@pytest.fixture
def contact_page(db):
    page = ContactFormPage(title="Contact", slug="contact", to_address="team@portal.example.lu", subject="Contact")
    page.form_fields = [
        ContactFormField(label="Your message", field_type="multiline", required=True),
        ContactFormField(label="Email", field_type="email", required=False),
    ]
    french_home().add_child(instance=page)
    page.save_revision().publish()
    return page


def guard(**overrides):
    data = answers()
    return {"started": data["started"], "website": "", **overrides}


@pytest.mark.django_db
class ContactFormPageTests:
    def test_message_is_kept_and_emailed_through_the_outbox(
        self, client, contact_page, smtp, django_capture_on_commit_callbacks
    ):
        form = client.get(contact_page.url)
        assert form.status_code == 200 and "no-store" in form["Cache-Control"]
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(contact_page.url, {"your_message": "Bonjour", **guard()})
        assert response.status_code == 200
        submission = contact_page.get_submissions().get()
        assert submission.form_data == {"your_message": "Bonjour", "email": ""}
        assert OutboxEmail.objects.get().to == "team@portal.example.lu"
        assert any("Bonjour" in message for message in smtp.to("team@portal.example.lu"))

    def test_spam_gets_thanks_and_nothing_is_kept(self, client, contact_page):
        response = client.post(contact_page.url, {"your_message": "Buy now", **guard(website="x")})
        assert response.status_code == 200 and "care-panel" in response.content.decode()
        assert not contact_page.get_submissions().exists() and not OutboxEmail.objects.exists()

    def test_missing_field_keeps_what_was_typed(self, client, contact_page):
        response = client.post(contact_page.url, {"your_message": "", "email": "a@b.lu", **guard()})
        html = response.content.decode()
        assert "error-summary" in html and 'value="a@b.lu"' in html

    def test_rate_limited(self, client, contact_page, settings):
        settings.CARE_REQUEST_RATE_LIMIT = 1
        client.post(contact_page.url, {"your_message": "", **guard()})
        assert client.post(contact_page.url, {"your_message": "", **guard()}).status_code == 429
