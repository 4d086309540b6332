import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Canton",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("code", models.CharField(max_length=3, unique=True, verbose_name="STATEC code")),
                ("iso_code", models.CharField(max_length=5, unique=True, verbose_name="ISO 3166-2 code")),
                ("name_fr", models.CharField(max_length=100, verbose_name="name in French")),
                ("name_de", models.CharField(max_length=100, verbose_name="name in German")),
                ("name_lb", models.CharField(max_length=100, verbose_name="name in Luxembourgish")),
            ],
            options={"verbose_name": "canton", "verbose_name_plural": "cantons", "ordering": ["name_fr"]},
        ),
        migrations.CreateModel(
            name="Commune",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("lau2_code", models.CharField(max_length=4, unique=True, verbose_name="LAU2 code")),
                ("slug", models.SlugField(max_length=100, unique=True, verbose_name="slug")),
                ("name_fr", models.CharField(max_length=100, verbose_name="name in French")),
                ("name_de", models.CharField(max_length=100, verbose_name="name in German")),
                ("name_lb", models.CharField(max_length=100, verbose_name="name in Luxembourgish")),
                ("latitude", models.DecimalField(decimal_places=5, max_digits=8, verbose_name="latitude")),
                ("longitude", models.DecimalField(decimal_places=5, max_digits=8, verbose_name="longitude")),
                (
                    "canton",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="communes",
                        to="geography.canton",
                        verbose_name="canton",
                    ),
                ),
            ],
            options={"verbose_name": "commune", "verbose_name_plural": "communes", "ordering": ["name_fr"]},
        ),
    ]
