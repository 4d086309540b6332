"""Translators may see and change the guide's documents and resolution templates, to translate them."""

from django.db import migrations

TRANSLATED = ("guidedocument", "resolutiontemplate")


def _permissions(apps):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    for model in TRANSLATED:
        content_type, _ = ContentType.objects.get_or_create(app_label="pci_guide", model=model)
        for action in ("view", "change"):
            codename = f"{action}_{model}"
            found, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
            )
            yield found


def grant(apps, schema_editor):
    apps.get_model("auth.Group").objects.get(name="Translators").permissions.add(*_permissions(apps))


def revoke(apps, schema_editor):
    # By name only: going backwards, a content type fetched here may come from another rendering of the
    # historical models than the permission's, which Django refuses to compare.
    codenames = [f"{action}_{model}" for model in TRANSLATED for action in ("view", "change")]
    permissions = apps.get_model("auth.Permission").objects.filter(
        content_type__app_label="pci_guide", codename__in=codenames
    )
    apps.get_model("auth.Group").objects.get(name="Translators").permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("pci_guide", "0001_guide_pages_documents_resolution_progress"),
        ("home", "0003_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
