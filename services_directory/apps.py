from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesDirectoryConfig(AppConfig):
    name = "services_directory"
    verbose_name = _("Directory of services")

    def ready(self):
        from wagtail.signals import published

        from .models import Service
        from .translation import push_facts_on_publish

        published.connect(push_facts_on_publish, sender=Service, dispatch_uid="directory_push_service_facts")
