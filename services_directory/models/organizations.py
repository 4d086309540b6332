from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .choices import DataOrigin, OrganizationKind


class Organization(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, TranslatableMixin, index.Indexed
):
    """A CIG (local, regional or sectoral) or a partner that runs services (HSDS organization)."""

    name = models.CharField(_("name"), max_length=255)
    alternate_name = models.CharField(_("short name"), max_length=120, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganizationKind.choices, default=OrganizationKind.LOCAL)
    description = models.TextField(_("description"))
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    external_id = models.CharField(
        _("external identifier"), max_length=100, blank=True, help_text=_("Identifier used by imports.")
    )
    data_origin = models.CharField(
        _("origin of the data"), max_length=20, choices=DataOrigin.choices, default=DataOrigin.EDITORIAL
    )
    updated_at = models.DateTimeField(_("last modified"), auto_now=True)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("alternate_name"),
        TranslatableField("description"),
        SynchronizedField("kind"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("phone"),
        SynchronizedField("external_id"),
        SynchronizedField("data_origin"),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("locale"),
        index.FilterField("live"),
        index.FilterField("kind"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["external_id", "locale"],
                condition=~models.Q(external_id=""),
                name="unique_organization_external_id_per_locale",
            )
        ]

    def __str__(self):
        return self.name

    @property
    def is_sample(self) -> bool:
        return self.data_origin in (DataOrigin.SAMPLE, DataOrigin.SYNTHETIC)

    def get_preview_template(self, request, mode_name):
        return "services_directory/previews/organization.html"

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "organization": self}
