from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import CloseReason, ContactLanguage, HelpKind, RequesterRole, RequestKind, Status


def site_languages() -> list[tuple[str, str]]:
    """The site's languages, read when asked: adding one to the settings needs no migration."""
    return settings.LANGUAGES


class ReferenceCounter(models.Model):
    """The last reference number handed out in a year (``CR-YYYY-NNNNNN``)."""

    year = models.PositiveIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last_number}"


class CareRequest(models.Model):
    """A resident's request (or a report about a listing), from submission to closing.

    Holds personal details: it is deleted ``CARE_REQUEST_RETENTION_DAYS`` after closing, leaving
    only the anonymous counts in ``MonthlyCount``.
    """

    reference = models.CharField(_("reference"), max_length=20, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=RequestKind.choices, default=RequestKind.CARE)
    language = models.CharField(_("language of the form"), max_length=5, choices=site_languages)
    requester_role = models.CharField(
        _("who needs help"), max_length=10, choices=RequesterRole.choices, default=RequesterRole.SELF
    )
    relationship = models.CharField(_("relationship"), max_length=100, blank=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    commune = models.ForeignKey(
        "geography.Commune", verbose_name=_("commune"), null=True, blank=True, on_delete=models.PROTECT
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    contact_language = models.CharField(
        _("preferred language for contact"), max_length=10, choices=ContactLanguage.choices, blank=True
    )
    help_kind = models.CharField(_("kind of help"), max_length=20, choices=HelpKind.choices, blank=True)
    description = models.TextField(_("description"), blank=True)
    availability = models.CharField(_("availability"), max_length=300, blank=True)
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    listing_service = models.ForeignKey(
        "services_directory.Service",
        verbose_name=_("directory listing"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("form page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisations = models.ManyToManyField(
        "services_directory.Organization", verbose_name=_("organisations"), blank=True, related_name="care_requests"
    )
    no_local_service = models.BooleanField(_("no local service"), default=False)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW)
    close_reason = models.CharField(_("reason for closing"), max_length=20, choices=CloseReason.choices, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_care_requests",
    )
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True, db_index=True)
    first_contact_at = models.DateTimeField(_("first contact"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("care request")
        verbose_name_plural = _("care requests")
        permissions = [
            ("view_all_carerequests", "Can see every care request"),
            ("export_carerequests", "Can export care requests"),
            ("view_carerequest_report", "Can see the care request report"),
            ("manage_personal_data", "Can find, export and erase a person's requests"),
        ]

    def __str__(self):
        return self.reference


class CareRequestEvent(models.Model):
    """One step in a request's history (shown to the helpdesk): status, assignment, note, reply, email."""

    class Action(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        STATUS = "status", _("Status changed")
        ASSIGNED = "assigned", _("Assigned")
        NOTE = "note", _("Internal note")
        REPLY = "reply", _("Reply sent")
        NOTIFIED = "notified", _("Notification queued")

    request = models.ForeignKey(CareRequest, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(auto_now_add=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=20, choices=Action.choices)
    text = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.request_id} {self.action}"

    @property
    def shown_text(self) -> str:
        """The text for the history: a status change is stored as codes ("closed (helped)", the
        same in every language) and shown with the labels in the reader's language."""
        if self.action != self.Action.STATUS:
            return self.text
        status, _separator, reason = self.text.partition(" (")
        shown = Status(status).label if status in Status.values else status
        reason = reason.removesuffix(")")
        return f"{shown} ({CloseReason(reason).label})" if reason in CloseReason.values else str(shown)


class OrganisationMembership(models.Model):
    """Links a CIG staff user to the organisation whose requests they may see."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="care_memberships"
    )
    organisation = models.ForeignKey(
        "services_directory.Organization",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="care_memberships",
    )

    class Meta:
        verbose_name = _("CIG staff membership")
        verbose_name_plural = _("CIG staff memberships")
        constraints = [models.UniqueConstraint(fields=["user", "organisation"], name="unique_care_membership")]

    def __str__(self):
        return f"{self.user} → {self.organisation}"
