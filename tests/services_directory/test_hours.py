from datetime import UTC, date, datetime, time
from types import SimpleNamespace

import pytest
from django.utils import translation

from services_directory.hours import (
    LUXEMBOURG,
    Closure,
    WeeklyHours,
    WeeklySlot,
    easter_sunday,
    public_holiday_name,
    public_holidays,
    week_hours,
)

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def at(year, month, day, hour, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=LUXEMBOURG)


def slot(weekday, opens, closes):
    return WeeklySlot(weekday, time.fromisoformat(opens), time.fromisoformat(closes))


class PublicHolidayTests:
    @pytest.mark.parametrize(
        ("year", "easter"),
        [
            (2024, date(2024, 3, 31)),
            (2025, date(2025, 4, 20)),
            (2026, date(2026, 4, 5)),
            (2027, date(2027, 3, 28)),
            (2038, date(2038, 4, 25)),
        ],
    )
    def test_easter_sunday(self, year, easter):
        assert easter_sunday(year) == easter

    def test_the_2026_holidays(self):
        assert set(public_holidays(2026)) == {
            date(2026, 1, 1),
            date(2026, 4, 6),  # Easter Monday
            date(2026, 5, 1),
            date(2026, 5, 9),  # Europe Day
            date(2026, 5, 14),  # Ascension
            date(2026, 5, 25),  # Whit Monday
            date(2026, 6, 23),
            date(2026, 8, 15),
            date(2026, 11, 1),
            date(2026, 12, 25),
            date(2026, 12, 26),
        }

    def test_europe_day_only_since_2019(self):
        assert public_holiday_name(date(2019, 5, 9)) is not None
        assert public_holiday_name(date(2018, 5, 9)) is None

    def test_an_ordinary_day_is_not_a_holiday(self):
        assert public_holiday_name(date(2026, 4, 7)) is None


class OpenNowTests:
    hours = WeeklyHours(slots=(slot(MON, "09:00", "12:00"), slot(MON, "14:00", "17:30"), slot(FRI, "20:00", "02:00")))

    def test_open_during_a_slot_closed_between_slots(self):
        # Monday 16 November 2026
        assert self.hours.is_open(at(2026, 11, 16, 9, 0))
        assert self.hours.is_open(at(2026, 11, 16, 11, 59))
        assert not self.hours.is_open(at(2026, 11, 16, 12, 0))
        assert not self.hours.is_open(at(2026, 11, 16, 13, 30))
        assert not self.hours.is_open(at(2026, 11, 16, 8, 59))

    def test_a_friday_evening_slot_runs_past_midnight_into_saturday(self):
        # Friday 20 November 2026
        assert self.hours.is_open(at(2026, 11, 20, 23, 30))
        assert self.hours.is_open(at(2026, 11, 21, 1, 59))
        assert not self.hours.is_open(at(2026, 11, 21, 2, 0))
        assert not self.hours.is_open(at(2026, 11, 20, 19, 59))

    def test_a_slot_closing_at_midnight(self):
        hours = WeeklyHours(slots=(slot(TUE, "18:00", "00:00"),))
        assert hours.is_open(at(2026, 11, 17, 23, 59))
        assert not hours.is_open(at(2026, 11, 18, 0, 0))

    def test_the_clock_may_be_in_any_timezone(self):
        # 08:30 UTC is 09:30 in Luxembourg in November
        assert self.hours.is_open(datetime(2026, 11, 16, 8, 30, tzinfo=UTC))
        assert not self.hours.is_open(datetime(2026, 11, 16, 7, 30, tzinfo=UTC))

    def test_summer_time_uses_wall_clock_hours(self):
        # Monday 6 July 2026: 09:30 in Luxembourg is 07:30 UTC
        assert self.hours.is_open(datetime(2026, 7, 6, 7, 30, tzinfo=UTC))
        assert not self.hours.is_open(datetime(2026, 7, 6, 6, 30, tzinfo=UTC))

    def test_a_naive_clock_is_refused(self):
        with pytest.raises(ValueError):
            self.hours.is_open(datetime(2026, 11, 16, 10, 0))

    def test_status_tells_when_it_closes_and_when_it_opens_next(self):
        status = self.hours.status(at(2026, 11, 16, 10, 0))
        assert status.is_open
        assert status.closes_at == at(2026, 11, 16, 12, 0)
        assert [(o.start.hour, o.end.hour) for o in status.today] == [(9, 12), (14, 17)]
        status = self.hours.status(at(2026, 11, 16, 18, 0))
        assert not status.is_open
        assert status.next_opening.start == at(2026, 11, 20, 20, 0)
        assert status.next_opening.end == at(2026, 11, 21, 2, 0)


