"""The four content locales, and a French home page as the root of the default site."""

import uuid

from django.db import migrations

LANGUAGES = ["fr", "de", "lb", "en"]


def create_site(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    french = Locale.objects.get(language_code="fr")

    page_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()
    Page.objects.filter(depth=1).update(numchild=0)

    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    home = HomePage.objects.create(
        title="Accueil",
        draft_title="Accueil",
        slug="accueil",
        content_type=home_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/accueil/",
        locale=french,
        translation_key=uuid.uuid4(),
        live=True,
    )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page_id=home.pk, is_default_site=True, site_name="Portail CIG & PCI")


def remove_site(apps, schema_editor):
    """Back to Wagtail's empty tree: the site and every page below the root go (their apps' tables already have)."""
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Site.objects.all().delete()
    Page.objects.filter(depth__gt=1).delete()
    Page.objects.filter(depth=1).update(numchild=0)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_site, remove_site)]
