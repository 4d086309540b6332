import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from services_directory.hours import Closure, Weekday, WeeklyHours, WeeklySlot

from .choices import DataOrigin, PhoneKind, ServiceStatus
from .organizations import Organization

FACT_FIELDS = (
    "categories",
    "service_areas",
    "languages",
    "is_free",
    "status",
    "last_verified",
    "open_on_public_holidays",
    "email",
    "url",
    "external_id",
    "data_origin",
    "service_at_locations",
    "schedules",
    "closures",
    "phones",
)
"""The synchronised facts of a service: the same in every language copy."""


class Service(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    """What an organisation offers residents (HSDS service)."""

    organization = models.ForeignKey(
        Organization, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="services"
    )
    name = models.CharField(_("name"), max_length=255)
    description = models.TextField(_("description"), help_text=_("What the service does, in plain language."))
    eligibility_description = models.TextField(_("who it is for"), blank=True)
    fees_description = models.TextField(_("cost"), blank=True, help_text=_("What it costs, if anything."))
    application_process = models.TextField(_("how to apply"), blank=True)
    categories = ParentalManyToManyField(
        "services_directory.TaxonomyTerm", verbose_name=_("categories"), related_name="services", blank=True
    )
    service_areas = ParentalManyToManyField(
        "geography.Commune",
        verbose_name=_("communes served"),
        related_name="directory_services",
        blank=True,
        help_text=_("The communes whose residents this service helps."),
    )
    languages = ParentalManyToManyField(
        "services_directory.SpokenLanguage", verbose_name=_("languages spoken"), related_name="services", blank=True
    )
    is_free = models.BooleanField(_("free of charge"), default=False)
    status = models.CharField(_("status"), max_length=20, choices=ServiceStatus.choices, default=ServiceStatus.ACTIVE)
    last_verified = models.DateField(
        _("last verified"), null=True, blank=True, help_text=_("When someone last checked these details.")
    )
    open_on_public_holidays = models.BooleanField(_("open on public holidays"), default=False)
    email = models.EmailField(_("email"), blank=True)
    url = models.URLField(_("web address"), blank=True)
    external_id = models.CharField(
        _("external identifier"), max_length=100, blank=True, help_text=_("Identifier used by imports.")
    )
    data_origin = models.CharField(
        _("origin of the data"), max_length=20, choices=DataOrigin.choices, default=DataOrigin.EDITORIAL
    )
    updated_at = models.DateTimeField(_("last modified"), auto_now=True)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        TranslatableField("eligibility_description"),
        TranslatableField("fees_description"),
        TranslatableField("application_process"),
        TranslatableField("organization"),
        *(SynchronizedField(name) for name in FACT_FIELDS),
    ]

    search_fields = [
        index.SearchField("name", boost=4),
        index.AutocompleteField("name"),
        index.SearchField("description", boost=2),
        index.SearchField("eligibility_description"),
        index.SearchField("category_names"),
        index.RelatedFields("organization", [index.SearchField("name")]),
        index.FilterField("id"),  # the directory search asks the index about the filtered services only
        index.FilterField("locale"),
        index.FilterField("live"),
        index.FilterField("status"),
        index.FilterField("is_free"),
        index.FilterField("organization"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("service")
        verbose_name_plural = _("services")
        constraints = [
            models.UniqueConstraint(
                fields=["external_id", "locale"],
                condition=~models.Q(external_id=""),
                name="unique_service_external_id_per_locale",
            )
        ]
        indexes = [models.Index(fields=["locale", "live", "status"], name="service_listing_idx")]

    def __str__(self):
        return self.name

    @property
    def is_sample(self) -> bool:
        return self.data_origin in (DataOrigin.SAMPLE, DataOrigin.SYNTHETIC)

    def category_names(self) -> str:
        """Its categories' names in its own language (the index's, so "Gaardenaarbecht" finds gardening).

        Names come from the terms cached per language until the next publish; a term not yet
        translated keeps its source-language name.
        """
        from services_directory.selectors import term_names

        return " ".join(term_names(self.categories.all(), self.locale_id))

    def opening_hours(self, *, schedules=None, closures=None) -> WeeklyHours:
        """The weekly hours with closures; uses prefetched ``schedules`` and ``closures`` when present.

        ``schedules`` and ``closures`` may be given as lists already loaded (listing cards do).
        """
        schedules = self.schedules.all() if schedules is None else schedules
        closures = self.closures.all() if closures is None else closures
        return WeeklyHours(
            slots=tuple(WeeklySlot(s.weekday, s.opens_at, s.closes_at) for s in schedules),
            closures=tuple(Closure(c.start_date, c.end_date) for c in closures),
            open_on_public_holidays=self.open_on_public_holidays,
        )

    def get_preview_template(self, request, mode_name):
        return "services_directory/previews/service.html"

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "service": self}


class ServiceAtLocation(Orderable):
    """A service delivered at a location (HSDS service_at_location); points to the source-language location."""

    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="service_at_locations")
    location = models.ForeignKey(
        "services_directory.Location",
        verbose_name=_("location"),
        on_delete=models.PROTECT,
        related_name="service_at_locations",
    )

    class Meta(Orderable.Meta):
        verbose_name = _("service at a location")
        verbose_name_plural = _("locations of the service")


class Schedule(models.Model):
    """One weekly opening slot (HSDS schedule with freq WEEKLY)."""

    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="schedules")
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices)
    opens_at = models.TimeField(_("opens at"))
    closes_at = models.TimeField(
        _("closes at"), help_text=_("A closing time earlier than the opening time means after midnight.")
    )

    class Meta:
        ordering = ["weekday", "opens_at"]
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens_at:%H:%M}–{self.closes_at:%H:%M}"

    def clean(self):
        if self.opens_at is not None and self.opens_at == self.closes_at:
            raise ValidationError({"closes_at": _("The closing time must differ from the opening time.")})


class ServiceClosure(models.Model):
    """An announced closure (holidays of the team, works), first and last day included."""

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="closures")
    start_date = models.DateField(_("closed from"))
    end_date = models.DateField(_("closed until (included)"))

    class Meta:
        ordering = ["start_date"]
        verbose_name = _("announced closure")
        verbose_name_plural = _("announced closures")

    def __str__(self):
        return f"{self.start_date:%Y-%m-%d} – {self.end_date:%Y-%m-%d}"

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day of the closure cannot be before its first day.")})


class Phone(Orderable):
    """A phone number of a service (HSDS phone)."""

    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="phones")
    number = models.CharField(_("number"), max_length=40, help_text=_("e.g. +352 26 12 34 56"))
    kind = models.CharField(_("type"), max_length=10, choices=PhoneKind.choices, default=PhoneKind.VOICE)

    class Meta(Orderable.Meta):
        verbose_name = _("phone number")
        verbose_name_plural = _("phone numbers")

    def __str__(self):
        return self.number

    @property
    def tel_uri(self) -> str:
        """The number for a ``tel:`` link: digits and a leading plus only."""
        digits = "".join(ch for ch in self.number if ch.isdigit())
        return f"+{digits}" if self.number.strip().startswith("+") else digits
