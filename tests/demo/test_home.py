import re

import pytest
from django.apps import apps
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationLog

import demo.home
from demo.home import network, news
from demo.home.legal import ADDRESS, PHONE
from demo.toolkit import TARGET_LANGUAGES, T, ensure_child_page, translate
from home.blocks import ContentStreamBlock
from home.models import (
    FooterLink,
    HomePage,
    NewsIndexPage,
    NewsPage,
    PortalDocument,
    PortalImage,
    SiteSettings,
    StandardPage,
)
from tests.demo.site import DemoSite, load_demo_content
from tests.pdf_reader import TaggedPdf

HOME_PAGE_TYPES = ("homepage", "standardpage", "newsindexpage", "newspage")


def french_home_app_pages() -> list[Page]:
    """The pages the home app's demo builds: home-app pages not placed under another app's page."""
    home = HomePage.objects.get(locale__language_code="fr", depth=2)
    pages = list(Page.objects.descendant_of(home, inclusive=True).specific().order_by("path"))
    foreign_paths = [page.path for page in pages if page._meta.app_label != "home"]
    return [
        page
        for page in pages
        if page._meta.app_label == "home"
        and page._meta.model_name in HOME_PAGE_TYPES
        and not any(page.path.startswith(path) for path in foreign_paths)
    ]


def footer_titles(html: str) -> list[str]:
    footer = re.search(r'<ul class="site-footer__links">(.*?)</ul>', html, re.S).group(1)
    return re.findall(r'<a href="[^"]+">([^<]+)</a>', footer)


def database_state() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (
            Page,
            Revision,
            Translation,
            TranslationLog,
            StringTranslation,
            PortalImage,
            PortalDocument,
            FooterLink,
        )
    }


def prose(raw) -> set[str]:
    """The sentences in a StreamField's raw data (texts of three words or more)."""
    if isinstance(raw, dict):
        return set().union(*(prose(value) for key, value in raw.items() if key not in ("type", "id")))
    if isinstance(raw, list):
        return set().union(set(), *(prose(value) for value in raw))
    if isinstance(raw, str) and len(raw.split()) >= 3:
        return {raw}
    return set()


class DemoContentTests(DemoSite):
    def test_the_home_page_exists_in_the_five_languages_with_translated_titles(self):
        homes = {home.locale.language_code: home for home in HomePage.objects.live().select_related("locale")}

        assert sorted(homes) == ["de", "en", "fr", "lb", "pt"]
        assert [homes[language].title for language in ("fr", *TARGET_LANGUAGES)] == [
            "Accueil",
            "Startseite",
            "Haaptsäit",
            "Home",
            "Início",
        ]

    def test_every_home_app_page_is_a_published_wagtail_localize_translation_in_every_language(self):
        pages = french_home_app_pages()
        assert {page._meta.model_name for page in pages} == set(HOME_PAGE_TYPES)
        assert len(pages) == 11
        for page in pages:
            for language in TARGET_LANGUAGES:
                locale = Locale.objects.get(language_code=language)
                translated = page.get_translation_or_none(locale)
                assert translated is not None, f"{page} has no {language} translation"
                assert translated.live
                assert translated.alias_of_id is None
                assert translated.title != page.title, f"{page} has an untranslated {language} title"
                assert translated.slug != page.slug
                assert Translation.objects.filter(
                    source__object_id=page.translation_key, target_locale=locale, enabled=True
                ).exists(), f"{page} was not translated into {language} through wagtail-localize"

    def test_translated_pages_keep_the_french_tree_and_menu(self):
        for page in french_home_app_pages():
            for language in TARGET_LANGUAGES:
                translated = page.get_translation(Locale.objects.get(language_code=language))
                assert translated.get_parent().translation_key == page.get_parent().translation_key
                assert translated.show_in_menus == page.show_in_menus

    def test_no_french_sentence_is_left_in_the_translated_bodies(self):
        same_in_every_language = {ADDRESS, PHONE}
        pages = [page for page in french_home_app_pages() if isinstance(page, StandardPage | NewsPage)]
        assert len(pages) == 9
        for page in pages:
            french = prose(list(page.body.raw_data)) - same_in_every_language
            assert french
            for language in TARGET_LANGUAGES:
                translated = page.get_translation(Locale.objects.get(language_code=language)).specific
                left = french & prose(list(translated.body.raw_data))
                assert not left, f"{page} in {language} still has French text: {sorted(left)[:3]}"

    def test_every_shared_block_type_appears_in_the_demo_pages(self):
        used = set()
        for page in french_home_app_pages():
            for block in getattr(page, "body", []):
                used.add(block.block_type)

        assert used == set(ContentStreamBlock().child_blocks)

    def test_news_items_have_a_generated_image_with_a_description(self):
        items = NewsPage.objects.filter(locale__language_code="fr")

        assert items.count() == 4
        for item in items:
            assert item.date.year == 2026
            assert item.illustration is not None
            assert item.illustration.description
            assert item.illustration.file.name.endswith(".png")
            with item.illustration.open_file() as image_file:
                assert image_file.read(8) == b"\x89PNG\r\n\x1a\n"

    def test_every_demo_document_is_a_real_file_of_its_format(self):
        magic = {"pdf": b"%PDF-", "docx": b"PK\x03\x04"}
        documents = list(PortalDocument.objects.all())

        assert sum(document.file_extension == "pdf" for document in documents) >= 2
        for document in documents:
            with document.open_file() as document_file:
                assert document_file.read(5).startswith(magic[document.file_extension]), document.title

    def test_the_demo_pdfs_are_tagged_in_french_with_their_title(self):
        for spec in (network.DOCUMENT, news.WORKSHOP_DOCUMENT):
            document = PortalDocument.objects.get(title=spec["title"])
            with document.open_file() as document_file:
                pdf = TaggedPdf.read(document_file.read())

            assert pdf.marked, spec["title"]
            assert pdf.has_structure_tree
            assert pdf.language == "fr"
            assert pdf.title == spec["title"]
            assert pdf.structure_types.count("H1") == 1
            assert pdf.structure_types.count("P") == len(spec["paragraphs"])

    def test_site_settings_link_the_three_footer_pages(self):
        settings = SiteSettings.objects.get()

        assert settings.organisation_name == "Helpdesk Integratioun"
        assert settings.email.endswith(".example")
        assert [link.page.slug for link in settings.footer_links.all()] == [
            "accessibilite",
            "protection-des-donnees",
            "mentions-legales",
        ]
        footer_pages = [link.page for link in settings.footer_links.all()]
        assert not any(page.show_in_menus for page in footer_pages)

    @pytest.mark.parametrize(
        ("language", "titles"),
        [
            ("fr", ["Déclaration d'accessibilité", "Protection des données", "Mentions légales"]),
            ("de", ["Erklärung zur Barrierefreiheit", "Datenschutz", "Impressum"]),
            ("lb", ["Deklaratioun iwwer d'Accessibilitéit", "Dateschutz", "Impressum"]),
            ("en", ["Accessibility statement", "Privacy notice", "Legal notice"]),
            ("pt", ["Declaração de acessibilidade", "Aviso de privacidade", "Informações legais"]),
        ],
    )
    def test_footer_links_lead_to_the_pages_in_the_visitors_language(self, client, language, titles):
        response = client.get(f"/{language}/")

        assert response.status_code == 200
        html = response.content.decode().replace("&#x27;", "'")
        assert footer_titles(html) == titles
        for url in re.findall(r'<ul class="site-footer__links">.*?</ul>', html, re.S)[0].split('href="')[1:]:
            assert url.startswith(f"/{language}/")

    def test_entry_points_lead_to_the_other_apps_pages_in_the_same_language(self):
        installed = [model for app, model, _texts in demo.home.ENTRY_POINTS if model_exists(app, model)]
        for home_page in HomePage.objects.all():
            targets = [block.value["page"].specific for block in home_page.entry_points]
            assert [type(target).__name__ for target in targets] == installed
            # Rendered through ``.localized``: the visitor lands on the page in their language.
            for target in targets:
                assert target.get_translation(home_page.locale).live


