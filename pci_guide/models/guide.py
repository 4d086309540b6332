"""The guide itself: an overview page and one page per step, in three phases."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import ContentStreamBlock
from home.models import EasyReadMixin
from home.sitemaps import TranslatedSitemapMixin
from pci_guide.blocks import StepStreamBlock

PHASES = [(1, "I"), (2, "II"), (3, "III")]
STEP_COUNT = 10


class GuideIndexPage(TranslatedSitemapMixin, RoutablePageMixin, EasyReadMixin, Page):
    """The guide's overview: the three phases with their steps, the legal frame, and the ways to take it away.

    Besides itself it answers two addresses: ``print/`` (the whole guide on one page) and
    ``checklist/`` (the visitor's own checklist of the ten steps, kept in their browser).
    """

    intro = models.TextField(_("introduction"))
    phase_one_title = models.CharField(_("title of phase I"), max_length=120)
    phase_two_title = models.CharField(_("title of phase II"), max_length=120)
    phase_three_title = models.CharField(_("title of phase III"), max_length=120)
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("easy_read"),
        MultiFieldPanel(
            [FieldPanel("phase_one_title"), FieldPanel("phase_two_title"), FieldPanel("phase_three_title")],
            heading=_("Phases"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "pci_guide.GuideStepPage",
        "pci_guide.DocumentLibraryPage",
        "pci_guide.ResolutionGeneratorPage",
        "pci_guide.CommuneProgressPage",
        "home.StandardPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guide overview")

    def phase_title(self, phase: int) -> str:
        return {1: self.phase_one_title, 2: self.phase_two_title, 3: self.phase_three_title}[phase]

    def get_context(self, request, *args, **kwargs):
        from pci_guide.selectors import guide_outline, outline_of

        context = super().get_context(request, *args, **kwargs)
        outline = outline_of(self) if getattr(request, "is_preview", False) else guide_outline(self.path)
        context["guide"] = outline
        context["phases"] = outline.phases if outline else []
        context["sections"] = outline.sections if outline else []
        return context

    @property
    def print_url(self) -> str:
        return self.url + self.reverse_subpage("print")

    @property
    def checklist_url(self) -> str:
        return self.url + self.reverse_subpage("checklist")

    def route_alternates(self, request, route: str) -> dict[str, str]:
        """This route's address in every language the guide is published in (for the language switcher)."""
        suffix = self.reverse_subpage(route)
        return {
            translation.locale.language_code: translation.get_url(request) + suffix
            for translation in self.get_translations(inclusive=True).live().public().select_related("locale")
        }

    @path("print/", name="print")
    def printable(self, request):
        from pci_guide.selectors import guide_steps

        return self.render(
            request,
            template="pci_guide/guide_print_page.html",
            context_overrides={"steps": guide_steps(self), "alternate_urls": self.route_alternates(request, "print")},
        )

    @path("checklist/", name="checklist")
    def checklist(self, request):
        from pci_guide.selectors import guide_phases

        return self.render(
            request,
            template="pci_guide/guide_checklist_page.html",
            context_overrides={
                "phases": guide_phases(self),
                "alternate_urls": self.route_alternates(request, "checklist"),
            },
        )


class GuideStepPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        number = cleaned_data.get("step_number")
        if number and self.parent_page:
            taken = GuideStepPage.objects.child_of(self.parent_page).filter(step_number=number)
            if self.instance.pk:
                taken = taken.exclude(pk=self.instance.pk)
            if taken.exists():
                self.add_error("step_number", _("Another step of this guide already has this number."))
        return cleaned_data


class GuideStepPage(TranslatedSitemapMixin, EasyReadMixin, Page):
    """One of the ten steps. Its number and phase are the same in every language (synchronised)."""

    phase = models.PositiveSmallIntegerField(_("phase"), choices=PHASES)
    step_number = models.PositiveSmallIntegerField(
        _("step number"), validators=[MinValueValidator(1), MaxValueValidator(STEP_COUNT)]
    )
    summary = models.TextField(_("summary"), help_text=_("One or two sentences, shown in the overview and lists."))
    body = StreamField(StepStreamBlock(), verbose_name=_("sections"))

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("phase"), FieldPanel("step_number")]),
        FieldPanel("summary"),
        FieldPanel("easy_read"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("step_number"),
    ]
    parent_page_types = ["pci_guide.GuideIndexPage"]
    subpage_types = []
    base_form_class = GuideStepPageForm

    class Meta:
        verbose_name = _("guide step")
        verbose_name_plural = _("guide steps")

    @property
    def phase_label(self) -> str:
        return dict(PHASES)[self.phase]

    def get_context(self, request, *args, **kwargs):
        from pci_guide.selectors import guide_outline, step_neighbours

        context = super().get_context(request, *args, **kwargs)
        outline = guide_outline(self.path[: -self.steplen])
        phases = outline.phases if outline else []
        context["guide"] = outline
        context["phases"] = phases
        context["sections"] = outline.sections if outline else []
        context["phase_title"] = outline.phase_title(self.phase) if outline else ""
        context["previous_step"], context["next_step"] = step_neighbours(self, phases)
        return context
