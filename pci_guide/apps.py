from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PciGuideConfig(AppConfig):
    name = "pci_guide"
    verbose_name = _("PCI guide")
