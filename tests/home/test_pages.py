import re

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format
from django.utils.timezone import localtime
from wagtail.models import Locale, Page

from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from tests.demo.site import DemoSite

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# The CSS class each shared block's template gives its outermost element.
BLOCK_MARKERS = {
    "heading": 'class="block-heading"',
    "paragraph": 'class="rich-text"',
    "image": 'class="block-image"',
    "call_to_action": 'class="cta"',
    "accordion": 'class="accordion"',
    "documents": 'class="document-list"',
    "contact": 'class="contact-card"',
    "quote": 'class="quote"',
}


def alternates(html: str) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


class HomePageTypesTests(DemoSite):
    @pytest.mark.parametrize("language", LANGUAGES)
    @pytest.mark.parametrize("model", [HomePage, StandardPage, NewsIndexPage, NewsPage])
    def test_every_page_answers_in_its_language_with_its_alternates(self, client, language, model):
        pages = model.objects.live().filter(locale__language_code=language)
        assert pages.exists()
        for page in pages:
            response = client.get(page.url)

            assert response.status_code == 200, page.url
            html = response.content.decode()
            assert f'<html lang="{language}"' in html
            links = alternates(html)
            translations = {
                translation.locale.language_code: translation
                for translation in page.get_translations(inclusive=True).select_related("locale")
            }
            assert sorted(links) == sorted([*LANGUAGES, "x-default"]), page.url
            for code in LANGUAGES:
                assert links[code] == f"http://testserver{translations[code].url}"
            assert links["x-default"] == links["fr"]

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_every_block_template_renders(self, client, language):
        html = ""
        for page in Page.objects.live().filter(locale__language_code=language).type(StandardPage, NewsPage):
            response = client.get(page.url)
            assert response.status_code == 200
            html += response.content.decode()

        for block_type, marker in BLOCK_MARKERS.items():
            assert marker in html, f"no {block_type} block rendered in {language}"

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_block_content_is_in_the_visitors_language(self, client, language):
        page = StandardPage.objects.get(
            locale__language_code=language,
            slug__in=["reseau-des-cig", "cig-netzwerk", "cig-netzwierk", "cig-network", "rede-cig"],
        )
        expected = {
            "fr": (
                "Questions fréquentes",
                "Qui travaille dans un CIG ?",
                "Surtout des personnes qui cherchaient un emploi.",
                "Chaque CIG travaille pour une commune",
                "Vivre ensemble dans la commune",
            ),
            "de": (
                "Häufige Fragen",
                "Wer arbeitet in einem CIG?",
                "Vor allem Menschen, die Arbeit gesucht haben.",
                "Jedes CIG arbeitet für eine Gemeinde",
                "Zusammenleben in der Gemeinde",
            ),
            "lb": (
                "Dacks gestallte Froen",
                "Wien schafft an engem CIG?",
                "Virun allem Leit, déi eng Aarbecht gesicht hunn.",
                "All CIG schafft fir eng Gemeng",
                "Zesummeliewen an der Gemeng",
            ),
            "en": (
                "Frequently asked questions",
                "Who works in a CIG?",
                "Mostly people who were looking for a job.",
                "Each CIG works for one municipality",
                "Living together in your municipality",
            ),
            "pt": (
                "Perguntas frequentes",
                "Quem trabalha num CIG?",
                "Sobretudo pessoas que estavam à procura de emprego.",
                "Cada CIG trabalha para uma comuna",
                "Viver em conjunto na sua comuna",
            ),
        }[language]

        html = client.get(page.url).content.decode()

        for text in expected:
            assert text in html
        living_together = page.get_siblings().get(
            slug__in=[
                "vivre-ensemble-dans-la-commune",
                "zusammenleben-in-der-gemeinde",
                "zesummeliewen-an-der-gemeng",
                "living-together-in-your-municipality",
                "viver-em-conjunto-na-sua-comuna",
            ]
        )
        assert f'<a class="button" href="{living_together.url}">' in html

    def test_a_news_image_is_described_in_the_pages_language(self, client):
        item = NewsPage.objects.get(locale__language_code="de", slug="das-portal-spricht-vier-sprachen")

        html = client.get(item.url).content.decode()

        assert 'alt="Zeichnung: eine Weltkugel, umgeben von vier Sprechblasen in verschiedenen Farben."' in html

    def test_news_page_shows_its_image_with_the_description_as_alternative_text(self, client):
        item = NewsPage.objects.filter(locale=Locale.objects.get(language_code="fr")).first()

        html = client.get(item.url).content.decode().replace("&#x27;", "'")

        assert f'alt="{item.illustration.contextual_alt_text}"' in html
        assert 'class="news-image"' in html

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_the_main_menu_marks_the_section_the_visitor_is_in(self, client, language):
        news_index = NewsIndexPage.objects.get(locale__language_code=language)
        item = NewsPage.objects.child_of(news_index).first()
        menu_link = f'<a href="{news_index.url}"'

        index_html = client.get(news_index.url).content.decode()
        item_html = client.get(item.url).content.decode()

        assert f'{menu_link} aria-current="page">{news_index.title}</a>' in index_html
        assert f'{menu_link} class="is-active">{news_index.title}</a>' in item_html


