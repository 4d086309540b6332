"""Canned replies are what the helpdesk sends residents: the helpdesk keeps them (and translates them);
editors, moderators and translators no longer see or change them."""

from django.db import migrations

ACTIONS = ("view", "add", "change", "delete")
FORMER_KEEPERS = ("Editors", "Moderators", "Translators")


def _permissions(apps):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="care_requests", model="cannedreply")
    return {
        action: Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_cannedreply",
            defaults={"name": f"{action} cannedreply"},
        )[0]
        for action in ACTIONS
    }


def to_the_helpdesk(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    permissions = _permissions(apps)
    Group.objects.get_or_create(name="Helpdesk")[0].permissions.add(*permissions.values())
    for group in Group.objects.filter(name__in=FORMER_KEEPERS):
        group.permissions.remove(*permissions.values())


def back_to_the_editors(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    permissions = _permissions(apps)
    Group.objects.get(name="Helpdesk").permissions.remove(*permissions.values())
    for group in Group.objects.filter(name__in=("Editors", "Moderators")):
        group.permissions.add(*permissions.values())
    Group.objects.get(name="Translators").permissions.add(permissions["view"], permissions["change"])


class Migration(migrations.Migration):
    dependencies = [("care_requests", "0003_outbox_claim_and_retry")]

    operations = [migrations.RunPython(to_the_helpdesk, back_to_the_editors)]
