from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone

from geography.models import Commune
from pci_guide.generator import date_in_words
from pci_guide.models import ResolutionGeneratorPage, ResolutionTemplate
from tests.pci_guide.helpers import LANGUAGES, GuideTestCase, docx_text
from tests.portal.hostile import IMG_BREAKOUT, NUL, RTL_OVERRIDE, SCRIPT, assert_inert, long_string

pytestmark = pytest.mark.django_db  # the demo content lives in the test database (see conftest)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MONTH_OF_MARCH = {"fr": "mars", "de": "März", "lb": "Mäerz", "en": "March"}
TEMPLATE_WORD = {"fr": "Délibération", "de": "Beschluss", "lb": "Decisioun", "en": "Resolution", "pt": "Deliberação"}


def next_tuesday() -> date:
    today = timezone.localdate()
    return today + timedelta(days=(1 - today.weekday()) % 7 or 7)


def generator_in(language: str) -> ResolutionGeneratorPage:
    return ResolutionGeneratorPage.objects.get(locale__language_code=language)


class ResolutionGeneratorTests(GuideTestCase):
    def generate(self, page_language: str, **data):
        return self.client.get(generator_in(page_language).url, data)

    def test_resolution_in_every_language_names_the_commune_and_the_date(self):
        meeting = next_tuesday()
        for language in LANGUAGES:
            with self.subTest(language=language):
                response = self.generate(
                    "fr",
                    commune="Käerjeng",
                    meeting_date=meeting.strftime("%d.%m.%Y"),
                    language=language,
                    council_president="Anne Muller",
                )
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["Content-Type"], DOCX)
                self.assertIn("attachment", response["Content-Disposition"])
                self.assertIn("kaerjeng", response["Content-Disposition"])
                self.assertIn(f"{meeting.isoformat()}.docx", response["Content-Disposition"])
                text = docx_text(response.content)
                self.assertIn("Käerjeng", text)
                self.assertIn(date_in_words(meeting, language), text)
                self.assertIn(TEMPLATE_WORD[language], text)
                self.assertIn("Anne Muller", text)
                self.assertNotIn("{", text)

    def test_names_in_any_language_and_iso_dates_are_understood(self):
        meeting = next_tuesday()
        response = self.generate("de", commune="esch-uelzecht", meeting_date=meeting.isoformat(), language="de")
        self.assertEqual(response["Content-Type"], DOCX)
        text = docx_text(response.content)
        esch = Commune.objects.get(name_lb="Esch-Uelzecht")
        self.assertIn(f"Der Gemeinderat von {esch.name_de} (Kanton {esch.canton.name_de})", text)

    def test_signature_lines_stay_on_their_own_lines(self):
        response = self.client.get(
            generator_in("en").url,
            {"commune": "Käerjeng", "meeting_date": next_tuesday().isoformat(), "language": "en", "secretary": "Tom"},
        )
        self.assertIn("Chair: …………………………\nCommune secretary: Tom", docx_text(response.content))

    def test_dates_are_written_as_in_each_language(self):
        self.assertEqual(date_in_words(date(2027, 3, 1), "fr"), "1er mars 2027")
        self.assertEqual(date_in_words(date(2027, 3, 2), "de"), "2. März 2027")
        self.assertEqual(date_in_words(date(2027, 3, 2), "lb"), "2. Mäerz 2027")
        self.assertEqual(date_in_words(date(2027, 4, 2), "lb"), "2. Abrëll 2027")
        self.assertEqual(date_in_words(date(2027, 5, 2), "lb"), "2. Mee 2027")
        self.assertEqual(date_in_words(date(2027, 3, 2), "en"), "2 March 2027")
        self.assertEqual(date_in_words(date(2027, 3, 2), "pt"), "2 de março de 2027")

    def test_the_form_is_shown_in_every_language(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                response = self.client.get(generator_in(language).url)
                soup = BeautifulSoup(response.content, "html.parser")
                self.assertEqual(len(soup.select("#commune-list option")), 100)
                checked = soup.select_one('input[name="language"][checked]')
                self.assertEqual(checked["value"], language)


class ResolutionGeneratorErrorTests(GuideTestCase):
    def errors(self, page_language: str, **data):
        page = ResolutionGeneratorPage.objects.get(locale__language_code=page_language)
        response = self.client.get(page.url, data)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("text/html"))
        soup = BeautifulSoup(response.content, "html.parser")
        return soup, [error.get_text(strip=True) for error in soup.select(".field__error")]

    def valid_date(self) -> str:
        return next_tuesday().strftime("%d.%m.%Y")

    def test_unknown_commune_is_explained_in_the_visitors_language_and_kept(self):
        messages = {
            "fr": "Nous ne connaissons pas de commune appelée « Atlantis ».",
            "de": "Wir kennen keine Gemeinde namens „Atlantis“.",
            "lb": "Mir kennen keng Gemeng mam Numm „Atlantis“.",
            "en": "We do not know a commune called “Atlantis”.",
        }
        for language, message in messages.items():
            with self.subTest(language=language):
                soup, errors = self.errors(language, commune="Atlantis", meeting_date=self.valid_date(), language="de")
                self.assertTrue(errors and errors[0].startswith(message), errors)
                self.assertEqual(soup.select_one('input[name="commune"]')["value"], "Atlantis")
                self.assertEqual(soup.select_one('input[name="meeting_date"]')["value"], self.valid_date())
                self.assertIsNotNone(soup.select_one(".error-summary"))

    def test_hostile_commune_is_explained_as_text_never_500(self):
        for value in (SCRIPT, IMG_BREAKOUT, NUL, long_string(5000), RTL_OVERRIDE):
            with self.subTest(value=value[:20]):
                data = {"commune": value, "meeting_date": self.valid_date(), "language": "fr"}
                response = self.client.get(generator_in("fr").url, data)
                self.assertEqual(response.status_code, 200)
                assert_inert(response.text, shown=False)

    def test_invisible_characters_in_names_are_explained_never_500(self):
        expected = {
            "fr": "Ce texte contient des caractères de contrôle invisibles.",
            "de": "Dieser Text enthält unsichtbare Steuerzeichen.",
            "lb": "Dësen Text enthält onsiichtbar Steierzeechen.",
            "en": "This text contains invisible control characters.",
        }
        meeting_date = self.valid_date()
        for field in ("council_president", "secretary", "coordinator"):
            for language, message in expected.items():
                for value in ("Anne\x01Muller", "Anne Muller\ufffe", "\x1b[31m"):
                    with self.subTest(field=field, language=language, value=value):
                        data = {"commune": "Käerjeng", "meeting_date": meeting_date, "language": "fr", field: value}
                        soup, errors = self.errors(language, **data)
                        self.assertEqual(len(errors), 1, errors)
                        self.assertTrue(errors[0].startswith(message), errors)
                        self.assertEqual(soup.select_one('input[name="commune"]')["value"], "Käerjeng")
            data = {"commune": "Käerjeng", "meeting_date": meeting_date, "language": "fr", field: "A\x00"}
            _soup, errors = self.errors("en", **data)
            self.assertEqual(errors, ["Null characters are not allowed."])

    def test_impossible_date_is_explained_and_kept(self):
        expected = {
            "fr": "Cette date n'existe pas.",
            "de": "Dieses Datum gibt es nicht.",
            "lb": "Dësen Datum gëtt et net.",
            "en": "This date does not exist.",
        }
        year = timezone.localdate().year + 1
        for language, message in expected.items():
            with self.subTest(language=language):
                soup, errors = self.errors(language, commune="Käerjeng", meeting_date=f"31.02.{year}", language="fr")
                self.assertEqual(len(errors), 1)
                self.assertTrue(errors[0].startswith(message), errors)
                self.assertEqual(soup.select_one('input[name="meeting_date"]')["value"], f"31.02.{year}")
                self.assertEqual(soup.select_one('input[name="commune"]')["value"], "Käerjeng")

    def test_dates_too_far_away_are_refused(self):
        _soup, errors = self.errors("de", commune="Käerjeng", meeting_date="01.01.2001", language="de")
        self.assertEqual(errors, ["Dieses Datum liegt mehr als ein Jahr zurück. Prüfen Sie das Jahr."])
        far = (timezone.localdate() + timedelta(days=3 * 365)).strftime("%d.%m.%Y")
        _soup, errors = self.errors("en", commune="Käerjeng", meeting_date=far, language="de")
        self.assertEqual(errors, ["This date is more than two years ahead. Check the year."])

    def test_empty_form_asks_for_commune_and_date(self):
        _soup, errors = self.errors("lb", commune="", meeting_date="", language="lb")
        self.assertEqual(errors, ["Gitt den Numm vun Ärer Gemeng un.", "Gitt den Datum vun der Gemengerotssëtzung un."])

    def test_postcode_of_two_communes_asks_which(self):
        _soup, errors = self.errors("fr", commune="1210", meeting_date=self.valid_date(), language="fr")
        self.assertEqual(len(errors), 1)
        self.assertIn("correspond à plusieurs communes", errors[0])

    def test_unknown_language_and_missing_text_are_explained(self):
        _soup, errors = self.errors("en", commune="Käerjeng", meeting_date=self.valid_date(), language="xx")
        self.assertEqual(len(errors), 1)
        ResolutionTemplate.objects.filter(locale__language_code="lb").delete()
        _soup, errors = self.errors("en", commune="Käerjeng", meeting_date=self.valid_date(), language="lb")
        self.assertEqual(errors, ["The resolution is not available in this language yet."])

    def test_editors_cannot_use_unknown_placeholders(self):
        template = ResolutionTemplate.objects.get(locale__language_code="fr")
        template.body += "\n\nSigné par {mayor}."
        with self.assertRaises(ValidationError) as raised:
            template.full_clean()
        self.assertIn("{mayor}", str(raised.exception))


