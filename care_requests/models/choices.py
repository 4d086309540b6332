from django.db import models
from django.utils.translation import gettext_lazy as _


class RequestKind(models.TextChoices):
    CARE = "care", _("Request for help at home")
    LISTING_ERROR = "listing_error", _("Error in a directory listing")


class RequesterRole(models.TextChoices):
    SELF = "self", _("Me")
    OTHER = "other", _("Someone else")


class HelpKind(models.TextChoices):
    REPAIRS = "repairs", _("Small repairs")
    GARDENING = "gardening", _("Gardening")
    SHOPPING = "shopping", _("Shopping and errands")
    ACCOMPANIMENT = "accompaniment", _("Accompaniment (appointments, walks)")
    HOME_HELP = "home_help", _("Help at home")
    COMPUTER = "computer", _("Computer and phone help")
    OTHER = "other", _("Other")


class ContactLanguage(models.TextChoices):
    FR = "fr", _("French")
    DE = "de", _("German")
    LB = "lb", _("Luxembourgish")
    EN = "en", _("English")
    PT = "pt", _("Portuguese")
    OTHER = "other", _("Another language")


class Status(models.TextChoices):
    NEW = "new", _("New")
    ASSIGNED = "assigned", _("Assigned")
    CONTACTED = "contacted", _("Contacted")
    REFERRED = "referred", _("Referred to a CIG")
    CLOSED = "closed", _("Closed")


class CloseReason(models.TextChoices):
    HELPED = "helped", _("Help arranged")
    NOT_REACHABLE = "not_reachable", _("Could not reach the person")
    WITHDRAWN = "withdrawn", _("Request withdrawn")
    OUT_OF_SCOPE = "out_of_scope", _("Not something we can help with")
    DUPLICATE = "duplicate", _("Duplicate request")
    FIXED = "fixed", _("Listing corrected")


class EmailStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Gave up")
