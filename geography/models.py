"""Luxembourg's 12 cantons and 100 communes (boundaries of 1 September 2023).

The rows come from the project's own reference files in ``geography/data/`` and are loaded by a
data migration; they are reference data, not content, so editors do not change them.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def _localised(obj, language: str | None) -> str:
    """The name in the given language: Luxembourgish and German where known, French otherwise."""
    language = (language or get_language() or "fr")[:2]
    if language in ("de", "lb"):
        return getattr(obj, f"name_{language}") or obj.name_fr
    return obj.name_fr


class Canton(models.Model):
    code = models.CharField(_("STATEC code"), max_length=3, unique=True)
    iso_code = models.CharField(_("ISO 3166-2 code"), max_length=5, unique=True)
    name_fr = models.CharField(_("name in French"), max_length=100)
    name_de = models.CharField(_("name in German"), max_length=100)
    name_lb = models.CharField(_("name in Luxembourgish"), max_length=100)

    class Meta:
        ordering = ["name_fr"]
        verbose_name = _("canton")
        verbose_name_plural = _("cantons")

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        return _localised(self, None)


class Commune(models.Model):
    lau2_code = models.CharField(_("LAU2 code"), max_length=4, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    name_fr = models.CharField(_("name in French"), max_length=100)
    name_de = models.CharField(_("name in German"), max_length=100)
    name_lb = models.CharField(_("name in Luxembourgish"), max_length=100)
    canton = models.ForeignKey(Canton, on_delete=models.PROTECT, related_name="communes", verbose_name=_("canton"))
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5)

    class Meta:
        ordering = ["name_fr"]
        verbose_name = _("commune")
        verbose_name_plural = _("communes")

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        return _localised(self, None)

    def name_in(self, language: str) -> str:
        return _localised(self, language)
