from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CareRequestsConfig(AppConfig):
    name = "care_requests"
    verbose_name = _("Care requests")
    default_auto_field = "django.db.models.BigAutoField"
