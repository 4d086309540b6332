from django.db import migrations
from django.utils.text import slugify

from geography.reference import read_rows


def load(apps, schema_editor):
    Canton = apps.get_model("geography", "Canton")
    Commune = apps.get_model("geography", "Commune")
    cantons = {}
    for row in read_rows("cantons.csv"):
        cantons[row["code"]], _ = Canton.objects.update_or_create(code=row["code"], defaults=row)
    for row in read_rows("communes.csv"):
        Commune.objects.update_or_create(
            lau2_code=row["lau2_code"],
            defaults={
                "slug": slugify(row["name_fr"]),
                "name_fr": row["name_fr"],
                "name_de": row["name_de"],
                "name_lb": row["name_lb"],
                "canton": cantons[row["canton_code"]],
                "latitude": row["latitude"],
                "longitude": row["longitude"],
            },
        )


class Migration(migrations.Migration):
    dependencies = [("geography", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
