"""Collection permissions for the custom image and document models.

Wagtail's own migrations grant Editors and Moderators the permissions of its stock Image and
Document models, which this project replaces; without this, nobody but an administrator could
upload an image or a document.
"""

from django.db import migrations

GRANTS = {
    "Editors": ("add", "change", "delete", "choose"),
    "Moderators": ("add", "change", "delete", "choose"),
    "Translators": ("choose",),
}


def grant(apps, schema_editor):
    Collection = apps.get_model("wagtailcore.Collection")
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    Permission = apps.get_model("auth.Permission")

    root = Collection.objects.get(depth=1)
    for model in ("portalimage", "portaldocument"):
        content_type, _ = ContentType.objects.get_or_create(app_label="home", model=model)
        for group_name, actions in GRANTS.items():
            group = Group.objects.get(name=group_name)
            for action in actions:
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model}",
                    defaults={"name": f"Can {action} {model}"},
                )
                GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_editorial_groups"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
