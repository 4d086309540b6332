"""The easy-to-read summary that key pages carry (French FALC, German Leichte Sprache and the like)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField

from home.blocks import ParagraphBlock


class EasyReadMixin(models.Model):
    """An editor-written summary of the page in simple words, shown first under "In simple words".

    It is translated like the rest of the page; a page whose summary is empty shows neither the
    section nor the link to it. Templates render it with ``components/easy_read.html`` and link to
    it with ``components/easy_read_link.html``.
    """

    easy_read = StreamField(
        [("paragraph", ParagraphBlock())],
        verbose_name=_("easy-to-read summary"),
        blank=True,
        help_text=_(
            "What this page says, in simple words: short sentences, one idea per sentence, no jargon. "
            "Shown first on the page."
        ),
    )

    class Meta:
        abstract = True
