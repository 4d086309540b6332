from django.db import models
from django.utils.translation import gettext_lazy as _


class ServiceStatus(models.TextChoices):
    """HSDS 3.0 service status values (``defunct`` is not used: such services are deleted)."""

    ACTIVE = "active", _("Active")
    TEMPORARILY_CLOSED = "temporarily closed", _("Temporarily closed")
    INACTIVE = "inactive", _("Inactive")


class OrganizationKind(models.TextChoices):
    LOCAL = "local", _("Local CIG")
    REGIONAL = "regional", _("Regional CIG")
    SECTORAL = "sectoral", _("Sectoral CIG")
    PARTNER = "partner", _("Partner")


class DataOrigin(models.TextChoices):
    """Where a record comes from; sample and synthetic records are never real contact details."""

    EDITORIAL = "editorial", _("Entered by an editor")
    IMPORT = "import", _("Imported from a file")
    SAMPLE = "sample", _("Sample data")
    SYNTHETIC = "synthetic", _("Synthetic test data")


class StepFreeAccess(models.TextChoices):
    YES = "yes", _("Step-free access")
    PARTIAL = "partial", _("Partly step-free")
    NO = "no", _("Not step-free")
    UNKNOWN = "unknown", _("Not known")


class PhoneKind(models.TextChoices):
    """HSDS phone types."""

    VOICE = "voice", _("Phone")
    TEXT = "text", _("Text message")
    FAX = "fax", _("Fax")
