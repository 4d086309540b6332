"""Groups for the people who run the portal.

Wagtail already creates Editors and Moderators (and the "Moderators approval" workflow on the
whole tree). This adds Translators, Helpdesk and CIG staff; the apps that give Helpdesk and CIG
staff their work add the permissions for it.
"""

from django.db import migrations

ADMIN_ACCESS = ("wagtailadmin", "admin", "access_admin")


def create_groups(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    Page = apps.get_model("wagtailcore.Page")

    def permission(app_label, model, codename):
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        found, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
        )
        return found

    access_admin = permission(*ADMIN_ACCESS)
    translators, _ = Group.objects.get_or_create(name="Translators")
    translators.permissions.add(
        access_admin,
        permission("wagtail_localize", "translation", "submit_translation"),
    )
    root = Page.objects.get(depth=1)
    change_page = permission("wagtailcore", "page", "change_page")
    GroupPagePermission.objects.get_or_create(group=translators, page=root, permission=change_page)

    for name in ("Helpdesk", "CIG staff"):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)


def remove_groups(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name__in=["Translators", "Helpdesk", "CIG staff"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_site_and_locales"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
