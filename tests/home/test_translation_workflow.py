"""A translation goes through moderation: requested as a draft, translated, submitted, approved by a moderator."""

import io

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import resolve, reverse
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import Translation, TranslationLog, TranslationSource

from home.models import StandardPage
from home.views import ModeratedUpdateTranslationsView
from tests.factories.pages import add_standard_page, french_home, make_user, translated_home

GERMAN = {
    "Nos services": "Unsere Dienste",
    "nos-services": "unsere-dienste",
    "Introduction: Nos services": "Einführung: Unsere Dienste",
}


@pytest.fixture
def german(db):
    translated_home("de")
    return Locale.objects.get(language_code="de")


@pytest.fixture
def people(django_user_model):
    return {
        "translator": make_user(django_user_model, "tina", "Translators"),
        "moderator": make_user(django_user_model, "max", "Moderators"),
    }


def translate_segments(client, translation: Translation, texts: dict[str, str], *, leave_out: tuple[str, ...] = ()):
    """Translate ``translation`` as a translator would offline: download its PO file, fill it in, upload it."""
    po = polib.pofile(client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).content.decode())
    for entry in po:
        if entry.msgid not in leave_out:
            entry.msgstr = texts[entry.msgid]
    upload = SimpleUploadedFile("de.po", po.__unicode__().encode(), "text/x-gettext-translation")
    response = client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})
    assert response.status_code == 302


def request_german(client, page, german) -> tuple[StandardPage, Translation]:
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [german.pk]}
    )
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=german)
    return StandardPage.objects.get(pk=page.get_translation(german).pk), translation


def approve(client, obj, url_name: str):
    task_state = obj.current_workflow_task_state
    response = client.post(reverse(url_name, args=[obj.pk, "approve", task_state.pk]), {})
    assert response.status_code == 302


@pytest.mark.django_db
class PageTranslationModerationTests:
    def test_a_translator_submits_and_a_moderator_publishes(
        self, client, people, german, django_capture_on_commit_callbacks
    ):
        page = add_standard_page(french_home(), title="Nos services", slug="nos-services")
        client.force_login(people["translator"])

        with django_capture_on_commit_callbacks(execute=True):
            draft, translation = request_german(client, page, german)
        assert not draft.live
        assert draft.title == "Nos services"  # a draft copy in French, seen by nobody outside the admin
        assert client.get("/de/nos-services/").status_code == 404

        editor = client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()
        assert "&quot;canPublish&quot;: false" in editor
        assert 'data-review-state="draft"' in editor
        assert reverse("translation_submit", args=[translation.pk]) in editor

        translate_segments(client, translation, GERMAN, leave_out=("Introduction: Nos services",))
        response = client.post(reverse("translation_submit", args=[translation.pk]), follow=True)
        assert "1 sur 3 textes" in response.content.decode()  # the admin speaks French to this translator
        assert not WorkflowState.objects.exists()

        translate_segments(client, translation, GERMAN)
        response = client.post(reverse("translation_submit", args=[translation.pk]))
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[draft.pk])
        draft.refresh_from_db()
        assert draft.workflow_in_progress
        assert TranslationLog.objects.filter(source=translation.source, locale=german).latest("pk").revision_id == (
            draft.latest_revision_id
        )
        assert not draft.live
        assert client.get("/de/unsere-dienste/").status_code == 404
        editor = client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()
        assert 'data-review-state="in-moderation"' in editor
        assert 'value="approve"' not in editor  # translators do not approve

        client.force_login(people["moderator"])
        editor = client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()
        assert 'value="approve"' in editor
        with django_capture_on_commit_callbacks(execute=True):
            approve(client, draft, "wagtailadmin_pages:workflow_action")

        published = StandardPage.objects.get(pk=draft.pk)
        assert published.live
        assert (published.title, published.intro) == ("Unsere Dienste", "Einführung: Unsere Dienste")
        client.logout()
        answer = client.get("/de/unsere-dienste/")
        assert answer.status_code == 200
        assert "Einführung: Unsere Dienste" in answer.content.decode()

    def test_a_new_source_text_stays_out_of_the_live_translation_until_approved(
        self, client, people, german, django_capture_on_commit_callbacks
    ):
        page = add_standard_page(french_home(), title="Nos services", slug="nos-services")
        client.force_login(people["translator"])
        with django_capture_on_commit_callbacks(execute=True):
            draft, translation = request_german(client, page, german)
        translate_segments(client, translation, GERMAN)
        client.post(reverse("translation_submit", args=[translation.pk]))
        client.force_login(people["moderator"])
        with django_capture_on_commit_callbacks(execute=True):
            approve(client, draft, "wagtailadmin_pages:workflow_action")

        page.intro = "Nouveaux horaires"
        page.save_revision().publish()
        source = TranslationSource.objects.get(object_id=page.translation_key)
        sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
        assert resolve(sync_url).func.view_class is ModeratedUpdateTranslationsView

        client.force_login(people["translator"])
        form = client.get(sync_url).context["form"]
        assert form.fields["publish_translations"].disabled
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(sync_url, {"publish_translations": "on"})
        assert response.status_code == 302
        assert translation.get_progress() == (3, 2)  # the new French text is to be translated
        live = StandardPage.objects.get(pk=draft.pk)
        assert live.intro == "Einführung: Unsere Dienste"  # nothing published in French
        assert not live.has_unpublished_changes

        response = client.post(reverse("translation_submit", args=[translation.pk]))
        assert not StandardPage.objects.get(pk=draft.pk).workflow_in_progress

        translate_segments(client, translation, {**GERMAN, "Nouveaux horaires": "Neue Öffnungszeiten"})
        client.post(reverse("translation_submit", args=[translation.pk]))
        live = StandardPage.objects.get(pk=draft.pk)
        assert live.workflow_in_progress
        assert live.intro == "Einführung: Unsere Dienste"  # the submitted draft is not live yet
        assert "Neue Öffnungszeiten" not in client.get("/de/unsere-dienste/").content.decode()

        client.force_login(people["moderator"])
        with django_capture_on_commit_callbacks(execute=True):
            approve(client, live, "wagtailadmin_pages:workflow_action")
        assert StandardPage.objects.get(pk=draft.pk).intro == "Neue Öffnungszeiten"

    def test_a_moderator_may_still_publish_a_sync_at_once(self, client, people, german):
        page = add_standard_page(french_home(), title="Nos services", slug="nos-services")
        source, _ = TranslationSource.get_or_create_from_instance(page)
        client.force_login(people["moderator"])
        form = client.get(reverse("wagtail_localize:update_translations", args=[source.pk])).context["form"]
        assert not form.fields["publish_translations"].disabled

    def test_nobody_outside_the_page_permissions_may_submit(self, client, django_user_model, people, german):
        page = add_standard_page(french_home(), title="Nos services", slug="nos-services")
        client.force_login(people["translator"])
        _, translation = request_german(client, page, german)
        client.force_login(make_user(django_user_model, "hugo", "Helpdesk"))
        response = client.post(reverse("translation_submit", args=[translation.pk]))
        assert response.status_code in (302, 403)
        assert not WorkflowState.objects.exists()


