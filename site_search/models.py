"""What editors maintain for the site search."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

MAX_EXPRESSION_WORDS = 4
WORD_RE = re.compile(r"[^\W_]+")


class SynonymGroup(models.Model):
    """Words and expressions that mean the same to residents: searching for one finds the others.

    A group holds any language's words ("Internetcafé", "Webcafé", "Internetstuff", "web café"),
    one per line; it applies to searches in every language.
    """

    name = models.CharField(_("name"), max_length=100, help_text=_("For editors only, e.g. “Web cafés”."))
    terms = models.TextField(
        _("words that mean the same"),
        help_text=_("One word or expression per line, at most four words each. Accents and capitals do not matter."),
    )

    panels = [FieldPanel("name"), FieldPanel("terms")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonym groups")

    def __str__(self):
        return self.name

    @property
    def expressions(self) -> list[str]:
        """The group's words and expressions, once each, as written."""
        lines = (" ".join(WORD_RE.findall(line)) for line in self.terms.splitlines())
        return list(dict.fromkeys(line for line in lines if line))

    def clean(self):
        expressions = self.expressions
        if len(expressions) < 2:
            raise ValidationError({"terms": _("Give at least two words or expressions, one per line.")})
        if any(len(expression.split()) > MAX_EXPRESSION_WORDS for expression in expressions):
            raise ValidationError({"terms": _("Each line may have at most four words.")})
