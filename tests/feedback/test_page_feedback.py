"""“Was this page useful?”: what a resident and an editor notice."""

import csv
import io
import re

import pytest
from django.urls import reverse

from care_requests.spam import started_token
from feedback.models import PageFeedback
from tests.factories.pages import french_home, make_user, translated_home


def _form_fields(html: str) -> dict:
    form = html[html.index('id="feedback"') :]
    return dict(re.findall(r'<input type="hidden" name="(page|form-started)" value="([^"]*)"', form))


def _answer(client, html, **data):
    fields = _form_fields(html)
    fields["form-started"] = started_token(0)  # shown long ago: a person, not a robot
    return client.post(reverse("page_feedback"), {**fields, "your-website": "", **data}, REMOTE_ADDR="10.1.1.1")


@pytest.mark.django_db
class PageFeedbackTests:
    def test_a_resident_says_a_page_was_not_useful_with_a_comment_in_their_language(self, client):
        home = translated_home("de")
        html = client.get(home.url).content.decode()
        assert "War diese Seite hilfreich?" in html and "csrfmiddlewaretoken" not in html[html.index('id="feedback"') :]
        response = _answer(client, html, useful="no", comment="Zu viel Text.")
        assert response.status_code == 200 and "Danke für Ihre Antwort" in response.content.decode()
        assert home.url in response.content.decode()
        feedback = PageFeedback.objects.get()
        assert (feedback.page_id, feedback.language, feedback.useful, feedback.comment) == (
            home.pk,
            "de",
            False,
            "Zu viel Text.",
        )

    def test_without_yes_or_no_the_comment_is_kept_and_the_question_asked_again(self, client):
        home = french_home()
        html = client.get(home.url).content.decode()
        response = _answer(client, html, comment="Il manque les horaires.")
        text = response.content.decode()
        assert response.status_code == 400
        assert "Choisissez « Oui » ou « Non »." in text and "Il manque les horaires." in text
        assert not PageFeedback.objects.exists()

    def test_robots_and_unknown_pages_store_nothing(self, client):
        home = french_home()
        html = client.get(home.url).content.decode()
        assert _answer(client, html, **{"useful": "yes", "your-website": "http://spam.example"}).status_code == 200
        unknown = client.post(reverse("page_feedback"), {"page": "999999", "useful": "yes"})
        assert unknown.status_code == 400
        assert client.get(reverse("page_feedback")).status_code == 405
        assert not PageFeedback.objects.exists()

    def test_one_address_cannot_flood_it(self, client, settings):
        settings.CARE_REQUEST_RATE_LIMIT = 2
        home = french_home()
        html = client.get(home.url).content.decode()
        statuses = [_answer(client, html, useful="yes").status_code for _ in range(3)]
        assert statuses == [200, 200, 429]
        assert PageFeedback.objects.count() == 2

    def test_editors_read_the_answers_per_page_and_language_and_cannot_forge_one(self, client, django_user_model):
        home = french_home()
        PageFeedback.objects.create(page=home, language="fr", useful=False, comment="Texte trop long")
        client.force_login(make_user(django_user_model, "editor", "Editors"))
        listing = client.get(reverse("page_feedback:index"))
        assert listing.status_code == 200 and "Texte trop long" in listing.content.decode()
        assert client.get(reverse("page_feedback:add")).status_code in (302, 403)
        assert not PageFeedback.objects.filter(comment="").exists()

    def test_the_csv_export_never_runs_a_residents_comment_as_a_formula(self, client, django_user_model):
        home = french_home()
        PageFeedback.objects.create(page=home, language="fr", useful=False, comment='=HYPERLINK("http://evil.example")')
        PageFeedback.objects.create(page=home, language="fr", useful=True, comment="-12.5")
        client.force_login(make_user(django_user_model, "editor", "Editors"))
        response = client.get(reverse("page_feedback:index") + "?export=csv")
        cells = [cell for row in csv.reader(io.StringIO(b"".join(response.streaming_content).decode())) for cell in row]
        assert '\'=HYPERLINK("http://evil.example")' in cells and "-12.5" in cells
        assert not any(cell.startswith(("=", "@")) for cell in cells)
