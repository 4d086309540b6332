"""With the page cache on, each change an editor makes to public content shows on the next anonymous visit,
and changes that publish nothing keep the cached pages."""

import io
from unittest import mock

import pytest
from django.apps import apps
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone, translation
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.snippets.models import get_snippet_models

from home.models import NewsPage, PortalDocument, SiteSettings
from portal import caching
from portal.cache_registry import INVALIDATES, NOT_PUBLIC, scopes_for
from portal.wagtail_hooks import warn_when_the_site_was_not_refreshed
from tests.factories.pages import news_image
from tests.home.test_renditions import png

pytestmark = pytest.mark.django_db

HEADER = "X-Page-Cache"
PROJECT_APPS = ("home", "geography", "services_directory", "pci_guide", "care_requests", "site_search", "portal")


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300


def cached_twice(client, url: str):
    client.get(url)
    response = client.get(url)
    assert response[HEADER] == "hit"
    return response


class RegistryTests:
    def public_models(self):
        """Every model of the project's apps, every snippet and setting, images, documents, renditions."""
        models = {model for model in apps.get_models() if model._meta.app_label in PROJECT_APPS}
        models |= set(get_snippet_models())
        models |= {model for model in apps.get_models() if issubclass(model, BaseSiteSetting | BaseGenericSetting)}
        image_model = get_image_model()
        models |= {image_model, image_model.get_rendition_model(), PortalDocument}
        return models

    def test_every_model_is_classified(self):
        unclassified = sorted(
            model._meta.label
            for model in self.public_models()
            if scopes_for(model) is None and model._meta.label not in NOT_PUBLIC
        )
        assert unclassified == [], "add these models to portal.cache_registry (INVALIDATES or NOT_PUBLIC)"

    def test_a_model_left_out_is_reported(self):
        with mock.patch.dict(INVALIDATES, clear=False):
            del INVALIDATES["pci_guide.CommuneProgress"]
            assert scopes_for(apps.get_model("pci_guide.CommuneProgress")) is None

    def test_registry_names_real_models_and_scopes(self):
        for label, scopes in INVALIDATES.items():
            apps.get_model(label)
            assert set(scopes) <= caching.SCOPES.keys(), label
        for label in NOT_PUBLIC:
            apps.get_model(label)


class PageChangeTests:
    def test_a_draft_or_a_revision_purges_nothing(self, client, site_pages, page_cache):
        page = site_pages["fr"]["standard"]
        cached_twice(client, page.url)
        page.title = "Brouillon pas encore publié"
        page.save_revision()
        response = client.get(page.url)
        assert response[HEADER] == "hit"
        assert "Brouillon pas encore publié" not in response.text

    def test_a_new_view_restriction_takes_the_page_out_of_the_cache_at_once(self, client, site_pages, page_cache):
        page = site_pages["fr"]["standard"]
        cached_twice(client, page.url)
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
        response = client.get(page.url)
        assert response.status_code == 302
        assert page.title not in client.get("/fr/").text, "the menu no longer links to it"

    def test_site_settings_show_on_the_next_visit(self, client, site_pages, page_cache):
        cached_twice(client, "/de/")
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        site_settings.phone = "+352 247 12345"
        site_settings.save()
        response = client.get("/de/")
        assert response[HEADER] == "miss"
        assert "+352 247 12345" in response.text

    def test_a_replaced_image_file_shows_on_the_next_visit(self, client, site_pages, page_cache):
        image = get_image_model().objects.create(
            title="Web café", file=ImageFile(io.BytesIO(png(400, 200)), name="cafe.png")
        )
        news = NewsPage.objects.get(pk=site_pages["fr"]["news"].pk)
        news.image = news_image(image)
        news.save_revision().publish()
        first = cached_twice(client, news.url)
        image.file = ImageFile(io.BytesIO(png(400, 200, "#a00")), name="cafe-rouge.png")
        image.save()
        response = client.get(news.url)
        assert response[HEADER] == "miss"
        assert response.text != first.text
        assert "cafe-rouge" in response.text

    def test_a_renamed_document_shows_on_the_next_visit(self, client, site_pages, page_cache):
        document = PortalDocument.objects.create(title="Guide PCI", file=ContentFile(b"%PDF-1.4", name="guide.pdf"))
        page = Page.objects.get(pk=site_pages["fr"]["standard"].pk).specific
        page.body = [("documents", {"title": "", "documents": [{"document": document, "title": ""}]})]
        page.save_revision().publish()
        cached_twice(client, page.url)
        document.title = "Guide pratique du PCI"
        document.save()
        response = client.get(page.url)
        assert response[HEADER] == "miss"
        assert "Guide pratique du PCI" in response.text


class PurgeFailureTests:
    def test_an_unreachable_cache_is_logged_and_reported_to_the_editor(self, caplog):
        caching.forget_failed_scopes()
        with mock.patch.object(caching.cache, "get_many", return_value={}):
            caching.invalidate([caching.PAGES])
        assert caching.take_failed_scopes() == {caching.PAGES}
        assert "Could not retire the cache scopes ['pages']" in caplog.text
        assert caching.take_failed_scopes() == set(), "reported once"

    def test_a_retirement_that_failed_is_retried_from_the_task_queue(self, settings):
        settings.TASKS = {
            "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": settings.TASK_QUEUES}
        }
        with mock.patch.object(caching.cache, "get_many", return_value={}):
            caching._retire({caching.DIRECTORY})
        (queued,) = caching.retry_invalidation.get_backend().results
        assert queued.args == [[caching.DIRECTORY], 1]
        assert queued.task.run_after > timezone.now()
        caching._retire({caching.DIRECTORY}, attempt=1)  # the cache is back: nothing more is queued
        assert len(caching.retry_invalidation.get_backend().results) == 1

    def test_the_editor_sees_a_warning_after_publishing(self, rf, site_pages):
        request = rf.post("/admin/pages/1/edit/")
        request.session = {}
        request._messages = FallbackStorage(request)
        caching.forget_failed_scopes()
        with mock.patch.object(caching.cache, "get_many", return_value={}):
            site_pages["fr"]["standard"].save_revision().publish()
        with translation.override("en"):
            warn_when_the_site_was_not_refreshed(request, site_pages["fr"]["standard"])
        assert any("the public site could not be refreshed" in str(message) for message in request._messages)


class BatchTests:
    def test_a_batch_retires_each_scope_once(self):
        with mock.patch.object(caching, "_retire") as retire:
            with caching.invalidation_batch():
                for _ in range(50):
                    caching.invalidate([caching.DIRECTORY, caching.PAGES])
            assert retire.call_count >= 1
            assert all(call.args[0] == {caching.DIRECTORY, caching.PAGES} for call in retire.call_args_list)
            assert retire.call_count <= 2, "now, and once more when the transaction commits"
