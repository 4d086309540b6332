"""Where each commune stands with its integration plan or communal pact."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from home.sitemaps import TranslatedSitemapMixin


class ProgressStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    PHASE_1 = "phase_1", _("Phase I: getting started")
    PHASE_2 = "phase_2", _("Phase II: drawing up the plan")
    PHASE_3 = "phase_3", _("Phase III: putting it into practice")
    ADOPTED = "adopted", _("Adopted")
    EVALUATING = "evaluating", _("Being evaluated")


class CommuneProgress(models.Model):
    """One commune's stage, recorded by editors; the public table and map show it."""

    commune = models.OneToOneField(
        "geography.Commune", verbose_name=_("commune"), on_delete=models.CASCADE, related_name="pci_progress"
    )
    status = models.CharField(_("status"), max_length=20, choices=ProgressStatus.choices)
    since = models.DateField(
        _("since"), default=timezone.localdate, help_text=_("When the commune reached this stage.")
    )
    link = models.URLField(_("link"), blank=True, help_text=_("A page about the commune's plan or pact, if any."))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [FieldPanel("commune"), FieldPanel("status"), FieldPanel("since"), FieldPanel("link")]

    class Meta:
        ordering = ["commune__name_fr"]
        verbose_name = _("commune's progress")
        verbose_name_plural = _("communes' progress")

    def __str__(self):
        return f"{self.commune.name_fr}: {self.get_status_display()}"


class CommuneProgressPage(TranslatedSitemapMixin, Page):
    """The public table (and map) of where the communes stand, filterable by canton."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["pci_guide.GuideIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("communes' progress page")

    def get_context(self, request, *args, **kwargs):
        from pci_guide.forms import CantonFilterForm
        from pci_guide.selectors import commune_progress_rows

        context = super().get_context(request, *args, **kwargs)
        form = CantonFilterForm(request.GET or None)
        canton = form.cleaned_data.get("canton") if form.is_valid() else None
        context["filter_form"] = form
        context["canton"] = canton
        context["rows"] = commune_progress_rows(canton=canton)
        context["map_tile_url"] = settings.MAP_TILE_URL
        context["map_tile_attribution"] = settings.MAP_TILE_ATTRIBUTION
        return context
