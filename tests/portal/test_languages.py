import re

import pytest
from django.conf import settings
from django.utils import translation

from tests.factories.pages import add_standard_page, french_home, translated_home

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def html_lang(response) -> str:
    return re.search(r'<html lang="([a-z-]+)"', response.content.decode()).group(1)


@pytest.mark.django_db
class RootRedirectTests:
    @pytest.mark.parametrize(
        ("accept_language", "expected"),
        [
            ("de-DE,de;q=0.9,en;q=0.5", "/de/"),
            ("lb", "/lb/"),
            ("en-GB,en;q=0.8", "/en/"),
            ("fr-LU", "/fr/"),
            ("pt-PT,pt;q=0.9", "/pt/"),
        ],
    )
    def test_root_redirects_by_the_browser_language(self, client, accept_language, expected):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
        assert response.status_code == 302
        assert response["Location"] == expected

    @pytest.mark.parametrize("accept_language", ["", "es-ES,es;q=0.9", "zz"])
    def test_root_falls_back_to_french(self, client, accept_language):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
        assert response["Location"] == "/fr/"

    def test_admin_is_outside_the_language_prefixes(self, client):
        assert client.get("/admin/login/").status_code == 200
        assert client.get("/fr/admin/login/").status_code == 404


@pytest.mark.django_db
class LanguageSwitcherTests:
    @pytest.fixture
    def tree(self):
        home = french_home()
        for language in LANGUAGES[1:]:
            translated_home(language)
        page = add_standard_page(home, title="Qui sommes-nous", slug="qui-sommes-nous")
        german = page.copy_for_translation(translation_get_locale("de"))
        german.title = "Wer wir sind"
        german.slug = "wer-wir-sind"
        german.save_revision().publish()
        return page

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_home_pages_answer_in_their_language(self, client, tree, language):
        response = client.get(f"/{language}/")
        assert response.status_code == 200
        assert html_lang(response) == language

    def test_switcher_goes_to_the_translation_of_the_same_page(self, client, tree):
        content = client.get("/fr/qui-sommes-nous/").content.decode()
        assert 'href="/de/wer-wir-sind/"' in content

    def test_switcher_falls_back_to_the_home_page_and_says_so(self, client, tree):
        content = client.get("/fr/qui-sommes-nous/").content.decode()
        assert 'href="/en/?translation=missing"' in content
        landing = client.get("/en/?translation=missing")
        assert "not available in this language yet" in landing.content.decode()

    def test_switcher_and_breadcrumbs_follow_publishing_at_once(self, client, tree):
        client.get("/fr/qui-sommes-nous/")  # the page's translations and trail are now in the cache
        german = tree.get_translation(translation_get_locale("de"))
        german.unpublish()
        content = client.get("/fr/qui-sommes-nous/").content.decode()
        assert 'href="/de/?translation=missing"' in content and "/de/wer-wir-sind/" not in content

        parent = add_standard_page(tree.get_parent(), title="Le réseau", slug="reseau")
        tree.move(parent, pos="last-child")
        moved = client.get("/fr/reseau/qui-sommes-nous/").content.decode()
        crumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', moved, re.DOTALL).group(0)
        assert 'href="/fr/reseau/">Le réseau</a>' in crumbs

    def test_the_fallback_notice_is_in_the_chosen_language(self, client, tree):
        landing = client.get("/de/?translation=missing").content.decode()
        with translation.override("de"):
            assert (
                translation.gettext(
                    "The page you were reading is not available in this language yet. Here is the home page instead."
                )
                in landing
            )
        assert "not available in this language yet" not in landing

    def test_hreflang_lists_the_translations_and_an_x_default(self, client, tree):
        content = client.get("/de/wer-wir-sind/").content.decode()
        assert '<link rel="alternate" hreflang="fr" href="http://testserver/fr/qui-sommes-nous/">' in content
        assert '<link rel="alternate" hreflang="de" href="http://testserver/de/wer-wir-sind/">' in content
        assert '<link rel="alternate" hreflang="x-default" href="http://testserver/fr/qui-sommes-nous/">' in content
        assert 'hreflang="en"' not in content.split("</head>")[0]

    def test_current_language_is_marked(self, client, tree):
        content = client.get("/de/wer-wir-sind/").content.decode()
        assert '<span class="language-switcher__current" aria-current="true" lang="de">Deutsch</span>' in content


def translation_get_locale(language):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=language)


@pytest.mark.django_db
class ErrorPageTests:
    @pytest.mark.parametrize(
        ("language", "title"),
        [
            ("fr", "Page introuvable"),
            ("de", "Seite nicht gefunden"),
            ("lb", "Säit net fonnt"),
            ("en", "Page not found"),
            ("pt", "Página não encontrada"),
        ],
    )
    def test_404_is_in_the_visitors_language(self, client, language, title):
        response = client.get(f"/{language}/no-such-page/")
        assert response.status_code == 404
        assert html_lang(response) == language
        assert title in response.content.decode()

    @pytest.mark.parametrize(
        ("language", "title"),
        [("fr", "Désolés"), ("de", "Entschuldigung"), ("lb", "Pardon"), ("en", "Sorry"), ("pt", "Lamentamos")],
    )
    def test_500_is_in_the_visitors_language_and_needs_no_database(self, rf, language, title):
        from portal.views import server_error

        with translation.override(language):
            response = server_error(rf.get(f"/{language}/"))
        assert response.status_code == 500
        assert html_lang(response) == language
        assert title in response.content.decode()


@pytest.mark.django_db
class MenuOrderTests:
    def test_the_menu_keeps_the_french_order_whatever_order_pages_were_translated_in(self, client):
        from wagtail.models import Locale

        home = french_home()
        german_home = translated_home("de")
        first = add_standard_page(home, title="Premier", slug="premier")
        second = add_standard_page(home, title="Second", slug="second")
        for page in (first, second):
            page.show_in_menus = True
            page.save_revision().publish()
        for page, title in ((second, "Zweite"), (first, "Erste")):  # translated in the wrong order
            copy = page.copy_for_translation(Locale.objects.get(language_code="de"))
            copy.title = title
            copy.save_revision().publish()
        german_home.refresh_from_db()
        assert german_home.get_children().first().title == "Zweite"

        menu = client.get("/de/").content.decode().split('class="main-menu"')[1]
        assert menu.index("Erste") < menu.index("Zweite")
