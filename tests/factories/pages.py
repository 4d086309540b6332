"""Building small page trees for tests, in French with optional translations."""

from django.contrib.auth.models import Group
from wagtail.models import Locale

from home.models import HomePage, StandardPage


def french_home() -> HomePage:
    return HomePage.objects.get(locale__language_code="fr", depth=2)


def translated_home(language: str) -> HomePage:
    """The home page's copy in ``language`` (a plain copy, as wagtail-localize's sync would make)."""
    home = french_home()
    existing = home.get_translation_or_none(Locale.objects.get(language_code=language))
    if existing:
        return existing.specific
    copy = home.copy_for_translation(Locale.objects.get(language_code=language))
    copy.title = f"Home {language}"
    copy.save_revision().publish()
    return copy


def add_standard_page(parent, *, title: str, slug: str, publish: bool = True) -> StandardPage:
    page = StandardPage(title=title, slug=slug, intro=f"Introduction: {title}", live=publish)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page


def make_user(django_user_model, username: str, *groups: str, superuser: bool = False):
    user = django_user_model.objects.create_user(
        username=username, password="a-long-test-password", is_superuser=superuser, is_staff=superuser
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user
