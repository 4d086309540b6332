"""Demo events: courses at web cafés, two environmental-team tours and a helpdesk workshop, in five languages.

The dates follow the day the demo is loaded (the sessions fall over the next weeks), so a fresh demo
always has upcoming events; the beginners' smartphone course in Portuguese near Differdange has its
first session next week. One weekly course falls on the weekday of the next public holiday and skips
it. Events are made and published in French, which materialises their sessions, then translated
through wagtail-localize. The "What's on" page is added under each language's home page, in the menu.

Idempotent: an event is found again by its organisation and French title, and is left as it is
while it has sessions to come; once they are all over, a new load gives it new dates (in every
language), so a demo loaded long ago comes back to life. The helpdesk is found by its external id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from demo.home.legal import EMAIL, ORGANISATION, PHONE
from demo.services_directory.texts import SAMPLE_NOTE, joined
from demo.toolkit import Log, T, ensure_child_page, locale, translate
from events.blocks import session_value, weekly_value
from events.models import Event, EventIndexPage, EventKind, EventLevel
from home.models import HomePage
from services_directory.hours import LUXEMBOURG, public_holidays
from services_directory.models import DataOrigin, Location, Organization, OrganizationKind, Service

from .texts import EVENTS, HELPDESK_DESCRIPTION, WHATS_ON_PAGE

HELPDESK_ID = "demo-helpdesk-integratioun"


def _is_holiday(day: date) -> bool:
    return day in public_holidays(day.year)


def _not_holiday(day: date) -> date:
    """``day``, or the next day that is not a public holiday."""
    while _is_holiday(day):
        day += timedelta(days=1)
    return day


def _working_day(day: date) -> date:
    """``day``, or the next weekday that is not a public holiday."""
    while day.weekday() >= 5 or _is_holiday(day):
        day += timedelta(days=1)
    return day


def next_public_holiday_on_a_weekday(after: date) -> date:
    day = after + timedelta(days=1)
    while day.weekday() >= 5 or not _is_holiday(day):
        day += timedelta(days=1)
    return day


def _session(day: date, start: str, end: str) -> tuple[str, dict]:
    return session_value(day, time.fromisoformat(start), time.fromisoformat(end))


def _weekly(weekday: int, start: str, end: str, first: date, last: date, *, except_dates=()) -> tuple[str, dict]:
    """Every week, except on ``except_dates`` and public holidays."""
    return weekly_value(
        weekday, first, last, time.fromisoformat(start), time.fromisoformat(end), except_dates=except_dates
    )


def _web_cafe(commune: str) -> dict[str, str]:
    """The external ids of the local CIG of ``commune`` (a slug), its office and its web café."""
    return {
        "organization": f"demo-cigl-{commune}",
        "place": f"demo-place-{commune}-cigl-{commune}",
        "service": f"demo-web-{commune}",
    }


@dataclass(frozen=True)
class DemoEvent:
    key: str  # in ``texts.EVENTS``
    organization: str  # external id
    place: str | None  # a location's external id
    service: str | None
    kind: str
    languages: list[str]
    schedule: list = field(default_factory=list)
    level: str = EventLevel.ANY
    price: Decimal | None = None
    capacity: int | None = None
    signup_required: bool = True


def demo_events(today: date) -> list[DemoEvent]:
    """The demo's events, dated from ``today`` (Luxembourg time)."""
    next_monday = today + timedelta(days=7 - today.weekday())

    def week(number: int, weekday: int) -> date:
        """A day of the ``number``-th week after this one (1 is next week)."""
        return next_monday + timedelta(weeks=number - 1, days=weekday)

    holiday = next_public_holiday_on_a_weekday(today)
    first_saturday = today + timedelta(days=(5 - today.weekday()) % 7 or 7)
    return [
        DemoEvent(
            key="smartphone-pt",
            **_web_cafe("differdange"),
            kind=EventKind.COURSE,
            languages=["pt"],
            level=EventLevel.BEGINNER,
            capacity=8,
            schedule=[_session(_working_day(week(n, 1)), "14:00", "16:00") for n in range(1, 5)],
        ),
        DemoEvent(
            key="smartphone-fr-lb",
            **_web_cafe("differdange"),
            kind=EventKind.COURSE,
            languages=["fr", "lb"],
            level=EventLevel.BEGINNER,
            capacity=8,
            schedule=[_session(_working_day(week(n, 3)), "14:00", "16:00") for n in range(1, 5)],
        ),
        DemoEvent(
            key="video-calls-lb",
            **_web_cafe("ettelbruck"),
            kind=EventKind.COURSE,
            languages=["lb"],
            level=EventLevel.BEGINNER,
            capacity=10,
            schedule=[
                _weekly(
                    holiday.weekday(),
                    "14:30",
                    "16:30",
                    today + timedelta(days=1),
                    max(today + timedelta(weeks=8), holiday + timedelta(weeks=2)),
                )
            ],
        ),
        DemoEvent(
            key="online-forms",
            **_web_cafe("esch-sur-alzette"),
            kind=EventKind.COURSE,
            languages=["fr", "de"],
            level=EventLevel.INTERMEDIATE,
            capacity=10,
            schedule=[_session(_working_day(week(n, 3)), "09:30", "11:30") for n in range(1, 4)],
        ),
        DemoEvent(
            key="office-software",
            **_web_cafe("petange"),
            kind=EventKind.COURSE,
            languages=["fr", "en"],
            level=EventLevel.BEGINNER,
            price=Decimal("20.00"),
            capacity=12,
            schedule=[
                _weekly(
                    5,
                    "09:30",
                    "11:30",
                    first_saturday,
                    first_saturday + timedelta(weeks=7),
                    except_dates=[first_saturday + timedelta(weeks=3)],
                )
            ],
        ),
        DemoEvent(
            key="recycling-tour",
            organization="demo-cigr-eislek",
            place="demo-place-clervaux-cigr-eislek",
            service="demo-environment-clervaux",
            kind=EventKind.TOUR,
            languages=["lb", "de", "fr"],
            capacity=15,
            schedule=[_session(_working_day(week(2, 2)), "14:00", "16:00")],
        ),
        DemoEvent(
            key="nature-walk",
            organization="demo-cig-natur-an-emwelt",
            place="demo-place-larochette-cig-natur-an-emwelt",
            service="demo-environment-larochette",
            kind=EventKind.TOUR,
            languages=["lb", "de", "fr"],
            capacity=20,
            schedule=[_session(_not_holiday(week(3, 5)), "10:00", "12:30")],
        ),
        DemoEvent(
            key="communes-workshop",
            organization=HELPDESK_ID,
            place=None,
            service=None,
            kind=EventKind.WORKSHOP,
            languages=["fr", "de", "lb"],
            capacity=20,
            schedule=[_session(_working_day(week(4, 3)), "09:00", "12:30")],
        ),
    ]


