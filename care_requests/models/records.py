from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import EmailStatus


class OutboxEmail(models.Model):
    """An email waiting to go out, kept until the mail server has taken it."""

    request = models.ForeignKey(
        "care_requests.CareRequest", null=True, blank=True, on_delete=models.CASCADE, related_name="emails"
    )
    form_submission = models.ForeignKey(
        "wagtailforms.FormSubmission", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    to = models.EmailField(_("to"))
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("body"))
    reply_to = models.EmailField(_("reply to"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=EmailStatus.choices, default=EmailStatus.PENDING)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True, db_index=True)
    claimed_until = models.DateTimeField(_("being sent until"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        permissions = [("retry_outboxemail", "Can send outgoing emails again")]

    def __str__(self):
        return f"email {self.pk} ({self.status})"


class AuditEntry(models.Model):
    """Who did what to which request, and when. Never holds personal details."""

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    username = models.CharField(_("who"), max_length=150)
    action = models.CharField(_("what"), max_length=40)
    reference = models.CharField(_("request"), max_length=20, blank=True, db_index=True)
    detail = models.CharField(_("detail"), max_length=200, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.action} {self.reference}"


class MonthlyCount(models.Model):
    """Anonymous counts of deleted requests, so that reports still add up after deletion."""

    month = models.DateField()
    kind = models.CharField(max_length=20)
    commune = models.ForeignKey("geography.Commune", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    help_kind = models.CharField(max_length=20, blank=True)
    status = models.CharField(max_length=20)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["month", "kind", "commune", "help_kind", "status"], name="unique_monthly_count"
            )
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.kind} {self.count}"


class ContactDelay(models.Model):
    """Hours from submission to first contact of a deleted request, by month; no link to the person."""

    month = models.DateField()
    hours = models.FloatField()

    def __str__(self):
        return f"{self.month:%Y-%m} {self.hours:.1f} h"
