"""A small site in four languages: each page type of the home app, published."""

import pytest
from wagtail.models import Locale

from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage

LANGUAGES = ["fr", "de", "lb", "en"]


def _publish(page):
    page.save_revision().publish()
    return page.specific_class.objects.get(pk=page.pk)


@pytest.fixture
def site_pages(db):
    """{language: {"home": page, "standard": page, "news_index": page, "news": page}}."""
    home = HomePage.objects.get(locale__language_code="fr")
    standard = home.add_child(instance=StandardPage(title="Accessibilité", slug="accessibilite", intro="Intro"))
    news_index = home.add_child(instance=NewsIndexPage(title="Actualités", slug="actualites"))
    news = news_index.add_child(instance=NewsPage(title="Un café en ligne", slug="cafe", intro="Ouverture"))
    french = {
        "home": home,
        "standard": _publish(standard),
        "news_index": _publish(news_index),
        "news": _publish(news),
    }
    pages = {"fr": french}
    for language in LANGUAGES[1:]:
        locale = Locale.objects.get(language_code=language)
        pages[language] = {
            name: _publish(page.copy_for_translation(locale, copy_parents=True)) for name, page in french.items()
        }
    return pages
