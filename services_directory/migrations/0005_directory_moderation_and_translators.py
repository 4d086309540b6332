"""Directory records go through moderation like pages, and translators may translate them.

- Services and organisations follow the workflow that moderates the page tree ("Moderators approval"):
  editors save drafts and submit them; moderators approve and publish. Editors lose the publish
  permission (and with it the import, which publishes at once).
- Translators may see and change every directory record, as they may every page: a translation is a
  draft that they submit for moderation.
"""

from django.db import migrations

MODERATED = ("service", "organization")
TRANSLATED = ("service", "organization", "location", "taxonomyterm")


def _permission(apps, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="services_directory", model=model)
    found, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )
    return found


def _page_workflow(apps):
    """The workflow on the root of the page tree, the one every page follows."""
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    link = WorkflowPage.objects.filter(page__depth=1, workflow__active=True).select_related("workflow").first()
    return link.workflow if link else None


def forward(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    WorkflowContentType = apps.get_model("wagtailcore.WorkflowContentType")

    workflow = _page_workflow(apps)
    if workflow is not None:
        for model in MODERATED:
            content_type, _ = ContentType.objects.get_or_create(app_label="services_directory", model=model)
            WorkflowContentType.objects.update_or_create(content_type=content_type, defaults={"workflow": workflow})

    Group.objects.get(name="Editors").permissions.remove(
        *(_permission(apps, model, f"publish_{model}") for model in MODERATED)
    )
    Group.objects.get(name="Translators").permissions.add(
        *(_permission(apps, model, f"{action}_{model}") for model in TRANSLATED for action in ("view", "change"))
    )


def _existing_permissions(apps, codenames):
    """Looked up by name only: going backwards, a content type fetched here may belong to another
    rendering of the historical models than the permission's, which Django refuses to compare."""
    Permission = apps.get_model("auth.Permission")
    return Permission.objects.filter(content_type__app_label="services_directory", codename__in=codenames)


def backward(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    WorkflowContentType = apps.get_model("wagtailcore.WorkflowContentType")
    WorkflowContentType.objects.filter(
        content_type__app_label="services_directory", content_type__model__in=MODERATED
    ).delete()
    Group.objects.get(name="Editors").permissions.add(
        *_existing_permissions(apps, [f"publish_{model}" for model in MODERATED])
    )
    Group.objects.get(name="Translators").permissions.remove(
        *_existing_permissions(apps, [f"{action}_{model}" for model in TRANSLATED for action in ("view", "change")])
    )


class Migration(migrations.Migration):
    dependencies = [
        ("services_directory", "0004_directory_page"),
        ("home", "0003_editorial_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forward, backward)]
