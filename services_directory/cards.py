"""What a listing card shows of a service: the directory's results, an organisation's and a commune's services.

A card's facts are read once and cached, per service, until content is published; only what
depends on the moment or the request (open now or not, the link, the distance) is worked out for
each listing. Twenty cards then cost one cache read instead of six queries and hundreds of model
instances.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from portal.caching import DIRECTORY, cached_many

from .hours import OpeningStatus, WeeklyHours
from .models import Service, ServiceStatus, name_slug
from .selectors import term_names, with_card_lists


@dataclass(frozen=True)
class ServiceCard:
    """A service's facts as its card shows them, in the service's language."""

    pk: int
    translation_key: UUID
    name: str
    organization_name: str
    category_names: tuple[str, ...]
    communes: tuple[str, ...]
    hours: WeeklyHours
    is_free: bool
    temporarily_closed: bool
    phone_number: str = ""
    phone_uri: str = ""

    @property
    def slug(self) -> str:
        return name_slug(self.name)


@dataclass(frozen=True)
class Listing:
    """A card as one page shows it: its link, whether the service is open now, how far it is."""

    card: ServiceCard
    url: str
    status: OpeningStatus
    distance: float | None = None


def service_cards(ids: list[int]) -> list[ServiceCard]:
    """The cards of the services ``ids``, in that order (services that no longer exist are left out)."""
    cards = cached_many({f"service-card:{pk}": pk for pk in ids}, _build_cards, depends_on=[DIRECTORY])
    return [cards[pk] for pk in ids if pk in cards]


def listings(
    cards: list[ServiceCard], *, url, now: datetime, distances: dict[int, float] | None = None
) -> list[Listing]:
    """``cards`` as listed at ``now``; ``url(card)`` is the link to each service's page."""
    distances = distances or {}
    return [Listing(card, url(card), card.hours.status(now), distances.get(card.pk)) for card in cards]


def _build_cards(ids: list[int]) -> dict[int, ServiceCard]:
    services = list(with_card_lists(Service.objects.filter(pk__in=ids)))
    return {service.pk: _card(service) for service in services}


def _card(service: Service) -> ServiceCard:
    language = service.locale.language_code
    phone = service.card_phones[0] if service.card_phones else None
    return ServiceCard(
        pk=service.pk,
        translation_key=service.translation_key,
        name=service.name,
        organization_name=service.organization.name,
        category_names=tuple(term_names(service.card_categories, service.locale_id)),
        # A place's commune is the same in every language (a synchronised field of the location).
        communes=tuple(place.location.commune.name_in(language) for place in service.card_places),
        hours=service.opening_hours(schedules=service.card_schedules, closures=service.card_closures),
        is_free=service.is_free,
        temporarily_closed=service.status == ServiceStatus.TEMPORARILY_CLOSED,
        phone_number=phone.number if phone else "",
        phone_uri=phone.tel_uri if phone else "",
    )