@pytest.mark.django_db
class MediaTextTranslationTests:
    def test_a_news_images_alternative_text_is_translated_with_the_page(self, german):
        from django.core.files.images import ImageFile

        from home.models import NewsIndexPage, NewsPage, PortalImage
        from tests.factories.pages import news_image
        from tests.home.test_renditions import png

        image = PortalImage.objects.create(title="Café", file=ImageFile(io.BytesIO(png(40, 20)), "c.png"))
        index = french_home().add_child(instance=NewsIndexPage(title="Actualités", slug="actualites"))
        news = index.add_child(
            instance=NewsPage(title="Café", slug="cafe", intro="Ouvert", image=news_image(image, "Une tasse de café"))
        )
        source, _ = TranslationSource.get_or_create_from_instance(news)
        assert "Une tasse de café" in {segment.string.data for segment in source.stringsegment_set.all()}

        translation = Translation.objects.create(source=source, target_locale=german)
        po = translation.export_po()
        for entry in po:
            entry.msgstr = {"Une tasse de café": "Eine Tasse Kaffee"}.get(entry.msgid, f"DE {entry.msgid}")
        translation.import_po(po)
        translation.save_target(publish=False)
        german_news = news.get_translation(german).specific
        assert german_news.illustration.contextual_alt_text == "Eine Tasse Kaffee"
        assert german_news.illustration.pk == image.pk

    def test_a_documents_link_text_is_translated_with_the_page(
        self, client, german, django_capture_on_commit_callbacks
    ):
        from django.core.files.base import ContentFile

        from home.models import PortalDocument

        document = PortalDocument.objects.create(title="Rapport", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="r.pdf"))
        page = add_standard_page(french_home(), title="Rapports", slug="rapports")
        page.body = [("documents", {"title": "", "documents": [{"document": document, "title": "Rapport annuel"}]})]
        page.save_revision().publish()
        source, _ = TranslationSource.get_or_create_from_instance(page)
        translation = Translation.objects.create(source=source, target_locale=german)
        po = translation.export_po()
        for entry in po:
            entry.msgstr = {"Rapport annuel": "Jahresbericht"}.get(entry.msgid, f"DE {entry.msgid}")
        translation.import_po(po)
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)

        assert ">Rapport annuel</a>" in client.get("/fr/rapports/").content.decode()
        german_page = page.get_translation(german)
        assert ">Jahresbericht</a>" in client.get(german_page.url).content.decode()
