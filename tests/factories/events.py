"""Events for tests: French (source-language) drafts made live with ``publish_event``."""

from datetime import date, time

import factory
from factory.django import DjangoModelFactory

from events.blocks import session_value, weekly_value
from events.models import Event, EventIndexPage, EventKind
from tests.factories.directory import OrganizationFactory, default_locale
from tests.factories.pages import PublishedPageFactory


def session(day: date, start: str = "10:00", end: str = "12:00") -> tuple:
    return session_value(day, time.fromisoformat(start), time.fromisoformat(end))


def weekly(weekday: int, first: date, last: date, *, start="10:00", end="12:00", except_dates=(), holidays=True):
    times = (time.fromisoformat(start), time.fromisoformat(end))
    return weekly_value(weekday, first, last, *times, except_dates=except_dates, skip_public_holidays=holidays)


class EventFactory(DjangoModelFactory):
    """A draft event (``live=False``); call ``publish_event`` to make it live with its sessions."""

    class Meta:
        model = Event

    organization = factory.SubFactory(OrganizationFactory)
    title = factory.Sequence(lambda n: f"Cours smartphone {n}")
    description = "Apprendre à utiliser son smartphone."
    kind = EventKind.COURSE
    session_languages = ["fr"]
    schedule = factory.LazyFunction(lambda: [session(date(2026, 12, 10))])
    locale = factory.LazyFunction(default_locale)
    live = False


def publish_event(event: Event, user=None) -> Event:
    event.save_revision(user=user).publish(user=user)
    event.refresh_from_db()
    return event


class EventIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = EventIndexPage

    title = "Agenda"
    slug = "agenda"
    intro = "Cours et ateliers près de chez vous."
