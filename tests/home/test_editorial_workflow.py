"""What editors, moderators and translators do in the admin."""

from datetime import timedelta
from unittest import mock

import polib
import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page, Workflow
from wagtail_localize.models import Translation

from home.models import StandardPage
from tests.factories.pages import add_standard_page, french_home, make_user, translated_home


@pytest.fixture
def german_home(db):
    return translated_home("de")


@pytest.mark.django_db
class GroupsTests:
    def test_the_editorial_groups_exist(self):
        from django.contrib.auth.models import Group

        names = set(Group.objects.values_list("name", flat=True))
        assert {"Editors", "Moderators", "Translators", "Helpdesk", "CIG staff"} <= names

    def test_every_page_is_under_the_moderation_workflow(self):
        page = add_standard_page(french_home(), title="Actualité", slug="actualite")
        workflow = page.get_workflow()
        assert isinstance(workflow, Workflow)
        assert workflow.active
        assert [task.specific.groups.first().name for task in workflow.tasks] == ["Moderators"]


@pytest.mark.django_db
class ModerationTests:
    def test_an_editors_change_goes_live_only_after_a_moderator_approves(self, client, django_user_model):
        editor = make_user(django_user_model, "edith", "Editors")
        moderator = make_user(django_user_model, "max", "Moderators")
        page = add_standard_page(french_home(), title="Horaires", slug="horaires")

        client.force_login(editor)
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        response = client.post(
            edit_url,
            {
                "title": "Horaires d’été",
                "slug": "horaires",
                "intro": "Nouveau",
                "easy_read-count": "0",
                "body-count": "0",
                "action-submit": "1",
            },
        )
        assert response.status_code == 302
        page.refresh_from_db()
        assert page.title == "Horaires"  # live version untouched
        assert client.get("/fr/horaires/").content.decode().count("Horaires d’été") == 0

        client.force_login(moderator)
        task_state = page.current_workflow_task_state
        response = client.post(
            reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]), {}
        )
        assert response.status_code in (200, 302)
        page.refresh_from_db()
        assert page.title == "Horaires d’été"
        assert "Horaires d’été" in client.get("/fr/horaires/").content.decode()


@pytest.mark.django_db
class ScheduledPublishingTests:
    def test_a_page_scheduled_in_the_past_is_published_by_the_scheduler(self, client):
        page = add_standard_page(french_home(), title="Bientôt", slug="bientot", publish=False)
        assert client.get("/fr/bientot/").status_code == 404
        page.go_live_at = timezone.now() + timedelta(hours=1)
        revision = page.save_revision()
        revision.publish()  # with a go-live date, publishing schedules rather than goes live
        page.refresh_from_db()
        assert not page.live
        call_command("publish_scheduled")
        page.refresh_from_db()
        assert not page.live

        # Two hours later, the scheduler (run every few minutes in production) publishes it.
        later = timezone.now() + timedelta(hours=2)
        with mock.patch("django.utils.timezone.now", return_value=later):
            call_command("publish_scheduled")
        page.refresh_from_db()
        assert page.live
        assert client.get("/fr/bientot/").status_code == 200


@pytest.mark.django_db
class TranslationJourneyTests:
    def test_a_translator_translates_a_new_page_into_german_and_publishes_it(
        self, client, django_user_model, german_home, django_capture_on_commit_callbacks
    ):
        translator = make_user(django_user_model, "tina", "Translators", "Moderators")
        page = add_standard_page(french_home(), title="Nos services", slug="nos-services")
        client.force_login(translator)

        german = Locale.objects.get(language_code="de")
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [german.pk]}
        )
        assert response.status_code == 302
        draft = page.get_translation(german)
        assert not draft.live

        translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=german)
        po = polib.pofile(
            client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).content.decode()
        )
        german_text = {"Nos services": "Unsere Dienste", "nos-services": "unsere-dienste"}
        for entry in po:
            entry.msgstr = german_text.get(entry.msgid, f"DE {entry.msgid}")
        upload = polib.pofile(po.__unicode__())
        from django.core.files.uploadedfile import SimpleUploadedFile

        client.post(
            reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
            {"file": SimpleUploadedFile("de.po", upload.__unicode__().encode(), "text/x-gettext-translation")},
        )
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]), {"action": "publish"})
        assert response.status_code == 302

        published = StandardPage.objects.get(pk=draft.pk)
        assert published.live
        assert published.title == "Unsere Dienste"
        answer = client.get("/de/unsere-dienste/")
        assert answer.status_code == 200
        assert "Unsere Dienste" in answer.content.decode()
        assert 'href="/de/unsere-dienste/"' in client.get("/fr/nos-services/").content.decode()


@pytest.mark.django_db
class TranslationOverviewTests:
    def test_the_overview_shows_missing_up_to_date_and_changed_translations(
        self, client, django_user_model, german_home, django_capture_on_commit_callbacks
    ):
        from wagtail_localize.models import TranslationSource

        translator = make_user(django_user_model, "tom", "Translators")
        home = french_home()
        translated = add_standard_page(home, title="Traduite", slug="traduite")
        untranslated = add_standard_page(home, title="Pas traduite", slug="pas-traduite")
        german = Locale.objects.get(language_code="de")
        source, _ = TranslationSource.get_or_create_from_instance(translated)
        with django_capture_on_commit_callbacks(execute=True):
            Translation.objects.create(source=source, target_locale=german).save_target(publish=True)

        client.force_login(translator)
        content = client.get(reverse("translation_overview")).content.decode()
        assert _cell(content, translated, "de") == "up-to-date"
        assert _cell(content, untranslated, "de") == "missing"
        assert _cell(content, translated, "en") == "missing"
        assert reverse("wagtail_localize:submit_page_translation", args=[untranslated.pk]) in content

        translated.title = "Traduite, puis modifiée"
        translated.save_revision().publish()
        content = client.get(reverse("translation_overview")).content.decode()
        assert _cell(content, translated, "de") == "source-changed"

    def test_people_outside_the_editorial_groups_cannot_see_it(self, client, django_user_model):
        helpdesk = make_user(django_user_model, "hugo", "Helpdesk")
        client.force_login(helpdesk)
        response = client.get(reverse("translation_overview"))
        assert response.status_code in (302, 403)
        assert "data-state" not in response.content.decode()


def _cell(content: str, page: Page, language: str) -> str:
    row = content.split(f'<a href="{reverse("wagtailadmin_pages:edit", args=[page.pk])}">{page.title}</a>')[1]
    row = row.split("</tr>")[0]
    return row.split(f'data-language="{language}" data-state="')[1].split('"')[0]


@pytest.mark.django_db
class MediaPermissionTests:
    @pytest.mark.parametrize("group", ["Editors", "Moderators"])
    def test_editors_can_upload_images_and_documents(self, client, django_user_model, group):
        client.force_login(make_user(django_user_model, f"user-{group}", group))
        assert client.get(reverse("wagtailimages:add")).status_code == 200
        assert client.get(reverse("wagtaildocs:add")).status_code == 200

    def test_translators_can_choose_but_not_upload(self, client, django_user_model):
        client.force_login(make_user(django_user_model, "trudi", "Translators"))
        assert client.get(reverse("wagtailimages_chooser:choose")).status_code == 200
        assert client.get(reverse("wagtailimages:add")).status_code != 200
