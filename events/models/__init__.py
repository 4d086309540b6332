from .events import Event, EventKind, EventLevel, Occurrence
from .pages import EventIndexPage
from .signups import Attendance, EventCapacity, SignUp, SignUpReminder, SignUpStatus

__all__ = [
    "Attendance",
    "Event",
    "EventCapacity",
    "EventIndexPage",
    "EventKind",
    "EventLevel",
    "Occurrence",
    "SignUp",
    "SignUpReminder",
    "SignUpStatus",
]
