"""Requests for community care (and reports about directory listings) and what the helpdesk does with them."""

from .choices import CloseReason, ContactLanguage, EmailStatus, HelpKind, RequesterRole, RequestKind, Status
from .pages import CareRequestPage, ContactFormField, ContactFormPage
from .records import AuditEntry, ContactDelay, MonthlyCount, OutboxEmail
from .replies import CannedReply
from .requests import CareRequest, CareRequestEvent, OrganisationMembership, ReferenceCounter

__all__ = [
    "AuditEntry",
    "CannedReply",
    "CareRequest",
    "CareRequestEvent",
    "CareRequestPage",
    "CloseReason",
    "ContactDelay",
    "ContactFormField",
    "ContactFormPage",
    "ContactLanguage",
    "EmailStatus",
    "HelpKind",
    "MonthlyCount",
    "OrganisationMembership",
    "OutboxEmail",
    "ReferenceCounter",
    "RequestKind",
    "RequesterRole",
    "Status",
]