@pytest.mark.django_db
class HomeEntryPointTests:
    """The entry-point cards link to their page in the home page's language, as soon as it is published."""

    @pytest.fixture
    def homes(self):
        from tests.factories.pages import add_standard_page, french_home, translated_home

        french = french_home()
        target = add_standard_page(french, title="Qui sommes-nous", slug="qui-sommes-nous")
        french.entry_points = [
            ("entry_point", {"title": "Le réseau", "text": "", "link_label": "Voir", "page": target, "url": ""})
        ]
        french.save_revision().publish()
        return french, translated_home("lb"), target

    def card_links(self, html: str) -> list[str]:
        return re.findall(r'<h3 class="card__title"><a href="([^"]+)"', html)

    def test_a_card_follows_its_page_once_translated(self, client, homes):
        _french, luxembourgish, target = homes
        assert self.card_links(client.get("/lb/").content.decode()) == ["/fr/qui-sommes-nous/"]

        translation = target.copy_for_translation(Locale.objects.get(language_code="lb"))
        translation.title, translation.slug = "Wien mir sinn", "wien-mir-sinn"
        translation.save_revision().publish()
        assert self.card_links(client.get("/lb/").content.decode()) == ["/lb/wien-mir-sinn/"]

    def test_a_preview_shows_the_editors_unsaved_cards(self, client, homes):
        _french, luxembourgish, target = homes
        client.get("/lb/")  # the published cards are now in the cache
        luxembourgish.entry_points = [
            (
                "entry_point",
                {"title": "Neie Kaart", "text": "", "link_label": "Kuckt", "page": None, "url": "https://example.lu/"},
            )
        ]
        preview = luxembourgish.make_preview_request()
        assert "Neie Kaart" in preview.content.decode() and "https://example.lu/" in preview.content.decode()
        assert "Neie Kaart" not in client.get("/lb/").content.decode()

    def test_a_card_with_a_script_address_is_shown_without_a_link(self, client, homes):
        """A translator can override a card's address (wagtail-localize offers URL blocks as overrides)."""
        _french, luxembourgish, _target = homes
        luxembourgish.entry_points = [
            (
                "entry_point",
                {"title": "Fal", "text": "", "link_label": "Kuckt", "page": None, "url": "javascript:alert(1)"},
            ),
            (
                "entry_point",
                {"title": "Gutt", "text": "", "link_label": "Kuckt", "page": None, "url": "https://cig.lu/"},
            ),
        ]
        luxembourgish.save_revision().publish()
        html = client.get("/lb/").content.decode()
        assert "javascript:" not in html
        assert '<h3 class="card__title">Fal</h3>' in html
        assert self.card_links(html) == ["https://cig.lu/"]


@pytest.mark.django_db
class UnpublishedTargetTests:
    """Unpublishing (or deleting) a page takes away the buttons and cards that led to it, from the
    cached pages too."""

    @pytest.fixture
    def pages(self, settings):
        from tests.factories.pages import add_standard_page, french_home

        settings.PAGE_CACHE_SECONDS = 300

        home = french_home()
        target = add_standard_page(home, title="Aide aux devoirs", slug="aide-aux-devoirs")
        cta = {"title": "Besoin de soutien", "text": "", "link_label": "Voir le soutien", "page": target, "url": ""}
        linking = add_standard_page(home, title="Familles", slug="familles")
        linking.body = [("call_to_action", cta)]
        linking.save_revision().publish()
        home.entry_points = [("entry_point", cta)]
        home.save_revision().publish()
        return home, linking, target

    def test_an_unpublished_page_has_no_button_or_card_leading_to_it(self, client, pages):
        _home, linking, target = pages
        for url in (linking.url, "/fr/"):
            client.get(url)
            response = client.get(url)
            assert response["X-Page-Cache"] == "hit"
            assert 'href="/fr/aide-aux-devoirs/"' in response.content.decode()

        target.unpublish()

        for url in (linking.url, "/fr/"):
            html = client.get(url).content.decode()
            assert "/fr/aide-aux-devoirs/" not in html
            assert "Voir le soutien" not in html and "Besoin de soutien" not in html

    def test_a_deleted_page_has_no_button_or_card_leading_to_it(self, client, pages):
        _home, linking, target = pages
        for url in (linking.url, "/fr/"):
            client.get(url)  # now in the page cache
        target.delete()
        for url in (linking.url, "/fr/"):
            html = client.get(url).content.decode()
            assert "Voir le soutien" not in html and 'class="button" href=""' not in html


@pytest.mark.django_db
class PageMetaTests:
    """What a page says about itself: a description for search engines and when it last changed."""

    @staticmethod
    def description(html: str) -> str | None:
        found = re.search(r'<meta name="description" content="([^"]*)">', html)
        return found.group(1) if found else None

    def test_the_description_is_the_editors_else_the_introduction_else_the_first_paragraph(self, client):
        from tests.factories.pages import add_standard_page, french_home

        page = add_standard_page(french_home(), title="Cours de langue", slug="cours-de-langue")
        assert self.description(client.get(page.url).content.decode()) == "Introduction: Cours de langue"

        page.search_description = "Apprendre le luxembourgeois près de chez vous."
        page.save_revision().publish()
        assert self.description(client.get(page.url).content.decode()) == page.search_description

        page.search_description, page.intro = "", ""
        page.body = [("heading", {"text": "Où", "level": "h2"}), ("paragraph", "<p>Des cours <b>gratuits</b>.</p>")]
        page.save_revision().publish()
        assert self.description(client.get(page.url).content.decode()) == "Des cours gratuits."

    def test_a_content_page_says_when_it_was_last_updated_in_its_language(self, client):
        from tests.factories.pages import add_standard_page, french_home, translation_of

        page = add_standard_page(french_home(), title="Cours de langue", slug="cours-de-langue")
        german = translation_of(page, "de", copy_parents=True, title="Sprachkurse", slug="sprachkurse")
        for shown, expected in ((page, "Dernière mise à jour : {}"), (german, "Zuletzt aktualisiert: {}")):
            with translation.override(shown.locale.language_code):
                day = date_format(localtime(shown.last_published_at), "DATE_FORMAT")
            assert expected.format(day) in client.get(shown.url).content.decode()
