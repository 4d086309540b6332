from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventCapacity(models.Model):
    """One row per event (all its translations): locked while places are counted, so sign-ups never oversell."""

    translation_key = models.UUIDField(unique=True)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("places counter")
        verbose_name_plural = _("places counters")

    def __str__(self):
        return str(self.translation_key)


class SignUpStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class SignUp(models.Model):
    """A resident's sign-up, without an account. Holds personal details (name, phone, email, needs)."""

    event = models.ForeignKey("events.Event", verbose_name=_("event"), on_delete=models.CASCADE, related_name="signups")
    event_key = models.UUIDField(db_index=True)
    reference = models.CharField(_("reference"), max_length=30, unique=True)
    name = models.CharField(_("name"), max_length=200)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    language = models.CharField(_("language"), max_length=5)  # a code of settings.LANGUAGES (the form offers them)
    places = models.PositiveSmallIntegerField(_("places"), default=1)
    needs = models.TextField(_("needs"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=SignUpStatus.choices)
    cancel_token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    promoted_at = models.DateTimeField(_("moved up from the waiting list"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")
        indexes = [models.Index(fields=["event_key", "status", "created_at"], name="events_signup_queue")]

    def __str__(self):
        return self.reference
