"""“Was this page useful?”: one answer per click, with an optional comment. No cookie, no tracking:
what is stored is the page, the language, yes or no, the comment and the date."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageFeedback(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="feedback"
    )
    language = models.CharField(_("language"), max_length=7)  # a code of settings.LANGUAGES
    useful = models.BooleanField(_("useful"))
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")

    def __str__(self):
        return f"{self.page} ({self.language}): {'+' if self.useful else '-'}"
