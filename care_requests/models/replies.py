from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import TranslatableField


class CannedReply(TranslatableMixin, models.Model):
    """A ready-made answer the helpdesk starts from when replying by email; one copy per language.

    ``{reference}`` in the subject or body is replaced by the request's reference.
    """

    title = models.CharField(_("title"), max_length=120, help_text=_("Shown to the helpdesk when choosing a reply."))
    subject = models.CharField(_("email subject"), max_length=200)
    body = models.TextField(_("email text"))

    translatable_fields = [TranslatableField("title"), TranslatableField("subject"), TranslatableField("body")]
    panels = [FieldPanel("title"), FieldPanel("subject"), FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["title"]
        verbose_name = _("canned reply")
        verbose_name_plural = _("canned replies")

    def __str__(self):
        return self.title
