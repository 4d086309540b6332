"""The council resolution: its text per language (a snippet editors maintain) and the page that fills it in."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.fields import TranslatableField

from home.sitemaps import TranslatedSitemapMixin

PLACEHOLDERS = {
    "commune": _("the commune's name"),
    "canton": _("the canton's name"),
    "meeting_date": _("the date of the council meeting"),
    "council_president": _("who chairs the council meeting"),
    "secretary": _("the commune secretary"),
    "coordinator": _("the person who coordinates the plan"),
}
PLACEHOLDER_RE = re.compile(r"\{([a-z_]+)\}")
PLACEHOLDER_HELP = _(
    "Write {placeholder} where the generator fills in a value: {commune}, {canton}, {meeting_date}, "
    "{council_president}, {secretary}, {coordinator}. Empty optional values become a line to fill in by hand. "
    "Separate paragraphs with an empty line; start a line with “## ” for a heading and with “- ” for a list item."
)


def validate_placeholders(text: str) -> None:
    unknown = sorted(set(PLACEHOLDER_RE.findall(text)) - PLACEHOLDERS.keys())
    if unknown:
        raise ValidationError(
            _("Unknown placeholder: %(names)s. Use only the ones listed below the field."),
            params={"names": ", ".join(f"{{{name}}}" for name in unknown)},
        )


class ResolutionTemplate(TranslatableMixin, models.Model):
    """The text of the template council resolution in one language. The generator uses it as it is here."""

    title = models.CharField(_("title"), max_length=250, validators=[validate_placeholders], help_text=PLACEHOLDER_HELP)
    body = models.TextField(_("text"), validators=[validate_placeholders], help_text=PLACEHOLDER_HELP)

    panels = [FieldPanel("title"), FieldPanel("body")]
    translatable_fields = [TranslatableField("title"), TranslatableField("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("council resolution text")
        verbose_name_plural = _("council resolution texts")

    def __str__(self):
        return f"{self.title} ({self.locale.language_code})"


class ResolutionGeneratorPage(TranslatedSitemapMixin, RoutablePageMixin, Page):
    """A form that returns the template council resolution as a DOCX filled in for one commune."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["pci_guide.GuideIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("resolution generator")

    @path("")
    def generator(self, request):
        from pci_guide.forms import ResolutionForm
        from pci_guide.generator import resolution_response

        form = ResolutionForm(request.GET if "commune" in request.GET else None)
        if form.is_bound and form.is_valid():
            return resolution_response(**form.resolution_arguments())
        return self.render(request, context_overrides={"form": form})