def test_french_elides_de_le_and_la_before_a_vowel_and_nothing_else_changes():
    from pci_guide.generator import fill_placeholders

    text = "Le conseil communal de {commune} (canton de {canton}), la {commune}, de {other}"
    values = {"commune": "Esch-sur-Alzette", "canton": "Echternach", "other": "Clervaux"}
    assert fill_placeholders(text, values, language="fr") == (
        "Le conseil communal d'Esch-sur-Alzette (canton d'Echternach), l'Esch-sur-Alzette, de Clervaux"
    )
    german = "Der Gemeinderat von {commune} (Kanton {canton}), de {commune}"
    assert fill_placeholders(german, values, language="de") == (
        "Der Gemeinderat von Esch-sur-Alzette (Kanton Echternach), de Esch-sur-Alzette"
    )


class ResolutionWordsTests(GuideTestCase):
    def test_the_french_resolution_says_canton_d_esch(self):
        response = self.client.get(
            generator_in("fr").url,
            {"commune": "Esch-sur-Alzette", "meeting_date": next_tuesday().isoformat(), "language": "fr"},
        )
        text = docx_text(response.content)
        self.assertIn("Le conseil communal d'Esch-sur-Alzette (canton d'Esch-sur-Alzette)", text)
        self.assertNotIn("de Esch", text)
