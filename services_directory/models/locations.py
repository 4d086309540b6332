from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .choices import DataOrigin, StepFreeAccess


class Location(TranslatableMixin, models.Model):
    """A place where services are delivered (HSDS location with one physical address)."""

    name = models.CharField(_("name"), max_length=255, help_text=_("e.g. “Maison des associations”"))
    address_1 = models.CharField(_("street and number"), max_length=255)
    postal_code = models.CharField(_("postcode"), max_length=4, help_text=_("Four digits, without “L-”."), blank=True)
    commune = models.ForeignKey(
        "geography.Commune", verbose_name=_("commune"), on_delete=models.PROTECT, related_name="directory_locations"
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("49.4")), MaxValueValidator(Decimal("50.2"))],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("5.7")), MaxValueValidator(Decimal("6.6"))],
    )
    step_free_access = models.CharField(
        _("step-free access"), max_length=10, choices=StepFreeAccess.choices, default=StepFreeAccess.UNKNOWN
    )
    accessibility_details = models.TextField(_("accessibility details"), blank=True)
    transportation = models.TextField(_("getting there"), blank=True, help_text=_("Buses, trains, parking."))
    external_id = models.CharField(_("external identifier"), max_length=100, blank=True)
    data_origin = models.CharField(
        _("origin of the data"), max_length=20, choices=DataOrigin.choices, default=DataOrigin.EDITORIAL
    )
    updated_at = models.DateTimeField(_("last modified"), auto_now=True)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("accessibility_details"),
        TranslatableField("transportation"),
        SynchronizedField("address_1"),
        SynchronizedField("postal_code"),
        SynchronizedField("commune"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("step_free_access"),
        SynchronizedField("external_id"),
        SynchronizedField("data_origin"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        constraints = [
            models.UniqueConstraint(
                fields=["external_id", "locale"],
                condition=~models.Q(external_id=""),
                name="unique_location_external_id_per_locale",
            )
        ]

    def __str__(self):
        return f"{self.name}, {self.address_1}"

    @property
    def coordinates(self) -> tuple[float, float] | None:
        """(latitude, longitude) of the place, or of its commune when the place has none."""
        if self.latitude is not None and self.longitude is not None:
            return float(self.latitude), float(self.longitude)
        return float(self.commune.latitude), float(self.commune.longitude)
