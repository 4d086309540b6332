"""Sessions follow publishing: materialised on publish, removed on unpublish (deletion cascades)."""

from wagtail.signals import published, unpublished

from .models import Event


def _refresh(sender, instance, **kwargs) -> None:
    from .services import occurrences_refresh

    instance.refresh_from_db(fields=["live", "schedule"])
    occurrences_refresh(event=instance)


def connect() -> None:
    published.connect(_refresh, sender=Event, dispatch_uid="events_occurrences_published")
    unpublished.connect(_refresh, sender=Event, dispatch_uid="events_occurrences_unpublished")
