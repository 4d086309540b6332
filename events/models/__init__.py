from .events import Event, EventKind, EventLevel, Occurrence
from .pages import EventIndexPage
from .signups import EventCapacity, SignUp, SignUpStatus

__all__ = [
    "Event",
    "EventCapacity",
    "EventIndexPage",
    "EventKind",
    "EventLevel",
    "Occurrence",
    "SignUp",
    "SignUpStatus",
]
