"""Session languages stored portably: a space-padded string of codes (" fr pt "), filtered with ``__contains``.

A JSON list would need ``JSONField`` ``contains``, which SQLite does not support.
"""

from __future__ import annotations

from django import forms
from django.db import models
from django.utils.translation import get_language_info

#: The languages sessions are held in: the site's, and Portuguese, the first language of many residents.
SESSION_LANGUAGE_CODES = ("lb", "fr", "de", "en", "pt")


def session_language_choices() -> list[tuple[str, str]]:
    """Each language by its own name (autonym), so that a speaker finds it whatever the page's language."""
    return [(code, get_language_info(code)["name_local"]) for code in SESSION_LANGUAGE_CODES]


def language_lookup(code: str) -> str:
    """The value to pass to ``__contains`` to find records in ``code``."""
    return f" {code} "


class LanguageCodesField(models.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 60)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    @staticmethod
    def _codes(value) -> list[str]:
        if value is None:
            return []
        if isinstance(value, str):
            return value.split()
        return [str(code) for code in value]

    def from_db_value(self, value, expression, connection):
        return self._codes(value)

    def to_python(self, value):
        return self._codes(value)

    def get_prep_value(self, value):
        if isinstance(value, str):
            return value  # a lookup value, already padded by ``language_lookup``
        codes = self._codes(value)
        return f" {' '.join(codes)} " if codes else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=session_language_choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def validate(self, value, model_instance):
        known = set(SESSION_LANGUAGE_CODES)
        unknown = set(self._codes(value)) - known
        if unknown:
            raise forms.ValidationError(f"Unknown language codes: {sorted(unknown)}")
