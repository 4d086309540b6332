"""Writes of the events app: keyword-only functions named ``<thing>_<action>``."""

from __future__ import annotations

from django.db import transaction

from .models import Event, Occurrence
from .schedule import occurrences


@transaction.atomic
def occurrences_refresh(*, event: Event) -> list[Occurrence]:
    """Replace the sessions of ``event`` by those of its live schedule (none when it is not live)."""
    Occurrence.objects.filter(event=event).delete()
    if not event.live:
        return []
    return Occurrence.objects.bulk_create(
        Occurrence(event=event, starts_at=start, ends_at=end) for start, end in occurrences(event.schedule)
    )
