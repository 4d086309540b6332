"""Opening hours: the days of the week, weekly slots, Luxembourg public holidays and announced closures.

Pure functions and value objects with no database access; the clock is always an argument
(``now``, a timezone-aware datetime), so every rule can be tested at any instant.

Rules, as a resident would expect them:
- A slot belongs to the day it opens. One whose closing time is not after its opening time
  (22:00–02:00, or 20:00–00:00) runs past midnight into the next day.
- On a public holiday or a day inside an announced closure, the slots opening that day are
  cancelled (unless the service opens on public holidays). A slot that opened the evening
  before still runs to its end after midnight.
- All times are wall-clock times in Europe/Luxembourg.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from django.db import models
from django.utils.translation import gettext_lazy as _

LUXEMBOURG = ZoneInfo("Europe/Luxembourg")
LOOKAHEAD_DAYS = 21


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def public_holidays(year: int) -> dict[date, str]:
    """Luxembourg's legal public holidays of ``year`` (Europe Day since 2019)."""
    easter = easter_sunday(year)
    holidays = {
        date(year, 1, 1): _("New Year's Day"),
        easter + timedelta(days=1): _("Easter Monday"),
        date(year, 5, 1): _("Labour Day"),
        easter + timedelta(days=39): _("Ascension Day"),
        easter + timedelta(days=50): _("Whit Monday"),
        date(year, 6, 23): _("National Day"),
        date(year, 8, 15): _("Assumption Day"),
        date(year, 11, 1): _("All Saints' Day"),
        date(year, 12, 25): _("Christmas Day"),
        date(year, 12, 26): _("St Stephen's Day"),
    }
    if year >= 2019:
        holidays[date(year, 5, 9)] = _("Europe Day")
    return dict(sorted(holidays.items()))


def public_holiday_name(day: date) -> str | None:
    return public_holidays(day.year).get(day)


def luxembourg_now() -> datetime:
    return datetime.now(LUXEMBOURG)


@dataclass(frozen=True)
class WeeklySlot:
    weekday: int
    opens: time
    closes: time

    @property
    def crosses_midnight(self) -> bool:
        return self.closes <= self.opens


@dataclass(frozen=True)
class Closure:
    """An announced closure, first and last day included."""

    start: date
    end: date

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class Opening:
    start: datetime
    end: datetime

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


@dataclass(frozen=True)
class OpeningStatus:
    is_open: bool
    today: list[Opening]
    closes_at: datetime | None = None
    next_opening: Opening | None = None
    closed_today_because: str | None = None


@dataclass(frozen=True)
class WeeklyHours:
    slots: tuple[WeeklySlot, ...] = ()
    closures: tuple[Closure, ...] = ()
    open_on_public_holidays: bool = False
    _by_weekday: dict[int, list[WeeklySlot]] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        by_weekday: dict[int, list[WeeklySlot]] = {}
        for slot in sorted(self.slots, key=lambda slot: (slot.weekday, slot.opens)):
            by_weekday.setdefault(slot.weekday, []).append(slot)
        object.__setattr__(self, "_by_weekday", by_weekday)

    @property
    def has_hours(self) -> bool:
        return bool(self.slots)

    def closed_because(self, day: date) -> str | None:
        """Why the service does not open on ``day`` although it normally would, if it doesn't."""
        for closure in self.closures:
            if closure.covers(day):
                return str(_("Announced closure"))
        if not self.open_on_public_holidays:
            holiday = public_holiday_name(day)
            if holiday:
                return str(holiday)
        return None

    def regular_openings(self, day: date) -> list[Opening]:
        """The openings of a normal ``day`` of its weekday, ignoring holidays and closures."""
        openings = []
        for slot in self._by_weekday.get(day.weekday(), []):
            end_day = day + timedelta(days=1) if slot.crosses_midnight else day
            openings.append(
                Opening(
                    start=datetime.combine(day, slot.opens, tzinfo=LUXEMBOURG),
                    end=datetime.combine(end_day, slot.closes, tzinfo=LUXEMBOURG),
                )
            )
        return openings

    def openings_on(self, day: date) -> list[Opening]:
        """The openings starting on ``day``: today's hours."""
        if self.closed_because(day):
            return []
        return self.regular_openings(day)

    def current_opening(self, now: datetime) -> Opening | None:
        moment = _local(now)
        for day in (moment.date() - timedelta(days=1), moment.date()):
            for opening in self.openings_on(day):
                if opening.contains(moment):
                    return opening
        return None

    def is_open(self, now: datetime) -> bool:
        return self.current_opening(now) is not None

    def next_opening(self, now: datetime) -> Opening | None:
        """The first opening that starts after ``now``, within three weeks."""
        moment = _local(now)
        for offset in range(LOOKAHEAD_DAYS + 1):
            for opening in self.openings_on(moment.date() + timedelta(days=offset)):
                if opening.start > moment:
                    return opening
        return None

    def status(self, now: datetime) -> OpeningStatus:
        moment = _local(now)
        current = self.current_opening(moment)
        today = moment.date()
        closed_because = self.closed_because(today) if self.regular_openings(today) else None
        return OpeningStatus(
            is_open=current is not None,
            today=self.openings_on(today),
            closes_at=current.end if current else None,
            next_opening=None if current else self.next_opening(moment),
            closed_today_because=closed_because,
        )


@dataclass(frozen=True)
class DayHours:
    """One day of the week as a timetable shows it: its name and the slots that open on it."""

    label: str
    slots: list
    is_today: bool = False


def week_hours(schedules: Sequence, *, today: date | None = None) -> list[DayHours]:
    """Every day of the week, Monday first, with the ``schedules`` rows (``weekday``, ``opens_at``,
    ``closes_at``) that open on it, earliest first; the day of ``today`` is marked."""
    return [
        DayHours(
            label=day.label,
            slots=sorted((slot for slot in schedules if slot.weekday == day.value), key=lambda slot: slot.opens_at),
            is_today=today is not None and day.value == today.weekday(),
        )
        for day in Weekday
    ]


def _local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("Opening hours need a timezone-aware datetime.")
    return moment.astimezone(LUXEMBOURG)
