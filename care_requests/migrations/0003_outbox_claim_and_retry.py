"""A lease on the email being sent (so that two senders never send it twice), and the helpdesk may
see the outbox and send its emails again."""

from django.db import migrations, models

HELPDESK_PERMISSIONS = ["view_outboxemail", "retry_outboxemail"]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="care_requests", model="outboxemail")
    helpdesk, _ = Group.objects.get_or_create(name="Helpdesk")
    for codename in HELPDESK_PERMISSIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
        )
        helpdesk.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth.Permission")
    permissions = Permission.objects.filter(content_type__app_label="care_requests", codename__in=HELPDESK_PERMISSIONS)
    for group in apps.get_model("auth.Group").objects.filter(name="Helpdesk"):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("care_requests", "0002_group_permissions")]

    operations = [
        migrations.AlterModelOptions(
            name="outboxemail",
            options={
                "ordering": ["created_at", "pk"],
                "permissions": [("retry_outboxemail", "Can send outgoing emails again")],
                "verbose_name": "outgoing email",
                "verbose_name_plural": "outgoing emails",
            },
        ),
        migrations.AddField(
            model_name="outboxemail",
            name="claimed_until",
            field=models.DateTimeField(blank=True, null=True, verbose_name="being sent until"),
        ),
        migrations.RunPython(grant, revoke),
    ]
