"""Editors and Moderators manage every organisation's events (Moderators also unlock); CIG staff add and
change their own organisations' events and submit them to the moderators' approval workflow."""

from django.db import migrations

GROUP_ACTIONS = {
    "Editors": ("add", "change", "delete", "publish", "lock", "manage_all"),
    "Moderators": ("add", "change", "delete", "publish", "lock", "unlock", "manage_all"),
    "CIG staff": ("add", "change", "lock"),
}


def codename(action: str) -> str:
    return "manage_all_events" if action == "manage_all" else f"{action}_event"


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="events", model="event")
    for group_name, actions in GROUP_ACTIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename(action), defaults={"name": codename(action)}
            )
            group.permissions.add(permission)
    workflow = apps.get_model("wagtailcore.Workflow").objects.filter(name="Moderators approval").first()
    if workflow is not None:
        apps.get_model("wagtailcore.WorkflowContentType").objects.get_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth.Permission")
    Permission.objects.filter(content_type__app_label="events").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_events"),
        ("home", "0003_editorial_groups"),
        ("services_directory", "0003_editorial_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