class HolidayAndClosureTests:
    hours = WeeklyHours(slots=(slot(MON, "09:00", "12:00"), slot(SUN, "22:00", "02:00"), slot(TUE, "09:00", "12:00")))

    def test_closed_on_easter_monday(self):
        easter_monday = at(2026, 4, 6, 10, 0)
        assert not self.hours.is_open(easter_monday)
        status = self.hours.status(easter_monday)
        assert status.today == []
        assert status.closed_today_because == "Easter Monday"
        assert status.next_opening.start == at(2026, 4, 7, 9, 0)

    def test_an_evening_slot_started_before_a_holiday_runs_on_after_midnight(self):
        # Sunday 24 May 2026 22:00 to Whit Monday 02:00
        assert self.hours.is_open(at(2026, 5, 25, 1, 0))
        assert not self.hours.is_open(at(2026, 5, 25, 10, 0))

    def test_an_evening_slot_starting_on_a_holiday_is_cancelled_past_midnight_too(self):
        # Friday 25 December 2026 is a holiday; a Friday 22:00–02:00 slot does not open
        hours = WeeklyHours(slots=(slot(FRI, "22:00", "02:00"),))
        assert not hours.is_open(at(2026, 12, 25, 23, 0))
        assert not hours.is_open(at(2026, 12, 26, 1, 0))
        assert hours.is_open(at(2026, 12, 19, 1, 0))  # the Friday before, an ordinary day
        assert not hours.is_open(at(2027, 1, 2, 1, 0))  # New Year's Day 2027 is a Friday too

    def test_national_day_and_europe_day(self):
        hours = WeeklyHours(slots=tuple(slot(day, "09:00", "17:00") for day in range(7)))
        assert not hours.is_open(at(2026, 6, 23, 10, 0))
        assert not hours.is_open(at(2026, 5, 9, 10, 0))
        assert hours.is_open(at(2026, 6, 24, 10, 0))

    def test_a_service_open_on_holidays(self):
        hours = WeeklyHours(slots=(slot(MON, "09:00", "12:00"),), open_on_public_holidays=True)
        assert hours.is_open(at(2026, 4, 6, 10, 0))

    def test_an_announced_closure_includes_its_last_day(self):
        hours = WeeklyHours(
            slots=(slot(MON, "09:00", "12:00"), slot(TUE, "09:00", "12:00")),
            closures=(Closure(date(2026, 11, 16), date(2026, 11, 17)),),
        )
        assert not hours.is_open(at(2026, 11, 16, 10, 0))
        assert not hours.is_open(at(2026, 11, 17, 10, 0))
        assert hours.status(at(2026, 11, 17, 10, 0)).closed_today_because == "Announced closure"
        assert hours.next_opening(at(2026, 11, 16, 10, 0)).start == at(2026, 11, 23, 9, 0)

    def test_no_reason_given_on_a_day_it_would_not_open_anyway(self):
        assert self.hours.status(at(2026, 12, 25, 10, 0)).closed_today_because is None

    def test_no_hours_means_never_open(self):
        hours = WeeklyHours()
        assert not hours.has_hours
        assert hours.status(at(2026, 11, 16, 10, 0)).next_opening is None


def schedule(weekday, opens, closes):
    """A schedule row as the directory stores it."""
    return SimpleNamespace(weekday=weekday, opens_at=time.fromisoformat(opens), closes_at=time.fromisoformat(closes))


def timetable(week):
    return [(str(day.label), [f"{row.opens_at:%H:%M}-{row.closes_at:%H:%M}" for row in day.slots]) for day in week]


class WeekHoursTests:
    def test_every_day_from_monday_with_its_slots_earliest_first(self):
        rows = [schedule(THU, "13:30", "17:00"), schedule(MON, "14:00", "17:30"), schedule(MON, "09:00", "12:00")]
        assert timetable(week_hours(rows)) == [
            ("Monday", ["09:00-12:00", "14:00-17:30"]),
            ("Tuesday", []),
            ("Wednesday", []),
            ("Thursday", ["13:30-17:00"]),
            ("Friday", []),
            ("Saturday", []),
            ("Sunday", []),
        ]

    def test_today_is_marked(self):
        week = week_hours([schedule(MON, "09:00", "12:00")], today=date(2026, 11, 19))  # a Thursday
        assert [str(day.label) for day in week if day.is_today] == ["Thursday"]
        assert not any(day.is_today for day in week_hours([schedule(MON, "09:00", "12:00")]))

    def test_days_are_named_in_the_active_language(self):
        with translation.override("fr"):
            assert [str(day.label) for day in week_hours([])][:2] == ["lundi", "mardi"]
