"""Editors and Moderators promote search results and read the search-terms report (portal/search_terms.py)."""

from django.db import migrations

GROUPS = ("Editors", "Moderators")
CODENAMES = ("add_searchpromotion", "change_searchpromotion", "delete_searchpromotion", "view_searchpromotion")


def _permissions(apps):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="wagtailsearchpromotions", model="searchpromotion")
    return [
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
        )[0]
        for codename in CODENAMES
    ]


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    permissions = _permissions(apps)
    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    # By name only: going backwards, a content type fetched here may come from another rendering of the
    # historical models than the permission's, which Django refuses to compare.
    permissions = apps.get_model("auth.Permission").objects.filter(
        content_type__app_label="wagtailsearchpromotions", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_rate_events"),
        ("home", "0003_editorial_groups"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
