"""An event's schedule as moments: Luxembourg wall-clock times made aware, so 10:00 stays 10:00 across DST."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta

from services_directory.hours import LUXEMBOURG, public_holidays


def _moment(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=LUXEMBOURG).astimezone(UTC)


def _weekly_days(slot) -> Iterator[date]:
    first, last = slot["first_date"], slot["last_date"]
    skipped = set(slot.get("except_dates") or [])
    holidays: set[date] = set()
    if slot.get("skip_public_holidays"):
        for year in range(first.year, last.year + 1):
            holidays |= set(public_holidays(year))
    day = first + timedelta(days=(int(slot["weekday"]) - first.weekday()) % 7)
    while day <= last:
        if day not in skipped and day not in holidays:
            yield day
        day += timedelta(days=7)


def occurrences(schedule: Iterable) -> list[tuple[datetime, datetime]]:
    """(start, end) in UTC of every session of a schedule StreamField, in order, without duplicates."""
    found: set[tuple[datetime, datetime]] = set()
    for block in schedule:
        value = block.value
        if block.block_type == "session":
            days: Iterable[date] = [value["date"]]
        else:
            days = _weekly_days(value)
        for day in days:
            found.add((_moment(day, value["start_time"]), _moment(day, value["end_time"])))
    return sorted(found)
