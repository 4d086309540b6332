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
    erased_at = models.DateTimeField(_("personal details erased"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")
        indexes = [models.Index(fields=["event_key", "status", "created_at"], name="events_signup_queue")]

    def __str__(self):
        return self.reference

    @property
    def sessions_attended(self) -> int:
        """How many sessions the organisers marked this person present at (prefetch ``attendances``)."""
        return sum(1 for attendance in self.attendances.all() if attendance.attended)


class SignUpReminder(models.Model):
    """A reminder sent for one sign-up and one session: the unique pair makes it go out once, whoever runs."""

    signup = models.ForeignKey(SignUp, on_delete=models.CASCADE, related_name="reminders")
    session_start = models.DateTimeField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        constraints = [
            models.UniqueConstraint(fields=["signup", "session_start"], name="events_reminder_once_per_session")
        ]

    def __str__(self):
        return f"{self.signup} {self.session_start:%Y-%m-%d %H:%M}"


class Attendance(models.Model):
    """Whether a confirmed person came to one session, as the organisers marked it on the attendance list.

    Keyed by the session's start rather than by ``Occurrence``, whose rows are rebuilt on every publish.
    """

    signup = models.ForeignKey(SignUp, verbose_name=_("sign-up"), on_delete=models.CASCADE, related_name="attendances")
    session_start = models.DateTimeField(_("session"))
    attended = models.BooleanField(_("came"))
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["signup", "session_start"], name="events_attendance_once_per_session")
        ]

    def __str__(self):
        return f"{self.signup} {self.session_start:%Y-%m-%d %H:%M}"
