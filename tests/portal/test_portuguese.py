"""Portuguese, the fifth language, added through the settings and a catalogue; and a sixth, right-to-left one."""

import re

import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from care_requests.models import CareRequestPage
from home.locales import content_locales_create
from tests.factories.once import fresh, rolled_back_after
from tests.factories.pages import french_home, translated_home, translation_of
from tests.services_directory.conftest import directory_pages, web_cafe_in_schifflange


def portuguese(message: str) -> str:
    with translation.override("pt"):
        return translation.gettext(message)


def head(html: str) -> str:
    return html.split("</head>")[0]


@pytest.fixture(scope="class")
def _portuguese_site(django_db_setup, django_db_blocker):
    with rolled_back_after(django_db_blocker):
        directory = directory_pages()
        service = web_cafe_in_schifflange()
        care = CareRequestPage(title="Demander de l'aide", slug="demander-de-l-aide")
        french_home().add_child(instance=care)
        care.save_revision().publish()
        care_pt = translation_of(care, "pt", title="Pedir ajuda em casa", slug="pedir-ajuda")
        yield {"directory": directory, "service": service, "care": care, "care_pt": care_pt}


@pytest.fixture
def site(db, _portuguese_site):
    return fresh(_portuguese_site)


@pytest.mark.django_db
class PortugueseSiteTests:
    def service_url(self, client) -> str:
        html = client.get("/pt/servicos/", {"commune": "schifflange"}).content.decode()
        return re.search(r'href="(/pt/servicos/service/[^"?]*)', html).group(1)

    def test_portuguese_is_a_site_language_with_a_content_locale(self):
        assert ("pt", "Português") in settings.LANGUAGES
        assert Locale.objects.filter(language_code="pt").exists()

    def test_home_directory_service_and_care_form_answer_in_portuguese(self, client, site):
        pages = {
            "/pt/": portuguese("Choose a language"),
            "/pt/servicos/": portuguese("What are you looking for?"),
            self.service_url(client): "Ajuda com o computador.",
            "/pt/pedir-ajuda/": portuguese("Who needs help?"),
        }
        for url, text in pages.items():
            response = client.get(url)
            html = response.content.decode()
            assert response.status_code == 200, url
            assert '<html lang="pt" dir="ltr">' in html, url
            assert text in html, url
            assert "Ir para o conteúdo principal" in html, url
            assert re.search(rf'<link rel="alternate" hreflang="pt" href="http://testserver{re.escape(url)}">', html)
            assert 'hreflang="fr"' in head(html), url

    def test_the_portuguese_interface_is_not_left_in_english(self, client, site):
        html = client.get("/pt/servicos/").content.decode()
        assert "O que procura?" in html
        for english in ("What are you looking for?", "Skip to main content", "Choose a language"):
            assert english not in html

    def test_every_page_of_the_other_languages_points_to_its_portuguese_version(self, client, site):
        html = client.get("/de/dienste/").content.decode()
        assert '<link rel="alternate" hreflang="pt" href="http://testserver/pt/servicos/">' in head(html)
        switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
        assert '<a href="/pt/servicos/" lang="pt" hreflang="pt">Português</a>' in switcher

    def test_site_search_answers_in_portuguese(self, client, site):
        response = client.get("/pt/pesquisa/", {"q": "computador"})
        assert response.status_code == 200
        html = response.content.decode()
        assert '<html lang="pt"' in html
        assert "Pesquisa: computador" in html

    def test_a_portuguese_browser_is_sent_to_the_portuguese_site(self, client):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE="pt-PT,pt;q=0.9,fr;q=0.5")
        assert response["Location"] == "/pt/"


ARABIC = [*settings.LANGUAGES, ("ar", "العربية")]


@pytest.mark.django_db
class RightToLeftTests:
    """A sixth language written right to left, added as the README describes: the settings, then ``migrate``."""

    @pytest.fixture
    def arabic(self):
        with override_settings(LANGUAGES=ARABIC, WAGTAIL_CONTENT_LANGUAGES=ARABIC):
            assert content_locales_create() == ["ar"]
            yield translated_home("ar")
        get_supported_content_language_variant.cache_clear()

    def test_pages_in_a_right_to_left_language_are_laid_out_right_to_left(self, client, arabic):
        html = client.get("/ar/").content.decode()
        assert '<html lang="ar" dir="rtl">' in html
        assert '<link rel="alternate" hreflang="ar" href="http://testserver/ar/">' in head(html)
        assert '<html lang="fr" dir="ltr">' in client.get("/fr/").content.decode()

    def test_error_pages_follow_the_direction_too(self, client, arabic):
        response = client.get("/ar/no-such-page/")
        assert response.status_code == 404
        assert '<html lang="ar" dir="rtl">' in response.content.decode()
