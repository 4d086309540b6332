"""The translation dashboard: where each page and directory record stands in each language."""

import re

import polib
import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.models import PortalDocument, StandardPage
from pci_guide.models import DocumentType, GuideDocument
from services_directory.models import Service
from tests.factories.directory import ServiceFactory, TaxonomyTermFactory
from tests.factories.pages import add_standard_page, french_home, make_user, translated_home

DASHBOARD = "/admin/translations/"


@pytest.fixture
def german_home(db):
    return translated_home("de")


def in_english(user):
    """The admin follows each user's preferred language; these users read it in English."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def request_translation(obj, language: str, *, publish: bool = True) -> Translation:
    """As a translator would: submit ``obj`` for translation into ``language`` (wagtail-localize copies it)."""
    source, _created = TranslationSource.get_or_create_from_instance(obj)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=Locale.objects.get(language_code=language)
    )
    translation.save_target(publish=publish)
    return translation


def translate_segments(translation: Translation, *, leave: int = 0) -> None:
    """Translate every string segment of ``translation`` but the last ``leave``, as in the translation editor."""
    segments = list(StringSegment.objects.filter(source=translation.source).order_by("order"))
    for segment in segments[: len(segments) - leave]:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": f"DE {segment.string.data}", "translation_type": "manual"},
        )


def rows(content: str) -> dict[tuple[str, str], dict[str, str]]:
    """The dashboard's rows by (object, language): state, progress text and action link."""
    found = {}
    for match in re.finditer(
        r'<tr data-object="([^"]+)" data-language="([^"]+)" data-state="([^"]+)">(.*?)</tr>', content, re.S
    ):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", match.group(4), re.S)
        found[(match.group(1), match.group(2))] = {
            "state": match.group(3),
            "progress": re.sub(r"\s+", " ", cells[-2]).strip(),
            "link": re.search(r'href="([^"]+)"', cells[-1]).group(1),
            "html": match.group(4),
        }
    return found


def row(client, obj, language: str, query: str = "") -> dict[str, str]:
    content = client.get(f"{DASHBOARD}?{query}").content.decode()
    return rows(content)[(object_key(obj), language)]


def object_key(obj) -> str:
    label = "wagtailcore.page" if isinstance(obj, Page) else obj._meta.label_lower
    return f"{label}:{obj.pk}"


