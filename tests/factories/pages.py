"""Page trees for tests: French pages published through a revision, and their translations.

``StandardPageFactory(parent=home, title="...")`` adds a page as an editor would, published unless
``live=False`` (then it is a saved draft). ``translation_of`` copies a page into another language
and publishes the copy, as wagtail-localize's sync would.
"""

import factory
import wagtail_factories
from django.conf import settings
from django.contrib.auth.models import Group
from wagtail.models import Locale

from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)


class PublishedPageFactory(wagtail_factories.PageFactory):
    """Adds the page under ``parent`` and saves a revision, published when the page is ``live``."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def revision(page, create, extracted, **kwargs):
        if not create:
            return
        revision = page.save_revision()
        if page.live:
            revision.publish()
        page.refresh_from_db()


class StandardPageFactory(PublishedPageFactory):
    class Meta:
        model = StandardPage

    intro = factory.LazyAttribute(lambda page: f"Introduction: {page.title}")


class NewsIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = NewsIndexPage


class NewsPageFactory(PublishedPageFactory):
    class Meta:
        model = NewsPage


def french_home() -> HomePage:
    return HomePage.objects.get(locale__language_code="fr", depth=2)


def translation_of(page, language: str, *, copy_parents: bool = False, **fields):
    """``page`` copied into ``language`` with ``fields`` changed, published, and read back."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=copy_parents)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return type(page).objects.get(pk=copy.pk)


def translated_home(language: str) -> HomePage:
    """The home page's copy in ``language`` (a plain copy, as wagtail-localize's sync would make)."""
    home = french_home()
    existing = home.get_translation_or_none(Locale.objects.get(language_code=language))
    if existing:
        return existing.specific
    return translation_of(home, language, title=f"Home {language}")


def add_standard_page(parent, *, title: str, slug: str, publish: bool = True) -> StandardPage:
    return StandardPageFactory(parent=parent, title=title, slug=slug, live=publish)


def site_in_every_language() -> dict[str, dict[str, object]]:
    """A standard page, a news index and one news item under the home page, in every site language.

    ``{language: {"home": page, "standard": page, "news_index": page, "news": page}}``; the pages
    in the other languages are published translations of the French ones.
    """
    home = french_home()
    standard = StandardPageFactory(parent=home, title="Accessibilité", slug="accessibilite", intro="Intro")
    news_index = NewsIndexPageFactory(parent=home, title="Actualités", slug="actualites")
    news = NewsPageFactory(parent=news_index, title="Un café en ligne", slug="cafe", intro="Ouverture")
    french = {"home": home, "standard": standard, "news_index": news_index, "news": news}
    pages = {"fr": french}
    for language in LANGUAGES[1:]:
        pages[language] = {name: translation_of(page, language, copy_parents=True) for name, page in french.items()}
    return pages


def news_image(image, alt_text: str = "Dessin : un café", *, decorative: bool = False) -> list[dict]:
    """A news item's ``image`` field: the image with its alternative text (translated with the page)."""
    return [{"type": "image", "value": {"image": image.pk, "decorative": decorative, "alt_text": alt_text}}]


def make_user(django_user_model, username: str, *groups: str, superuser: bool = False):
    user = django_user_model.objects.create_user(
        username=username, password="a-long-test-password", is_superuser=superuser, is_staff=superuser
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user
