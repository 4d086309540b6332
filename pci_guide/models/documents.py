"""The document library: each document is a translatable snippet; each language version links its own file."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.sitemaps import TranslatedSitemapMixin


class DocumentType(models.TextChoices):
    TEMPLATE = "template", _("Template")
    GUIDE = "guide", _("Guide")
    WORKSHEET = "worksheet", _("Worksheet")
    OTHER = "other", _("Other resource")


class GuideDocument(TranslatableMixin, index.Indexed, models.Model):
    """A document of the library in one language.

    Its translations are its other language versions: each has its own file (in wagtail-localize,
    the file is a synchronised field that translators override with the file in their language).
    """

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    document_type = models.CharField(_("type"), max_length=20, choices=DocumentType.choices)
    date = models.DateField(_("date"), default=timezone.localdate)
    file = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL, verbose_name=_("file"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("document_type"),
        FieldPanel("date"),
        FieldPanel("file"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("document_type"),
        SynchronizedField("date"),
        SynchronizedField("file", overridable=True),
    ]
    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.FilterField("document_type"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["title"]
        verbose_name = _("guide document")
        verbose_name_plural = _("guide documents")

    def __str__(self):
        return f"{self.title} ({self.language_code})"

    @property
    def language_code(self) -> str:
        return self.locale.language_code

    @property
    def language_name(self) -> str:
        return str(settings.LANGUAGE_LABELS.get(self.language_code, self.language_code))

    @property
    def extension(self) -> str:
        return self.file.file_extension.lower()

    @property
    def size(self) -> int | None:
        return self.file.get_file_size()

    @property
    def download_name(self) -> str:
        return f"{slugify(self.title)[:80] or 'document'}-{self.language_code}.{self.extension}"

    def get_download_url(self) -> str:
        return reverse("pci_guide:document_download", kwargs={"pk": self.pk})


class DocumentLibraryPage(TranslatedSitemapMixin, Page):
    """The guide's documents, filterable by type and language; lists every language version of each."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["pci_guide.GuideIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("document library")

    def get_context(self, request, *args, **kwargs):
        from pci_guide.forms import DocumentFilterForm
        from pci_guide.selectors import library_entries

        context = super().get_context(request, *args, **kwargs)
        form = DocumentFilterForm(request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        context["filter_form"] = form
        context["entries"] = library_entries(
            locale=self.locale,
            document_type=filters.get("type") or None,
            language=filters.get("language") or None,
        )
        return context