@pytest.mark.django_db
class TranslationStateTests:
    @pytest.fixture
    def translator(self, client, django_user_model):
        client.force_login(in_english(make_user(django_user_model, "tom", "Translators")))
        return client

    def test_a_page_never_translated_is_missing_with_a_link_to_translate_it(self, translator, german_home):
        page = add_standard_page(french_home(), title="Horaires", slug="horaires")
        for language in ("de", "lb", "en"):
            found = row(translator, page, language)
            assert found["state"] == "missing"
            assert found["link"] == reverse("wagtail_localize:submit_page_translation", args=[page.pk])
            assert "Missing" in found["html"]

    def test_a_requested_translation_is_in_progress_with_wagtail_localizes_segment_counts(
        self, translator, german_home, django_capture_on_commit_callbacks
    ):
        page = add_standard_page(french_home(), title="Horaires", slug="horaires")
        with django_capture_on_commit_callbacks(execute=True):
            translation = request_translation(page, "de")
        total, translated = translation.get_progress()
        assert total > 1 and translated == 0

        found = row(translator, page, "de")
        assert found["state"] == "in-progress"
        assert found["progress"] == f"0 of {total}"
        german = page.get_translation(Locale.objects.get(language_code="de"))
        assert found["link"] == reverse("wagtailadmin_pages:edit", args=[german.pk])

        translate_segments(translation, leave=1)
        assert translation.get_progress() == (total, total - 1)
        found = row(translator, page, "de")
        assert (found["state"], found["progress"]) == ("in-progress", f"{total - 1} of {total}")

    def test_up_to_date_only_once_every_segment_is_translated_and_published(
        self, translator, german_home, django_capture_on_commit_callbacks
    ):
        page = add_standard_page(french_home(), title="Horaires", slug="horaires")
        translation = request_translation(page, "de", publish=False)
        translate_segments(translation)
        # Every string is translated, but nothing has been saved into the German page yet.
        assert row(translator, page, "de")["state"] == "not-published"

        translation.save_target(publish=False)
        german = StandardPage.objects.get(translation_key=page.translation_key, locale__language_code="de")
        assert german.title == "DE Horaires"
        assert row(translator, page, "de")["state"] == "not-published"

        with django_capture_on_commit_callbacks(execute=True):
            german.get_latest_revision().publish()
        found = row(translator, page, "de")
        total, translated = translation.get_progress()
        assert (found["state"], found["progress"]) == ("up-to-date", f"{total} of {total}")
        assert "Up to date" in found["html"]

        # A newer German draft waiting for moderation is not published yet.
        german.refresh_from_db()
        german.title = "DE Horaires (brouillon)"
        german.save_revision()
        assert row(translator, page, "de")["state"] == "not-published"

    def test_a_published_change_to_the_source_needs_an_update_and_a_draft_save_does_not(
        self, translator, german_home, django_capture_on_commit_callbacks
    ):
        page = add_standard_page(french_home(), title="Horaires", slug="horaires")
        translation = request_translation(page, "de")
        translate_segments(translation)
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
        assert row(translator, page, "de")["state"] == "up-to-date"

        page.refresh_from_db()
        page.intro = "Nouveaux horaires à partir de janvier"
        page.save_revision()  # a draft: nothing published changed
        assert row(translator, page, "de")["state"] == "up-to-date"

        page.get_latest_revision().publish()
        total, translated = translation.get_progress()
        found = row(translator, page, "de")
        assert found["state"] == "needs-update"
        assert "Needs update" in found["html"]
        assert found["progress"] == f"{translated} of {total}"
        assert found["link"] == reverse("wagtail_localize:update_translations", args=[translation.source.pk])

    def test_after_a_sync_the_new_segment_keeps_the_translation_in_progress_until_translated_and_published(
        self, translator, german_home, django_capture_on_commit_callbacks
    ):
        page = add_standard_page(french_home(), title="Horaires", slug="horaires")
        translation = request_translation(page, "de")
        translate_segments(translation)
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
        page.refresh_from_db()
        page.intro = "Nouveaux horaires à partir de janvier"
        page.save_revision().publish()

        # "Sync translated pages" without publishing: wagtail-localize takes in the new French text.
        translation.source.update_from_db()
        total, translated = translation.get_progress()
        assert translated == total - 1
        found = row(translator, page, "de")
        assert (found["state"], found["progress"]) == ("in-progress", f"{total - 1} of {total}")

        translate_segments(translation)
        assert row(translator, page, "de")["state"] == "not-published"  # the German page still has the old text
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
        assert row(translator, page, "de")["state"] == "up-to-date"

    def test_an_unpublished_translation_is_not_published(
        self, translator, german_home, django_capture_on_commit_callbacks
    ):
        page = add_standard_page(french_home(), title="Horaires", slug="horaires")
        translation = request_translation(page, "de")
        translate_segments(translation)
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
        page.get_translation(Locale.objects.get(language_code="de")).unpublish()
        assert row(translator, page, "de")["state"] == "not-published"

    def test_the_counts_are_wagtail_localizes_own(self, translator, german_home, django_capture_on_commit_callbacks):
        pages = [add_standard_page(french_home(), title=f"Page {n}", slug=f"page-{n}") for n in range(3)]
        translations = []
        with django_capture_on_commit_callbacks(execute=True):
            for number, page in enumerate(pages):
                for language in ("de", "en"):
                    translation = request_translation(page, language)
                    translate_segments(translation, leave=number)
                    translations.append((page, translation))
        content = rows(translator.get(DASHBOARD).content.decode())
        for page, translation in translations:
            total, translated = translation.get_progress()
            assert content[(object_key(page), translation.target_locale.language_code)]["progress"] == (
                f"{translated} of {total}"
            )


@pytest.mark.django_db
class TranslatableSnippetTests:
    def test_directory_records_are_listed_and_translated_through_wagtail_localize(self, client, django_user_model):
        client.force_login(in_english(make_user(django_user_model, "ada", superuser=True)))
        term = TaxonomyTermFactory(code="aide-a-domicile", name="Aide à domicile")
        found = row(client, term, "de")
        assert found["state"] == "missing"
        assert found["link"] == reverse(
            "wagtail_localize:submit_snippet_translation", args=["services_directory", "taxonomyterm", term.pk]
        )
        assert "Categories" in found["html"]

        translation = request_translation(term, "de")
        assert row(client, term, "de")["state"] == "in-progress"
        translate_segments(translation)
        assert row(client, term, "de")["state"] == "not-published"
        translation.save_target()
        found = row(client, term, "de")
        assert found["state"] == "up-to-date"
        german = term.get_translation(Locale.objects.get(language_code="de"))
        assert found["link"] == reverse("wagtailsnippets_services_directory_taxonomyterm:edit", args=[german.pk])

        term.description = "Une autre description."
        term.save()
        assert row(client, term, "de")["state"] == "needs-update"


