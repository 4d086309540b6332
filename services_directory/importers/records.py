"""The shape every import format is read into, and its validation.

A file (CSV template or HSDS JSON) becomes a list of ``ServiceRecord``; each is checked on its
own and against the others, and every problem is reported with the line (CSV) or position
(JSON) it comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.translation import gettext as _
from wagtail.models import Locale

from geography.models import Commune
from geography.places import commune_lookup

from ..models import OrganizationKind, PhoneKind, ServiceStatus, SpokenLanguage, StepFreeAccess, TaxonomyTerm

WEEKDAYS = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}
HOURS_RE = re.compile(r"^(mo|tu|we|th|fr|sa|su)\s+(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$", re.IGNORECASE)
TRUE_WORDS = {"yes", "oui", "ja", "jo", "true", "1", "y"}
FALSE_WORDS = {"no", "non", "nein", "neen", "false", "0", "n", ""}


class RecordError(Exception):
    """What is wrong with a record: one message per problem."""

    def __init__(self, *messages: str):
        super().__init__(*messages)
        self.messages = list(messages)

    def __str__(self):
        return " ".join(self.messages)


class RecordChecks:
    """Runs every check of one record and keeps each problem, so that a row reports all of them at once.

    ``checks(function, *args)`` returns the function's value, or None when it found a problem;
    ``checks.done()`` raises one ``RecordError`` with every problem found.
    """

    def __init__(self):
        self.messages: list[str] = []

    def __call__(self, check, *args):
        try:
            return check(*args)
        except RecordError as error:
            self.messages.extend(error.messages)
            return None

    def done(self) -> None:
        if self.messages:
            raise RecordError(*self.messages)


@dataclass
class OrganizationData:
    external_id: str
    name: str
    description: str
    kind: str = OrganizationKind.LOCAL
    email: str = ""
    phone: str = ""
    website: str = ""


@dataclass
class LocationData:
    external_id: str
    name: str
    address_1: str
    commune: Commune
    postal_code: str = ""
    latitude: Decimal | None = None
    longitude: Decimal | None = None
    step_free_access: str = StepFreeAccess.UNKNOWN


@dataclass
class ServiceRecord:
    """One service with its organisation and places, from ``line`` of the file."""

    line: int
    external_id: str
    name: str
    description: str
    organization: OrganizationData
    eligibility_description: str = ""
    fees_description: str = ""
    application_process: str = ""
    is_free: bool = False
    status: str = ServiceStatus.ACTIVE
    last_verified: date | None = None
    email: str = ""
    url: str = ""
    categories: list[str] = field(default_factory=list)
    service_areas: list[Commune] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    phones: list[tuple[str, str]] = field(default_factory=list)
    hours: list[tuple[int, time, time]] = field(default_factory=list)
    locations: list[LocationData] = field(default_factory=list)


@dataclass(frozen=True)
class RecordProblem:
    """What is wrong, and where: ``line`` of a CSV file or position of a ``record`` in a JSON list."""

    line: int
    message: str
    unit: str = "line"

    def __str__(self):
        if self.unit == "record":
            return _("Record %(number)s: %(message)s") % {"number": self.line, "message": self.message}
        return _("Line %(number)s: %(message)s") % {"number": self.line, "message": self.message}


def required(value, label: str) -> str:
    value = (value or "").strip() if isinstance(value, str) or value is None else str(value)
    if not value:
        raise RecordError(_("“%(field)s” is empty.") % {"field": label})
    return value


def choice(value: str, choices, label: str, default: str) -> str:
    value = (value or "").strip().lower().replace("_", " ")
    if not value:
        return default
    allowed = [str(c) for c in choices.values]
    if value not in allowed:
        raise RecordError(
            _("“%(value)s” is not a valid %(field)s (use one of: %(allowed)s).")
            % {"value": value, "field": label, "allowed": ", ".join(allowed)}
        )
    return value


def boolean(value: str, label: str) -> bool:
    word = (value or "").strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise RecordError(_("“%(value)s” in “%(field)s” should be yes or no.") % {"value": value, "field": label})


def iso_date(value: str, label: str) -> date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise RecordError(
            _("“%(value)s” in “%(field)s” is not a date like 2026-03-31.") % {"value": value, "field": label}
        ) from None


def email(value: str, label: str) -> str:
    value = (value or "").strip()
    if value:
        try:
            EmailValidator()(value)
        except ValidationError:
            raise RecordError(_("“%(value)s” is not an email address.") % {"value": value}) from None
    return value


def url(value: str, label: str) -> str:
    value = (value or "").strip()
    if value:
        try:
            URLValidator(schemes=["http", "https"])(value)
        except ValidationError:
            raise RecordError(
                _("“%(value)s” in “%(field)s” is not a web address.") % {"value": value, "field": label}
            ) from None
    return value


def coordinate(value, label: str, low: str, high: str) -> Decimal | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        number = Decimal(str(value).strip()).quantize(Decimal("0.00001"))
    except InvalidOperation:
        raise RecordError(_("“%(value)s” in “%(field)s” is not a number.") % {"value": value, "field": label}) from None
    if not Decimal(low) <= number <= Decimal(high):
        raise RecordError(
            _("%(field)s %(value)s is outside Luxembourg (%(low)s to %(high)s).")
            % {"field": label, "value": value, "low": low, "high": high}
        )
    return number


def commune(value: str) -> Commune:
    text = (value or "").strip()
    by_code = Commune.objects.filter(lau2_code=text).first() if text.isdigit() and len(text) == 4 else None
    if by_code:
        return by_code
    match = commune_lookup(text)
    if match.commune:
        return match.commune
    if match.is_ambiguous:
        raise RecordError(
            _("“%(value)s” could be %(communes)s: give the commune's LAU2 code.")
            % {"value": text, "communes": ", ".join(c.name_fr for c in match.communes)}
        )
    raise RecordError(_("“%(value)s” is not a commune of Luxembourg.") % {"value": text})


def hours(text: str) -> list[tuple[int, time, time]]:
    """Weekly opening hours, "Mo 09:00-12:00; Tu 14:00-18:00"; every wrong slot is reported."""
    check = RecordChecks()
    slots = [check(_slot, part) for part in filter(None, (piece.strip() for piece in (text or "").split(";")))]
    check.done()
    return sorted(slots)


def _slot(part: str) -> tuple[int, time, time]:
    found = HOURS_RE.match(part)
    if not found:
        raise RecordError(_("Opening hours “%(value)s” should look like “Mo 09:00-12:00”.") % {"value": part})
    day, opens, closes = found.groups()
    try:
        opening, closing = time.fromisoformat(opens.zfill(5)), time.fromisoformat(closes.zfill(5))
    except ValueError:
        raise RecordError(_("Opening hours “%(value)s” have an impossible time.") % {"value": part}) from None
    if opening == closing:
        raise RecordError(_("Opening hours “%(value)s” open and close at the same time.") % {"value": part})
    return WEEKDAYS[day.lower()], opening, closing


def phone(value: str) -> str:
    value = (value or "").strip()
    if value and not re.fullmatch(r"\+?[\d\s./()-]{6,30}", value):
        raise RecordError(_("“%(value)s” is not a phone number.") % {"value": value})
    return value


def language_codes(codes: list[str]) -> list[str]:
    known = set(SpokenLanguage.objects.values_list("code", flat=True))
    cleaned = sorted({code.strip().lower() for code in codes if code.strip()})
    unknown = [code for code in cleaned if code not in known]
    if unknown:
        raise RecordError(_("Unknown language code(s): %(codes)s.") % {"codes": ", ".join(unknown)})
    return cleaned


def phone_kind(value: str) -> str:
    return choice(value, PhoneKind, _("phone type"), PhoneKind.VOICE)


def check_consistency(records: list[ServiceRecord], unit: str = "line") -> list[RecordProblem]:
    """Problems between records: a repeated service, an organisation or place described two ways."""
    problems = []
    services: dict[str, int] = {}
    organizations: dict[str, tuple[int, OrganizationData]] = {}
    locations: dict[str, tuple[int, LocationData]] = {}
    for record in records:
        if record.external_id in services:
            message = _("service “%(id)s” already appears at %(unit)s %(line)s.")
            problems.append(
                RecordProblem(
                    record.line, message % _where(record.external_id, services[record.external_id], unit), unit
                )
            )
        services.setdefault(record.external_id, record.line)
        first_line, first = organizations.setdefault(
            record.organization.external_id, (record.line, record.organization)
        )
        if first != record.organization:
            message = _("organisation “%(id)s” is described differently at %(unit)s %(line)s.")
            problems.append(RecordProblem(record.line, message % _where(first.external_id, first_line, unit), unit))
        for location in record.locations:
            first_line, first_location = locations.setdefault(location.external_id, (record.line, location))
            if first_location != location:
                message = _("place “%(id)s” is described differently at %(unit)s %(line)s.")
                problems.append(
                    RecordProblem(record.line, message % _where(location.external_id, first_line, unit), unit)
                )
    return problems


def _where(external_id: str, line: int, unit: str) -> dict:
    return {"id": external_id, "line": line, "unit": _("record") if unit == "record" else _("line")}


def category_codes(codes: list[str]) -> list[str]:
    cleaned = sorted({code.strip().lower() for code in codes if code.strip()})
    known = set(
        TaxonomyTerm.objects.filter(locale=Locale.get_default(), code__in=cleaned).values_list("code", flat=True)
    )
    unknown = [code for code in cleaned if code not in known]
    if unknown:
        raise RecordError(_("Unknown category code(s): %(codes)s.") % {"codes": ", ".join(unknown)})
    return cleaned
