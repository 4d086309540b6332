from .events import Event, EventKind, EventLevel, Occurrence

__all__ = ["Event", "EventKind", "EventLevel", "Occurrence"]
