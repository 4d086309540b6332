from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events and courses")

    def ready(self):
        from portal.personal_data import personal_data_register

        from . import signals
        from .privacy import SIGNUPS

        signals.connect()
        personal_data_register(SIGNUPS)
