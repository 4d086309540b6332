"""Editors and Moderators manage the directory: add, change, delete and publish (lock for both, unlock for Moderators)."""

from django.db import migrations

PUBLISHABLE = ("service", "organization")
PLAIN = ("location", "taxonomyterm")


def codenames():
    for model in PUBLISHABLE:
        for action in ("add", "change", "delete", "publish", "lock"):
            yield model, f"{action}_{model}"
    for model in PLAIN:
        for action in ("add", "change", "delete"):
            yield model, f"{action}_{model}"


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")

    def permission(model, codename):
        content_type, _ = ContentType.objects.get_or_create(app_label="services_directory", model=model)
        found, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
        )
        return found

    permissions = [permission(model, codename) for model, codename in codenames()]
    for name in ("Editors", "Moderators"):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)
    Group.objects.get(name="Moderators").permissions.add(
        *(permission(model, f"unlock_{model}") for model in PUBLISHABLE)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    permissions = Permission.objects.filter(content_type__app_label="services_directory")
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("services_directory", "0002_spoken_languages"),
        ("home", "0003_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
