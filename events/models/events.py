from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
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

from ..admin_forms import EventAdminForm
from ..blocks import ScheduleBlock
from ..fields import LanguageCodesField


class EventKind(models.TextChoices):
    COURSE = "course", _("Course")
    WORKSHOP = "workshop", _("Workshop")
    TOUR = "tour", _("Tour")
    OPEN_DAY = "open_day", _("Open day")


class EventLevel(models.TextChoices):
    ANY = "", _("Everyone")
    BEGINNER = "beginner", _("Beginners")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class Event(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, TranslatableMixin, index.Indexed
):
    """A course, workshop, tour or open day that an organisation runs, once, as a series or every week."""

    organization = models.ForeignKey(
        "services_directory.Organization",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="events",
    )
    location = models.ForeignKey(
        "services_directory.Location",
        verbose_name=_("place"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
    )
    service = models.ForeignKey(
        "services_directory.Service",
        verbose_name=_("service"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
    )
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"))
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices, default=EventKind.COURSE)
    audience = models.CharField(_("for whom"), max_length=255, blank=True)
    session_languages = LanguageCodesField(_("languages of the sessions"))
    level = models.CharField(_("level"), max_length=20, choices=EventLevel.choices, blank=True, default="")
    price = models.DecimalField(
        _("price in euros"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Leave empty when it is free of charge."),
    )
    accessibility = models.TextField(_("accessibility"), blank=True)
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Leave empty when there is no limit.")
    )
    signup_required = models.BooleanField(_("sign-up needed"), default=False)
    schedule = StreamField(ScheduleBlock(), verbose_name=_("dates"), use_json_field=True)
    updated_at = models.DateTimeField(_("last modified"), auto_now=True)

    base_form_class = EventAdminForm

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        TranslatableField("audience"),
        TranslatableField("accessibility"),
        SynchronizedField("organization"),
        SynchronizedField("location"),
        SynchronizedField("service"),
        SynchronizedField("kind"),
        SynchronizedField("session_languages"),
        SynchronizedField("level"),
        SynchronizedField("price"),
        SynchronizedField("capacity"),
        SynchronizedField("signup_required"),
        SynchronizedField("schedule"),
    ]

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.SearchField("audience"),
        index.FilterField("locale"),
        index.FilterField("live"),
        index.FilterField("kind"),
        index.RelatedFields("organization", [index.SearchField("name")]),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["title"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        permissions = [("manage_all_events", "Can manage the events of every organisation")]

    def __str__(self):
        return self.title

    @property
    def is_free(self) -> bool:
        return self.price is None or self.price == 0

    def get_preview_template(self, request, mode_name):
        return "events/previews/event.html"

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "event": self}


class Occurrence(models.Model):
    """One session of a live event, in UTC, materialised from its schedule when it is published."""

    event = models.ForeignKey(Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="occurrences")
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        indexes = [models.Index(fields=["starts_at", "event"], name="events_occurrence_start")]

    def __str__(self):
        return f"{self.event} {self.starts_at:%Y-%m-%d %H:%M}"
