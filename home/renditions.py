"""Image renditions are made when an image is saved, never while a visitor waits for a page.

``PUBLIC_RENDITIONS`` lists every filter the public templates ask for. Saving an image enqueues
``image_renditions_create`` once the transaction commits (a background task with a queued
``TASKS_BACKEND``); templates only look renditions up with ``{% public_rendition %}``, and an image
whose renditions are not made yet (the task has not run, or failed) is shown from its original
file, scaled by the browser. Saving the image again makes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django_tasks import task
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage, AbstractRendition, Filter

PUBLIC_RENDITIONS = ("width-960|format-webp",)


@dataclass(frozen=True)
class OriginalFile:
    """Stands in for a rendition that is not made yet: the uploaded file, scaled by the browser."""

    url: str
    width: int
    height: int


@task(queue_name="renditions")
def image_renditions_create(image_id: int) -> int:
    """Background task: make the image's public renditions that do not exist yet; returns how many it has."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return 0
    return len(image.get_renditions(*PUBLIC_RENDITIONS))


def image_renditions_schedule(*, image: AbstractImage) -> None:
    """Enqueue the image's renditions for when the current transaction commits."""
    transaction.on_commit(lambda: image_renditions_create.enqueue(image.pk))


def public_rendition_find(*, image: AbstractImage, spec: str) -> AbstractRendition | OriginalFile:
    """The rendition ``spec`` of ``image`` if it is made (cache, then database), else the original file."""
    if spec not in PUBLIC_RENDITIONS:
        raise ValueError(f"{spec!r} is not in PUBLIC_RENDITIONS, so it is never made in advance")
    wanted = Filter(spec=spec)
    found = image.find_existing_renditions(wanted).get(wanted)
    if found is not None:
        return found
    return OriginalFile(url=image.file.url, width=image.width, height=image.height)