@pytest.mark.django_db
class FilterTests:
    @pytest.fixture
    def site(self, client, django_user_model, german_home, django_capture_on_commit_callbacks):
        client.force_login(in_english(make_user(django_user_model, "edith", "Editors", superuser=True)))
        home = french_home()
        services = add_standard_page(home, title="Services", slug="services")
        care = add_standard_page(services, title="Soins", slug="soins")
        news = add_standard_page(home, title="Actualités", slug="actualites")
        term = TaxonomyTermFactory(code="transport", name="Transport")
        with django_capture_on_commit_callbacks(execute=True):
            translation = request_translation(care, "de")
            translate_segments(translation)
            translation.save_target(publish=True)
        return {"home": home, "services": services, "care": care, "news": news, "term": term}

    def listed(self, client, query: str) -> set[tuple[str, str]]:
        return set(rows(client.get(f"{DASHBOARD}?{query}").content.decode()))

    def test_by_language(self, client, site):
        found = self.listed(client, "language=de")
        assert found and {language for _key, language in found} == {"de"}
        assert (object_key(site["news"]), "de") in found

    def test_by_state(self, client, site):
        up_to_date = self.listed(client, "state=up-to-date") - {(object_key(site["home"]), "de")}
        assert up_to_date == {(object_key(site["care"]), "de")}
        missing = self.listed(client, "state=missing")
        assert (object_key(site["care"]), "en") in missing
        assert (object_key(site["care"]), "de") not in missing

    def test_by_section_a_branch_of_the_page_tree(self, client, site):
        found = self.listed(client, f"section=page:{site['services'].pk}")
        assert {key for key, _language in found} == {object_key(site["services"]), object_key(site["care"])}

    def test_by_section_a_kind_of_record(self, client, site):
        found = self.listed(client, "section=snippet:services_directory.taxonomyterm")
        assert {key for key, _language in found} == {object_key(site["term"])}

    def test_all_filters_together(self, client, site):
        found = self.listed(client, f"language=en&state=missing&section=page:{site['services'].pk}")
        assert found == {(object_key(site["services"]), "en"), (object_key(site["care"]), "en")}

    def test_the_filter_drawer_offers_the_languages_states_and_sections(self, client, site):
        content = client.get(DASHBOARD).content.decode()
        for choice in ('value="lb"', 'value="needs-update"', f'value="page:{site["news"].pk}"', "Categories"):
            assert choice in content
        assert 'value="fr"' not in content  # the source language is not a target

    def test_counts_per_language(self, client, site):
        content = client.get(f"{DASHBOARD}?section=page:{site['services'].pk}").content.decode()
        summary = content.split("translation-overview__summary")[1].split("</table>")[0]
        german = summary.split('data-language="de"')[1].split("</tr>")[0]
        assert re.search(r'data-state="up-to-date">\s*<a href="[^"]*state=up-to-date[^"]*">1</a>', german)
        assert re.search(r'data-state="missing">\s*<a [^>]*>1</a>', german)
        english = summary.split('data-language="en"')[1].split("</tr>")[0]
        assert re.search(r'data-state="missing">\s*<a [^>]*>2</a>', english)

    def test_the_filter_drawer_refreshes_the_results_alone(self, client, site):
        response = client.get(reverse("translation_overview_results") + "?language=lb")
        content = response.content.decode()
        assert response.status_code == 200
        assert "<html" not in content
        assert {language for _key, language in rows(content)} == {"lb"}

    def test_an_unknown_filter_value_is_refused_without_an_error(self, client, site):
        response = client.get(f"{DASHBOARD}?state=finished&language=xx")
        assert response.status_code == 200

    def test_languages_come_from_the_settings(self, client, site):
        Locale.objects.get_or_create(language_code="pt")
        languages = [
            ("fr", "Français"),
            ("de", "Deutsch"),
            ("lb", "Lëtzebuergesch"),
            ("en", "English"),
            ("pt", "Português"),
        ]
        with override_settings(WAGTAIL_CONTENT_LANGUAGES=languages, LANGUAGES=languages):
            found = self.listed(client, "")
        assert (object_key(site["care"]), "pt") in found
        assert {language for _key, language in found} == {"de", "lb", "en", "pt"}


