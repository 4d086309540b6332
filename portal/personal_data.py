"""Personal data held outside the helpdesk's own records, for its retention purge and people's rights.

The helpdesk's person export and erasure (``care_requests/helpdesk/people.py``) and the daily purge
(``manage.py purge_care_requests``) handle care requests and form submissions themselves and every
source registered here, so an app that keeps personal details (the events' sign-ups) plugs in from its
``AppConfig.ready`` without the helpdesk importing it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PersonalDataSource:
    key: str  # the records' key in the person's JSON export
    label: Any  # the heading of the records on the helpdesk's people page (lazy translated)
    find: Callable[[str], list]  # a person's records, by their email address or phone number
    describe: Callable[[Any], str]  # one line per record on the people page
    as_json: Callable[[Any], dict]
    erase: Callable[..., int]  # erase(records=, user=, action=) -> how many were erased
    purge: Callable[..., int]  # purge(now=) -> how many records past their retention were erased


_sources: dict[str, PersonalDataSource] = {}


def personal_data_register(source: PersonalDataSource) -> None:
    _sources[source.key] = source


def personal_data_sources() -> list[PersonalDataSource]:
    return list(_sources.values())


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def same_person(*, email: str, phone: str, identifier: str) -> bool:
    """Whether an email address or phone number typed by the helpdesk is this one (the last 8 digits of a phone)."""
    identifier = identifier.strip()
    if "@" in identifier:
        return bool(email) and email.strip().lower() == identifier.lower()
    wanted = digits(identifier)
    return len(wanted) >= 6 and bool(phone) and digits(phone).endswith(wanted[-8:])
