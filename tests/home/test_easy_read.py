"""The easy-to-read summary: shown first on the key pages, under its own heading, linked from the top."""

import re
from html import unescape

import pytest
from django.conf import settings
from wagtail.models import Locale

from care_requests.models import CareRequestPage
from demo.easy_read import EASY_READ, LANGUAGES
from demo.toolkit import translation_map
from home.models import EasyReadMixin, HomePage, StandardPage
from pci_guide.models import STEP_COUNT, GuideIndexPage, GuideStepPage
from services_directory.models import DirectoryPage
from tests.demo.site import DemoSite
from tests.factories.pages import StandardPageFactory, french_home, translation_of

HEADINGS = {
    "fr": "En mots simples",
    "de": "In einfacher Sprache",
    "lb": "An einfache Wierder",
    "en": "In simple words",
    "pt": "Em palavras simples",
}
LINKS = {
    "fr": "Lire cette page en mots simples",
    "de": "Diese Seite in einfacher Sprache lesen",
    "lb": "Dës Säit an einfache Wierder liesen",
    "en": "Read this page in simple words",
    "pt": "Ler esta página em palavras simples",
}
SITE_LANGUAGES = [code for code, _name in settings.LANGUAGES]
KEY_PAGES = {"home", "directory", "care_request", "privacy", "guide", *(f"step-{n}" for n in range(1, STEP_COUNT + 1))}
PRIVACY_SLUG = "protection-des-donnees"


def easy_read_section(html: str) -> str:
    match = re.search(r'<section class="easy-read" id="easy-read"[^>]*>(.*?)</section>', html, re.S)
    assert match, "no easy-to-read section"
    return match.group(1)


def headings(html: str) -> list[str]:
    main = html.split('<main id="main"', 1)[1]
    return [unescape(re.sub(r"<[^>]+>", "", text)).strip() for text in re.findall(r"<h2\b[^>]*>(.*?)</h2>", main, re.S)]


def paragraphs(*sentences: str) -> list[dict]:
    return [{"type": "paragraph", "value": "".join(f"<p>{sentence}</p>" for sentence in sentences)}]


@pytest.mark.django_db
class EasyReadSectionTests:
    @pytest.fixture
    def pages(self):
        french = StandardPageFactory(
            parent=french_home(),
            title="Protection des données",
            slug="protection-des-donnees",
            intro="Ce que nous faisons de vos données.",
            easy_read=paragraphs("Cette page parle de vos données.", "Nous ne vous suivons pas."),
            body=[{"type": "heading", "value": {"text": "Pas de suivi", "level": "h2"}}],
        )
        pages = {"fr": french}
        for language in SITE_LANGUAGES[1:]:
            pages[language] = translation_of(
                french, language, copy_parents=True, easy_read=paragraphs(f"Text in {language}.", "Second idea.")
            )
        return pages

    @pytest.mark.parametrize("language", SITE_LANGUAGES)
    def test_the_summary_comes_first_under_its_heading_linked_from_the_top(self, client, pages, language):
        html = client.get(pages[language].url).content.decode()

        assert headings(html)[0] == HEADINGS[language]
        section = easy_read_section(html)
        expected = "Cette page parle de vos données." if language == "fr" else f"Text in {language}."
        assert f"<p>{expected}</p>" in unescape(section)
        link = re.search(r'<a href="#easy-read">([^<]+)</a>', html)
        assert link and unescape(link.group(1)) == LINKS[language]
        title, intro = html.index("<h1>"), html.index('class="lead"')
        assert title < link.start() < intro < html.index('id="easy-read"') < html.index("block-heading")

    def test_a_page_without_a_summary_shows_neither_the_section_nor_the_link(self, client):
        page = StandardPageFactory(parent=french_home(), title="Mentions légales", slug="mentions", intro="Qui.")

        html = client.get(page.url).content.decode()

        assert 'id="easy-read"' not in html
        assert "#easy-read" not in html
        assert HEADINGS["fr"] not in html

    def test_editors_write_it_on_every_key_page_type(self):
        for model in (HomePage, StandardPage, CareRequestPage, DirectoryPage, GuideIndexPage, GuideStepPage):
            assert issubclass(model, EasyReadMixin)
            edit_handler = model.get_edit_handler()
            assert "easy_read" in edit_handler.get_form_options()["fields"], model


class EasyReadDemoTextTests:
    """The demo's summaries, checked in the data the loaders build pages from."""

    def test_every_key_page_has_a_summary_in_all_five_languages(self):
        assert set(EASY_READ) == KEY_PAGES
        assert LANGUAGES == ("fr", "de", "lb", "en", "pt")
        for key, text in EASY_READ.items():
            for language in LANGUAGES:
                sentences = re.findall(r"<p>(.+?)</p>", text[language])
                assert sentences, (key, language)
                assert all(sentence.strip() for sentence in sentences), (key, language)

    @pytest.mark.parametrize("language", LANGUAGES[1:])
    def test_each_translation_pairs_with_the_french_sentence_by_sentence(self, language):
        for key, text in EASY_READ.items():
            pairs = translation_map(text, language)
            assert len(pairs) == text.fr.count("<p>"), key

    def test_sentences_stay_short(self):
        """Easy-to-read rules: one idea per sentence; a long sentence is a sign of two ideas."""
        for key, text in EASY_READ.items():
            for language in LANGUAGES:
                for paragraph in re.findall(r"<p>(.+?)</p>", text[language]):
                    for sentence in re.split(r"(?<=[.?!])\s+", paragraph):
                        assert len(sentence.split()) <= 14, (key, language, sentence)


class EasyReadDemoPagesTests(DemoSite):
    """Each key page of the demo shows its summary, in every language the site offers."""

    def key_pages(self, language: str) -> dict:
        locale = Locale.objects.get(language_code=language)
        privacy = StandardPage.objects.get(locale__language_code="fr", slug=PRIVACY_SLUG)
        pages = {
            "home": HomePage.objects.get(locale=locale, depth=2),
            "directory": DirectoryPage.objects.get(locale=locale),
            "care_request": CareRequestPage.objects.get(locale=locale),
            "privacy": privacy.get_translation(locale),
            "guide": GuideIndexPage.objects.get(locale=locale),
        }
        for step in GuideStepPage.objects.filter(locale=locale):
            pages[f"step-{step.step_number}"] = step
        return pages

    @pytest.mark.parametrize("language", SITE_LANGUAGES)
    def test_every_key_page_shows_its_summary_first(self, client, language):
        pages = self.key_pages(language)
        assert set(pages) == KEY_PAGES
        for key, page in pages.items():
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            html = response.content.decode()
            first_sentence = re.search(r"<p>(.+?)</p>", EASY_READ[key][language]).group(1)
            assert first_sentence in unescape(easy_read_section(html)), (key, language)
            assert unescape(re.search(r'<a href="#easy-read">([^<]+)</a>', html).group(1)) == LINKS[language]
            shown = headings(html)
            if key == "home":  # after the three entry tasks, which stay on a phone's first screen
                assert shown.index(HEADINGS[language]) == 1, shown
            else:
                assert shown[0] == HEADINGS[language], (key, shown)

    def test_the_directory_shows_it_on_its_start_page_not_above_search_results(self, client):
        page = DirectoryPage.objects.get(locale__language_code="fr")

        html = client.get(page.url, {"q": "café"}).content.decode()

        assert 'id="easy-read"' not in html
        assert "#easy-read" not in html
