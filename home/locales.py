"""One Wagtail locale per content language, so that a language is added through the settings alone.

Adding ``("pt", "Português")`` to ``LANGUAGES`` (which ``WAGTAIL_CONTENT_LANGUAGES`` follows) and
running ``manage.py migrate`` creates the ``pt`` locale; editors then translate pages into it with
wagtail-localize. A locale whose language leaves the settings is kept with its pages: deleting
content is an editor's decision, taken in the admin's Locales screen.
"""

from django.conf import settings


def content_locales_create(*, using: str = "default", apps=None) -> list[str]:
    """Create the locales missing for ``WAGTAIL_CONTENT_LANGUAGES``; returns the language codes created."""
    if apps is None:
        from wagtail.models import Locale
    else:
        Locale = apps.get_model("wagtailcore", "Locale")  # noqa: N806 -- the historical model, as in a migration
    existing = set(Locale.objects.using(using).values_list("language_code", flat=True))
    created = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code not in existing]
    Locale.objects.using(using).bulk_create([Locale(language_code=code) for code in created])
    return created
