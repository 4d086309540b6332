"""The dates of an event: single sessions (one-off events and series) and weekly slots.

Times are wall-clock times in Luxembourg; ``events.schedule`` turns them into moments.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

WEEKDAYS = [
    ("0", _("Monday")),
    ("1", _("Tuesday")),
    ("2", _("Wednesday")),
    ("3", _("Thursday")),
    ("4", _("Friday")),
    ("5", _("Saturday")),
    ("6", _("Sunday")),
]


def _check_times(value) -> None:
    start, end = value.get("start_time"), value.get("end_time")
    if start and end and end <= start:
        raise blocks.StructBlockValidationError(
            block_errors={"end_time": ErrorList([ValidationError(_("The end must come after the start."))])}
        )


class SessionBlock(blocks.StructBlock):
    """One session on one day: a one-off event has one, a series has several."""

    date = blocks.DateBlock(label=_("Date"))
    start_time = blocks.TimeBlock(label=_("Starts at"))
    end_time = blocks.TimeBlock(label=_("Ends at"))

    class Meta:
        icon = "date"
        label = _("Session")
        template = "events/blocks/session.html"

    def clean(self, value):
        value = super().clean(value)
        _check_times(value)
        return value


class WeeklyBlock(blocks.StructBlock):
    """The same slot every week between two dates, except the dates given (and public holidays if asked)."""

    weekday = blocks.ChoiceBlock(choices=WEEKDAYS, label=_("Day of the week"))
    start_time = blocks.TimeBlock(label=_("Starts at"))
    end_time = blocks.TimeBlock(label=_("Ends at"))
    first_date = blocks.DateBlock(label=_("From"))
    last_date = blocks.DateBlock(label=_("Until"))
    except_dates = blocks.ListBlock(blocks.DateBlock(), label=_("Except on"), required=False, default=[])
    skip_public_holidays = blocks.BooleanBlock(label=_("Not on public holidays"), required=False, default=True)

    class Meta:
        icon = "repeat"
        label = _("Every week")
        template = "events/blocks/weekly.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["weekday_label"] = dict(WEEKDAYS).get(value["weekday"], "")
        return context

    def clean(self, value):
        value = super().clean(value)
        _check_times(value)
        first, last = value.get("first_date"), value.get("last_date")
        if first and last and last < first:
            message = _("The last date must not be before the first.")
            raise blocks.StructBlockValidationError(block_errors={"last_date": ErrorList([ValidationError(message)])})
        return value


class ScheduleBlock(blocks.StreamBlock):
    session = SessionBlock()
    weekly = WeeklyBlock()


def session_value(day: date, start: time, end: time) -> tuple[str, dict]:
    """A session as ``ScheduleBlock`` takes it, for code that writes schedules (demo content, tests)."""
    return ("session", {"date": day, "start_time": start, "end_time": end})


def weekly_value(
    weekday: int,
    first: date,
    last: date,
    start: time,
    end: time,
    *,
    except_dates: Iterable[date] = (),
    skip_public_holidays: bool = True,
) -> tuple[str, dict]:
    """A weekly slot as ``ScheduleBlock`` takes it (``weekday``: 0 is Monday)."""
    return (
        "weekly",
        {
            "weekday": str(weekday),
            "start_time": start,
            "end_time": end,
            "first_date": first,
            "last_date": last,
            "except_dates": list(except_dates),
            "skip_public_holidays": skip_public_holidays,
        },
    )
