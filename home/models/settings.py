from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """Contact details and footer links shown on every page of the site."""

    organisation_name = models.CharField(_("organisation"), max_length=200, default="Helpdesk Integratioun")
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    address = models.TextField(_("address"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("phone"), FieldPanel("email"), FieldPanel("address")],
            heading=_("Contact details"),
        ),
        InlinePanel("footer_links", label=_("Footer links"), heading=_("Footer links")),
    ]

    class Meta:
        verbose_name = _("site settings")


class FooterLink(Orderable):
    """A page linked from the footer; shown in the visitor's language when translated."""

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="footer_links")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))

    panels = [FieldPanel("page")]
