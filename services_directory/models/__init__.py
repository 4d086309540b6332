"""The directory's data, aligned with Open Referral HSDS 3.0 (https://docs.openreferral.org/).

Language copies: organisations, services, locations and taxonomy terms are translated through
wagtail-localize. Texts are translated per language; facts (categories, service area, languages
spoken, locations, opening hours, phones, contact details, status) are synchronised: every
language copy of a service carries the same facts, so a query in any locale can filter on them.
wagtail-localize copies them when it creates or updates a translation, and publishing the
source-language service pushes its facts to the existing translations
(``services_directory.translation``).

Relations to other translatable records follow one rule: a service's organisation is translated
(the German service points to the German organisation); categories and locations are facts and
always point to the source-language term or location, whose text is shown in the visitor's
language through its ``translation_key``.

The HSDS ``id`` of a translatable record is its ``translation_key`` (the same in every language);
child records (schedules, phones, service at location) carry their own ``uuid``.
"""

from .choices import DataOrigin, OrganizationKind, PhoneKind, ServiceStatus, StepFreeAccess
from .locations import Location
from .organizations import Organization
from .pages import DirectoryPage, name_slug
from .services import Phone, Schedule, Service, ServiceAtLocation, ServiceClosure
from .taxonomy import SpokenLanguage, TaxonomyTerm

__all__ = [
    "DataOrigin",
    "DirectoryPage",
    "Location",
    "Organization",
    "OrganizationKind",
    "Phone",
    "PhoneKind",
    "Schedule",
    "Service",
    "ServiceAtLocation",
    "ServiceClosure",
    "ServiceStatus",
    "SpokenLanguage",
    "StepFreeAccess",
    "TaxonomyTerm",
    "name_slug",
]
