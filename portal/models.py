"""The portal's own records: events counted by the rate limits and the login throttle."""

from django.db import models
from django.utils import timezone


class RateEvent(models.Model):
    """One counted event in a ``scope``: a form sent, a failed login.

    ``client`` stands for the client's address and ``target`` for what was aimed at (the username of
    a failed login; blank for a form), both as keyed hashes, so that neither is stored in clear.
    Kept in the database rather than in Redis, so that a Redis outage or restart opens no window;
    events older than their scope's window are deleted as new ones come in (portal.rate_limits).
    """

    scope = models.CharField(max_length=40)
    client = models.CharField(max_length=64)
    target = models.CharField(max_length=64, blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            models.Index(fields=["scope", "client", "at"], name="rate_event_client"),
            models.Index(fields=["scope", "target", "at"], name="rate_event_target"),
        ]

    def __str__(self):
        return f"{self.scope} at {self.at:%Y-%m-%d %H:%M:%S}"
