"""The languages an editor can tick as spoken by a service's staff."""

from django.db import migrations

CODES = ["lb", "fr", "de", "en", "pt", "it", "es", "nl", "pl", "ro", "sr", "sq", "ar", "fa", "ti", "uk", "ru", "tr", "zh"]


def add_languages(apps, schema_editor):
    SpokenLanguage = apps.get_model("services_directory", "SpokenLanguage")
    for position, code in enumerate(CODES):
        SpokenLanguage.objects.update_or_create(code=code, defaults={"sort_order": position})


def remove_languages(apps, schema_editor):
    apps.get_model("services_directory", "SpokenLanguage").objects.filter(code__in=CODES).delete()


class Migration(migrations.Migration):
    dependencies = [("services_directory", "0001_directory_models")]

    operations = [migrations.RunPython(add_languages, remove_languages)]
