"""A news item's image becomes a StreamField with Wagtail's ImageBlock, so that its alternative text lives
in the page and is translated with it (it was the image's one description, in French).

Each page and each of its revisions keeps its image, with the image's description as the alternative
text of every language version until translators translate it.
"""

import uuid

import wagtail.fields
from django.db import migrations


def _image_stream(image_id, descriptions: dict) -> list:
    if not image_id:
        return []
    return [
        {
            "type": "image",
            "value": {"image": image_id, "decorative": False, "alt_text": descriptions.get(image_id, "")},
            "id": str(uuid.uuid4()),
        }
    ]


def forward(apps, schema_editor):
    NewsPage = apps.get_model("home.NewsPage")
    PortalImage = apps.get_model("home.PortalImage")
    Revision = apps.get_model("wagtailcore.Revision")
    ContentType = apps.get_model("contenttypes.ContentType")

    descriptions = dict(PortalImage.objects.values_list("pk", "description"))
    for page in NewsPage.objects.only("pk", "image_file_id"):
        NewsPage.objects.filter(pk=page.pk).update(image=_image_stream(page.image_file_id, descriptions))

    content_type = ContentType.objects.filter(app_label="home", model="newspage").first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type).only("pk", "content"):
        content = revision.content
        if isinstance(content.get("image"), list):
            continue
        content["image"] = _image_stream(content.get("image"), descriptions)
        Revision.objects.filter(pk=revision.pk).update(content=content)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_media_collection_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RenameField(model_name="newspage", old_name="image", new_name="image_file"),
        migrations.AddField(
            model_name="newspage",
            name="image",
            field=wagtail.fields.StreamField(
                [("image", 0)],
                blank=True,
                block_lookup={0: ("wagtail.images.blocks.ImageBlock", [], {})},
                default=list,
                help_text="The image and its alternative text, which is translated with the page.",
                verbose_name="image",
            ),
            preserve_default=False,
        ),
        migrations.RunPython(forward, migrations.RunPython.noop),
        migrations.RemoveField(model_name="newspage", name="image_file"),
    ]
