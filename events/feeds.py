"""Events as iCalendar (RFC 5545): "add to my calendar" for one event, with Luxembourg's time zone."""

from __future__ import annotations

from collections.abc import Iterable

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from services_directory.hours import LUXEMBOURG

from .models import Occurrence


def calendar_bytes(sessions: Iterable[Occurrence], *, url_for, name: str) -> bytes:
    """A calendar of ``sessions``; ``url_for(event)`` gives each event's public address."""
    calendar = Calendar()
    calendar.add("prodid", "-//portal.lu//events//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for session in sessions:
        event = session.event
        entry = CalendarEvent()
        entry.add("uid", f"{event.translation_key}-{session.starts_at:%Y%m%dT%H%M%SZ}@portal.lu")
        entry.add("dtstamp", event.updated_at)
        entry.add("dtstart", session.starts_at.astimezone(LUXEMBOURG))
        entry.add("dtend", session.ends_at.astimezone(LUXEMBOURG))
        entry.add("summary", event.title)
        entry.add("description", event.description)
        entry.add("url", url_for(event))
        if event.location:
            entry.add("location", event.location.name)
        if event.organization.email:
            entry.add("organizer", f"mailto:{event.organization.email}", parameters={"cn": event.organization.name})
        calendar.add_component(entry)
    calendar.add_missing_timezones()
    return calendar.to_ical()
