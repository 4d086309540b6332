"""The helpdesk sees and handles every request; CIG staff see and handle those routed to their
organisations; editors and moderators keep the canned replies, translators translate them.
Editors, moderators and translators see no request."""

from django.db import migrations

GROUP_PERMISSIONS = {
    "Helpdesk": [
        ("carerequest", "view_carerequest"),
        ("carerequest", "change_carerequest"),
        ("carerequest", "delete_carerequest"),
        ("carerequest", "view_all_carerequests"),
        ("carerequest", "export_carerequests"),
        ("carerequest", "view_carerequest_report"),
        ("carerequest", "manage_personal_data"),
        ("organisationmembership", "view_organisationmembership"),
        ("organisationmembership", "add_organisationmembership"),
        ("organisationmembership", "change_organisationmembership"),
        ("organisationmembership", "delete_organisationmembership"),
    ],
    "CIG staff": [
        ("carerequest", "view_carerequest"),
        ("carerequest", "change_carerequest"),
        ("carerequest", "export_carerequests"),
    ],
    "Editors": [
        ("cannedreply", "view_cannedreply"),
        ("cannedreply", "add_cannedreply"),
        ("cannedreply", "change_cannedreply"),
        ("cannedreply", "delete_cannedreply"),
    ],
    "Moderators": [
        ("cannedreply", "view_cannedreply"),
        ("cannedreply", "add_cannedreply"),
        ("cannedreply", "change_cannedreply"),
        ("cannedreply", "delete_cannedreply"),
    ],
    "Translators": [("cannedreply", "view_cannedreply"), ("cannedreply", "change_cannedreply")],
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for group_name, permissions in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for model, codename in permissions:
            content_type, _ = ContentType.objects.get_or_create(app_label="care_requests", model=model)
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
            )
            group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth.Permission")
    Permission.objects.filter(content_type__app_label="care_requests").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("care_requests", "0001_care_requests"),
        ("home", "0003_editorial_groups"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
