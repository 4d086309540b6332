import pytest

from care_requests.models import ContactFormField, ContactFormPage, OutboxEmail
from tests.factories.pages import french_home

from .conftest import guard


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
        response = client.post(contact_page.url, {"your_message": "Buy now", **guard(honeypot="x")})
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


def _post_from(client, page, message, *, client_address, proxy="127.0.0.1"):
    """A post through the reverse proxy on this host, which adds the client's address to X-Forwarded-For."""
    return client.post(
        page.url, {"your_message": message, **guard()}, REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=client_address
    )


@pytest.mark.django_db
class PublicFormRateLimitTests:
    """The limit counts per real client address (default: 20 forms an hour), whatever Redis does."""

    def test_junk_from_many_addresses_behind_the_proxy_leaves_a_resident_able_to_send(self, client, contact_page):
        for number in range(25):
            assert _post_from(client, contact_page, "", client_address=f"203.0.113.{number}").status_code == 200
        response = _post_from(client, contact_page, "Bonjour", client_address="198.51.100.7")
        assert response.status_code == 200 and contact_page.get_submissions().count() == 1

    def test_the_twenty_first_form_from_one_address_gets_the_translated_429_with_what_was_typed(
        self, client, contact_page
    ):
        for number in range(20):
            assert (
                _post_from(client, contact_page, f"Message {number}", client_address="203.0.113.1").status_code == 200
            )
        blocked = _post_from(client, contact_page, "Mon message important", client_address="203.0.113.1")
        html = blocked.content.decode()
        assert blocked.status_code == 429 and "no-store" in blocked["Cache-Control"]
        assert "Nous avons reçu beaucoup de formulaires" in html and "60 minutes" in html
        assert "Mon message important</textarea>" in html
        assert contact_page.get_submissions().count() == 20

    def test_a_forwarded_address_from_an_untrusted_peer_is_ignored(self, client, contact_page):
        for number in range(20):
            _post_from(client, contact_page, "", client_address=f"198.51.100.{number}", proxy="203.0.113.50")
        forged = _post_from(client, contact_page, "Bonjour", client_address="198.51.100.99", proxy="203.0.113.50")
        assert forged.status_code == 429

    def test_the_limit_holds_while_redis_is_down(self, client, contact_page, settings, redis_down):
        settings.CARE_REQUEST_RATE_LIMIT = 3
        for _ in range(3):
            assert _post_from(client, contact_page, "", client_address="203.0.113.1").status_code == 200
        assert _post_from(client, contact_page, "", client_address="203.0.113.1").status_code == 429
