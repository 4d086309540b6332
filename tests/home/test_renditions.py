import io

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image as PILImage

from home.models import NewsIndexPage, NewsPage, PortalImage, PortalRendition
from tests.factories.pages import french_home, news_image

pytestmark = pytest.mark.django_db

NO_WORKER = override_settings(
    TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": settings.TASK_QUEUES}}
)


def png(width: int, height: int, colour: str = "#0b5") -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def image_save(width=1600, height=800) -> PortalImage:
    return PortalImage.objects.create(title="Web café", file=ImageFile(io.BytesIO(png(width, height)), name="cafe.png"))


def news_with(image: PortalImage) -> NewsPage:
    index = french_home().add_child(instance=NewsIndexPage(title="Actualités", slug="actualites"))
    news = index.add_child(
        instance=NewsPage(title="Un café en ligne", slug="cafe", intro="Ouverture", image=news_image(image))
    )
    news.save_revision().publish()
    return news


def shown_image(html: str) -> str:
    start = html.index('class="news-image" src="') + len('class="news-image" src="')
    return html[start : html.index('"', start)]


class RenditionTests:
    def test_saving_an_image_makes_the_renditions_the_pages_show(self, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            image = image_save()
        (rendition,) = image.renditions.all()
        assert rendition.filter_spec == "width-960|format-webp"
        assert (rendition.width, rendition.height) == (960, 480)
        assert rendition.file.name.endswith(".webp")

    def test_pages_show_the_rendition_and_never_make_one_while_rendering(
        self, client, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            image = image_save()
        news = news_with(image)
        html = client.get(news.url).content.decode()
        assert shown_image(html) == image.renditions.get().url
        assert 'width="960" height="480"' in html

    def test_an_image_whose_renditions_are_not_made_yet_is_shown_from_its_file(
        self, client, django_capture_on_commit_callbacks
    ):
        with NO_WORKER, django_capture_on_commit_callbacks(execute=True):
            image = image_save()
            news = news_with(image)
            response = client.get(news.url)
        assert response.status_code == 200
        assert shown_image(response.content.decode()) == image.file.url
        assert not PortalRendition.objects.exists()

    def test_a_new_file_uploaded_in_the_admin_gets_new_renditions(self, client, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            image = image_save()
        old = image.renditions.get()
        admin = get_user_model().objects.create_superuser("admin", "admin@example.lu", "a long enough passphrase")
        client.force_login(admin)
        upload = SimpleUploadedFile("portrait.png", png(600, 1200, "#a30"), content_type="image/png")
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("wagtailimages:edit", args=[image.pk]), {"title": "Portrait", "file": upload}
            )
        assert response.status_code == 302
        (rendition,) = image.renditions.all()
        assert rendition.pk != old.pk
        assert (rendition.width, rendition.height) == (600, 1200)