@pytest.mark.django_db
class SpeedTests:
    def test_the_number_of_queries_does_not_grow_with_the_pages(
        self, client, django_user_model, german_home, django_capture_on_commit_callbacks
    ):
        client.force_login(make_user(django_user_model, "ada", superuser=True))
        home = french_home()

        def add_translated_pages(start: int, count: int):
            with django_capture_on_commit_callbacks(execute=True):
                for number in range(start, start + count):
                    page = add_standard_page(home, title=f"Page {number}", slug=f"page-{number}")
                    for language in ("de", "en"):
                        translation = request_translation(page, language)
                        translate_segments(translation, leave=number % 2)
                    TaxonomyTermFactory(code=f"term-{number}")
                    document = GuideDocument.objects.create(
                        title=f"Guide {number}",
                        document_type=DocumentType.choices[0][0],
                        file=PortalDocument.objects.create(
                            title=f"Guide {number}", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name=f"g{number}.pdf")
                        ),
                    )
                    request_translation(document, "de")

        def queries() -> int:
            with CaptureQueriesContext(connection) as captured:
                assert client.get(DASHBOARD).status_code == 200
            return len(captured.captured_queries)

        add_translated_pages(0, 2)
        queries()  # the first request also fills per-process caches (content types, permissions)
        few = queries()
        add_translated_pages(2, 8)
        assert queries() == few
        assert few < 60


@pytest.mark.django_db
class AccessTests:
    @pytest.mark.parametrize("group", ["Editors", "Moderators", "Translators"])
    def test_the_editorial_groups_see_it(self, client, django_user_model, group):
        client.force_login(make_user(django_user_model, f"user-{group}", group))
        response = client.get(DASHBOARD)
        assert response.status_code == 200
        assert 'data-language="de"' in response.content.decode()

    def test_anonymous_visitors_are_sent_to_the_login(self, client, db):
        response = client.get(DASHBOARD)
        assert response.status_code == 302
        assert reverse("wagtailadmin_login") in response["Location"]

    def test_the_helpdesk_cannot_see_it(self, client, django_user_model):
        client.force_login(make_user(django_user_model, "hugo", "Helpdesk"))
        response = client.get(DASHBOARD)
        assert response.status_code in (302, 403)
        assert "data-state" not in response.content.decode()

    def test_records_only_of_the_kinds_the_user_may_open(self, client, django_user_model):
        client.force_login(make_user(django_user_model, "tom", "Translators"))
        content = client.get(DASHBOARD).content.decode()
        assert "snippet:care_requests." not in content  # the helpdesk's canned replies are not theirs


@pytest.mark.django_db
class AdminLanguageTests:
    @pytest.mark.parametrize(
        ("language", "words"),
        [
            ("fr", ["Manquante", "Que signifient les états ?", "Nombre par langue", "Traduire"]),
            ("de", ["Fehlt", "Was die Stände bedeuten", "Anzahl pro Sprache", "Übersetzen"]),
            ("lb", ["Feelt", "Stänn bedeiten", "Zuel pro Sprooch", "Iwwersetzen"]),
        ],
    )
    def test_the_dashboard_speaks_the_editors_language(self, client, django_user_model, language, words):
        editor = make_user(django_user_model, f"editor-{language}", "Editors")
        profile = UserProfile.get_for_user(editor)
        profile.preferred_language = language
        profile.save()
        add_standard_page(french_home(), title="Horaires", slug="horaires")
        client.force_login(editor)
        content = client.get(DASHBOARD).content.decode()
        for word in words:
            assert word in content