def _helpdesk(log: Log) -> Organization:
    """The helpdesk that publishes the portal, as the organisation that runs the communes' workshop."""
    french = locale("fr")
    data = {
        "name": T(fr=ORGANISATION, de=ORGANISATION, lb=ORGANISATION, en=ORGANISATION, pt=ORGANISATION),
        "description": joined(HELPDESK_DESCRIPTION, SAMPLE_NOTE),
    }
    helpdesk = Organization.objects.filter(locale=french, external_id=HELPDESK_ID).first()
    if helpdesk is None:
        helpdesk = Organization.objects.create(
            locale=french,
            external_id=HELPDESK_ID,
            name=ORGANISATION,
            kind=OrganizationKind.PARTNER,
            description=data["description"].fr,
            email=EMAIL,
            phone=PHONE,
            data_origin=DataOrigin.SAMPLE,
            live=True,
        )
        log(f"  created organisation “{helpdesk.name}”")
    translate(helpdesk, data, log=log)
    return helpdesk


def _event_load(demo: DemoEvent, log: Log) -> Event:
    french = locale("fr")
    texts = EVENTS[demo.key]
    organization = Organization.objects.get(locale=french, external_id=demo.organization)
    event = Event.objects.filter(locale=french, organization=organization, title=texts["title"].fr).first()
    if event is None:
        event = Event.objects.create(
            locale=french,
            organization=organization,
            location=Location.objects.get(locale=french, external_id=demo.place) if demo.place else None,
            service=Service.objects.get(locale=french, external_id=demo.service) if demo.service else None,
            kind=demo.kind,
            session_languages=demo.languages,
            level=demo.level,
            price=demo.price,
            capacity=demo.capacity,
            signup_required=demo.signup_required,
            schedule=demo.schedule,
            live=False,
            **{name: text.fr for name, text in texts.items()},
        )
        event.save_revision().publish()  # as an editor publishes it: its sessions are materialised
        log(f"  created event “{event.title}”")
    elif not event.occurrences.filter(ends_at__gt=timezone.now()).exists():
        _event_renew(event, demo.schedule, log=log)
    translate(event, texts, log=log)
    return event


def _event_renew(event: Event, schedule: list, *, log: Log) -> None:
    """Give a demo event whose sessions are all over the dates of this load, in every language."""
    for version in Event.objects.filter(translation_key=event.translation_key):
        version.schedule = schedule
        version.save_revision().publish()
    log(f"  gave new dates to event “{event.title}”")


def _whats_on_page(log: Log) -> None:
    home = HomePage.objects.get(locale__language_code="fr", depth=2)
    page, _created = ensure_child_page(
        home,
        EventIndexPage(
            title=WHATS_ON_PAGE["title"].fr,
            slug=WHATS_ON_PAGE["slug"].fr,
            intro=WHATS_ON_PAGE["intro"].fr,
            show_in_menus=True,
        ),
        log=log,
    )
    translate(page, WHATS_ON_PAGE, log=log)


def load(*, log: Log) -> None:
    today = datetime.now(LUXEMBOURG).date()
    with transaction.atomic():
        _helpdesk(log)
        for demo in demo_events(today):
            _event_load(demo, log)
    _whats_on_page(log)
