"""The audit log: who did what to which request, when. Only references and actions, never personal details."""

from __future__ import annotations

from .models.records import AuditEntry


def audit_record(*, user, action: str, reference: str = "", detail: str = "") -> AuditEntry:
    return AuditEntry.objects.create(
        user=user if user is not None and user.is_authenticated else None,
        username=user.get_username() if user is not None and user.is_authenticated else "",
        action=action,
        reference=reference,
        detail=detail[:200],
    )