@pytest.mark.django_db
class DirectoryServiceTests:
    """A service has drafts and a live version, like a page."""

    def test_a_service_from_missing_to_up_to_date_and_back_to_needs_update(
        self, client, django_user_model, django_capture_on_commit_callbacks
    ):
        client.force_login(in_english(make_user(django_user_model, "ada", superuser=True)))
        service = ServiceFactory(name="Repas sur roues", description="Des repas livrés à domicile.")
        service.save_revision().publish()
        found = row(client, service, "de")
        assert found["state"] == "missing"
        assert found["link"] == reverse(
            "wagtail_localize:submit_snippet_translation", args=["services_directory", "service", service.pk]
        )

        with django_capture_on_commit_callbacks(execute=True):
            organisation = request_translation(service.organization, "de")
            translate_segments(organisation)
            organisation.save_target(publish=True)
            translation = request_translation(service, "de", publish=False)
        total, translated = translation.get_progress()
        assert row(client, service, "de")["progress"] == f"{translated} of {total}"
        assert row(client, service, "de")["state"] == "in-progress"

        translate_segments(translation)
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=False)
        german = Service.objects.get(translation_key=service.translation_key, locale__language_code="de")
        assert german.name == "DE Repas sur roues"
        assert row(client, service, "de")["state"] == "not-published"
        assert row(client, service, "de")["link"] == reverse(
            "wagtailsnippets_services_directory_service:edit", args=[german.pk]
        )

        with django_capture_on_commit_callbacks(execute=True):
            german.get_latest_revision().publish()
        assert row(client, service, "de")["state"] == "up-to-date"

        service.refresh_from_db()
        service.description = "Des repas chauds livrés à domicile, sept jours sur sept."
        service.save_revision()  # a draft of the French record
        assert row(client, service, "de")["state"] == "up-to-date"

        service.refresh_from_db()  # the live version, not the draft
        service.email = "repas@cigl.example"  # a fact: the directory copies it into every language
        with django_capture_on_commit_callbacks(execute=True):
            service.save_revision().publish()
        assert Service.objects.get(pk=german.pk).email == "repas@cigl.example"
        assert row(client, service, "de")["state"] == "up-to-date"

        service.refresh_from_db()
        service.description = "Des repas chauds livrés à domicile, sept jours sur sept."
        with django_capture_on_commit_callbacks(execute=True):
            service.save_revision().publish()
        # Publishing a French service also refreshes wagtail-localize's copy of it, to share its facts with
        # every language (services_directory/translation.py): the new text is an untranslated segment at once.
        found = row(client, service, "de")
        assert (found["state"], found["progress"]) == ("in-progress", f"{total - 1} of {total}")

        translate_segments(translation)
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
        assert row(client, service, "de")["state"] == "up-to-date"


@pytest.mark.django_db
class DashboardJourneyTests:
    def test_following_the_dashboards_links_from_missing_to_up_to_date_and_back(
        self, client, django_user_model, german_home, django_capture_on_commit_callbacks
    ):
        """A translator works from the dashboard; then the French page changes and is synchronised."""
        translator = in_english(make_user(django_user_model, "tina", "Translators", "Moderators"))
        editor = make_user(django_user_model, "ada", superuser=True)
        page = add_standard_page(french_home(), title="Nos services", slug="nos-services")
        client.force_login(translator)

        found = row(client, page, "de")
        assert found["state"] == "missing"
        german = Locale.objects.get(language_code="de")
        assert client.post(found["link"], {"locales": [german.pk]}).status_code == 302

        translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=german)
        total, _translated = translation.get_progress()
        found = row(client, page, "de")
        assert (found["state"], found["progress"]) == ("in-progress", f"0 of {total}")
        assert client.get(found["link"]).status_code == 200  # the translation editor

        po = polib.pofile(
            client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).content.decode()
        )
        for entry in po:
            entry.msgstr = f"DE {entry.msgid}"
        client.post(
            reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
            {"file": SimpleUploadedFile("de.po", po.__unicode__().encode(), "text/x-gettext-translation")},
        )
        found = row(client, page, "de")
        assert (found["state"], found["progress"]) == ("not-published", f"{total} of {total}")

        with django_capture_on_commit_callbacks(execute=True):
            assert client.post(found["link"], {"action": "publish"}).status_code == 302
        assert row(client, page, "de")["state"] == "up-to-date"

        client.force_login(editor)
        edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
        french = {
            "title": "Nos services",
            "slug": "nos-services",
            "intro": "Tout ce que nous faisons.",
            "body-count": "0",
            "easy_read-count": "0",
        }
        assert client.post(edit, french).status_code == 302  # saved as a draft
        client.force_login(translator)
        assert row(client, page, "de")["state"] == "up-to-date"

        client.force_login(editor)
        with django_capture_on_commit_callbacks(execute=True):
            assert client.post(edit, {**french, "action-publish": "1"}).status_code == 302
        client.force_login(translator)
        found = row(client, page, "de")
        assert (found["state"], found["progress"]) == ("needs-update", f"{total} of {total}")
        assert client.get(found["link"]).status_code == 200  # wagtail-localize's "Sync translated pages"

        assert client.post(found["link"], {}).status_code == 302
        found = row(client, page, "de")
        assert (found["state"], found["progress"]) == ("in-progress", f"{total - 1} of {total}")
