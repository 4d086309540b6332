from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

SPOKEN_LANGUAGES = {
    "lb": _("Luxembourgish"),
    "fr": _("French"),
    "de": _("German"),
    "en": _("English"),
    "pt": _("Portuguese"),
    "it": _("Italian"),
    "es": _("Spanish"),
    "nl": _("Dutch"),
    "pl": _("Polish"),
    "ro": _("Romanian"),
    "sr": _("Serbian"),
    "sq": _("Albanian"),
    "ar": _("Arabic"),
    "fa": _("Persian"),
    "ti": _("Tigrinya"),
    "uk": _("Ukrainian"),
    "ru": _("Russian"),
    "tr": _("Turkish"),
    "zh": _("Chinese"),
}


class TaxonomyTerm(TranslatableMixin, models.Model):
    """A category of service (HSDS taxonomy_term). ``code`` is stable and the same in every language."""

    code = models.SlugField(
        _("code"), max_length=60, help_text=_("Stable identifier used in addresses and imports, e.g. web-cafe.")
    )
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent category"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("code"),
        TranslatableField("parent"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        constraints = [models.UniqueConstraint(fields=["code", "locale"], name="unique_taxonomy_code_per_locale")]

    def __str__(self):
        return self.name


class SpokenLanguage(models.Model):
    """A language the staff of a service speak (ISO 639-1 code); names come from the interface catalogue."""

    code = models.CharField(_("code"), max_length=3, unique=True, choices=list(SPOKEN_LANGUAGES.items()))
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("spoken language")
        verbose_name_plural = _("spoken languages")

    def __str__(self):
        return str(self.name)

    @property
    def name(self) -> str:
        return SPOKEN_LANGUAGES.get(self.code, self.code)
