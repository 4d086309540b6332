"""Language-aware search backends and the fallback from a cluster to the database.

Every backend here accepts a ``LANGUAGE`` parameter (a content language code): the database
backend then queries with that language's PostgreSQL configuration, the Elasticsearch backend
with that language's analyzer. Without it (the admin, the directory) they search language-neutrally.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import cache
from typing import TypeVar

from django.conf import settings
from django.core.signals import setting_changed
from modelsearch.backends import get_search_backend
from modelsearch.backends.base import BaseSearchBackend

from site_search.config import FALLBACK_ALIAS

logger = logging.getLogger(__name__)
T = TypeVar("T")
RETRY_AFTER_SECONDS = 30
_unavailable_until: dict[str, float] = {}


class LanguageMixin:
    """What the site search needs from a backend besides Wagtail's interface."""

    unavailable_errors: tuple[type[Exception], ...] = ()
    """Errors meaning "the service is unreachable": the site search then falls back."""

    def __init__(self, params):
        self.language = params.pop("LANGUAGE", None)
        super().__init__(params)

    def relevance(self, score: float | None) -> float:
        """The backend's score as "higher is more relevant"."""
        return score or 0.0


@cache
def _backend(alias: str, language: str) -> BaseSearchBackend:
    return get_search_backend(alias, LANGUAGE=language)


def _clear_backends(*, setting, **kwargs) -> None:
    if setting == "WAGTAILSEARCH_BACKENDS":
        _backend.cache_clear()
        _unavailable_until.clear()


setting_changed.connect(_clear_backends, dispatch_uid="portal_search_backends")


def language_backends(language: str) -> list[BaseSearchBackend]:
    """The backends to try for ``language``, in order: the configured one, then the database."""
    aliases = ["default"]
    if FALLBACK_ALIAS in settings.WAGTAILSEARCH_BACKENDS:
        aliases.append(FALLBACK_ALIAS)
    return [_backend(alias, language) for alias in aliases]


def with_fallback(language: str, operation: Callable[[BaseSearchBackend], T]) -> T:
    """``operation(backend)`` with the first backend that answers.

    A backend that fails with one of its ``unavailable_errors`` is logged and skipped for
    ``RETRY_AFTER_SECONDS``, so that visitors do not each wait for its time-out.
    """
    *primaries, last = language_backends(language)
    for backend in primaries:
        key = type(backend).__name__
        if _unavailable_until.get(key, 0) > time.monotonic():
            continue
        try:
            return operation(backend)
        except backend.unavailable_errors as error:
            logger.warning("Search backend %s is unreachable (%s); the database answers instead.", key, error)
            _unavailable_until[key] = time.monotonic() + RETRY_AFTER_SECONDS
    return operation(last)