def model_exists(app_label: str, model_name: str) -> bool:
    try:
        apps.get_model(app_label, model_name)
    except LookupError:
        return False
    return True


class DemoContentRerunTests(DemoSite):
    def test_a_second_run_changes_nothing(self):
        before = database_state()

        output = load_demo_content()

        assert database_state() == before
        assert "created" not in output and "translated" not in output and "updated" not in output

    def test_entry_points_found_on_a_later_run_update_the_translations(self, client, monkeypatch):
        news_index = NewsIndexPage.objects.get(locale__language_code="fr")
        texts = demo.home.ENTRY_POINTS[0][2]
        monkeypatch.setattr(demo.home, "ENTRY_POINTS", [*demo.home.ENTRY_POINTS, ("home", "NewsIndexPage", texts)])
        logs_before = TranslationLog.objects.count()

        load_demo_content()

        french = HomePage.objects.get(locale__language_code="fr")
        assert french.entry_points[-1].value["page"].pk == news_index.pk
        for language in TARGET_LANGUAGES:
            translated = french.get_translation(Locale.objects.get(language_code=language))
            assert translated.entry_points[-1].value["title"] == texts["title"][language]
            assert translated.live and not translated.has_unpublished_changes
        assert TranslationLog.objects.count() == logs_before + len(TARGET_LANGUAGES)
        luxembourgish_news = news_index.get_translation(Locale.objects.get(language_code="lb"))
        html = client.get("/lb/").content.decode()
        assert f'<a href="{luxembourgish_news.url}">E Service no bei mir fannen</a>' in html

        state = database_state()
        load_demo_content()
        assert database_state() == state


@pytest.mark.django_db
class HomePageTranslatedAfterOtherAppsTests:
    def test_a_page_another_app_translates_first_leaves_real_home_translations(self, settings, tmp_path):
        settings.MEDIA_ROOT = tmp_path
        log = []
        demo.home.load(log=log.append)
        french_home = demo.home.french_home()
        other_app_page, _ = ensure_child_page(
            french_home, StandardPage(title="Une page d'une autre application", slug="autre"), log=log.append
        )
        translate(
            other_app_page,
            {
                "title": T(
                    fr="Une page d'une autre application", de="Eine Seite", lb="Eng Säit", en="A page", pt="Uma página"
                ),
                "slug": T(fr="autre", de="andere", lb="aner", en="other", pt="outra"),
            },
            log=log.append,
        )
        german_home = french_home.get_translation(Locale.objects.get(language_code="de"))
        assert german_home.alias_of_id == french_home.pk

        demo.home.finish(log=log.append)

        for language, title in (("de", "Startseite"), ("lb", "Haaptsäit"), ("en", "Home"), ("pt", "Início")):
            locale = Locale.objects.get(language_code=language)
            translated = HomePage.objects.get(translation_key=french_home.translation_key, locale=locale)
            assert (translated.title, translated.alias_of_id, translated.live) == (title, None, True)
            assert Translation.objects.filter(source__object_id=french_home.translation_key, target_locale=locale)
            assert other_app_page.get_translation(locale).get_parent().pk == translated.pk
