"""The directory's search form: every field optional, every bad value explained, never an error page."""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from geography.models import Commune
from geography.places import commune_lookup, fold
from portal.caching import DIRECTORY, cached

from .search import MAX_QUERY_LENGTH, SORT_DISTANCE, SORT_NAME, SORT_RELEVANCE, DirectoryQuery
from .selectors import all_communes, all_spoken_languages, terms_in_locale


@dataclass(frozen=True)
class ChoiceLists:
    """The form's lists in alphabetical order of the visitor's language."""

    categories: list[tuple[str, str]]
    commune_names: list[str]
    languages: list[tuple[str, str]]


def _choice_lists(locale: Locale) -> ChoiceLists:
    """Cached per language until content is published, rather than sorted again for every search."""
    language = get_language()

    def build() -> ChoiceLists:
        terms = sorted(terms_in_locale(locale).values(), key=lambda term: fold(term.name))
        languages = sorted(all_spoken_languages(), key=lambda spoken: fold(str(spoken.name)))
        communes = sorted(all_communes(), key=lambda commune: fold(commune.name_in(language)))
        return ChoiceLists(
            categories=[(term.code, term.name) for term in terms],
            commune_names=[commune.name_in(language) for commune in communes],
            languages=[(spoken.code, capfirst(str(spoken.name))) for spoken in languages],
        )

    return cached(f"directory-form-choices:{locale.pk}:{language}", build, depends_on=[DIRECTORY])


class DirectorySearchForm(forms.Form):
    """A GET form; ``query()`` turns whatever is valid into a ``DirectoryQuery`` and ignores the rest."""

    q = forms.CharField(
        label=_("What are you looking for?"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        help_text=_("For example: web café, help at home, garden"),
    )
    category = forms.ChoiceField(label=_("Type of service"), required=False)
    commune = forms.CharField(
        label=_("Commune or postcode"),
        required=False,
        max_length=100,
        help_text=_("For example: Schifflange, Esch/Alzette or 3850"),
        widget=forms.TextInput(attrs={"list": "directory-communes", "autocomplete": "off"}),
    )
    language = forms.ChoiceField(label=_("Language spoken"), required=False)
    open_now = forms.BooleanField(label=_("Open now"), required=False)
    free = forms.BooleanField(label=_("Free of charge"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            (SORT_RELEVANCE, _("Best match")),
            (SORT_NAME, _("Name")),
            (SORT_DISTANCE, _("Distance from the commune")),
        ],
    )

    def __init__(self, data, *, locale: Locale):
        super().__init__(data)
        self.ambiguous_communes: list[Commune] = []
        self.suggested_communes: list[Commune] = []
        lists = _choice_lists(locale)
        self.commune_names = lists.commune_names
        self.fields["category"].choices = [("", _("All types")), *lists.categories]
        self.fields["language"].choices = [("", _("Any language")), *lists.languages]
        for name in ("category", "language"):
            self.fields[name].error_messages["invalid_choice"] = _("This choice is not in the list. Choose another.")
        for name in ("q", "commune"):
            self.fields[name].error_messages["max_length"] = _("Use at most %(limit_value)d characters.")

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())

    def clean(self):
        cleaned = super().clean()
        typed = cleaned.get("commune", "")
        cleaned["chosen_commune"] = None
        if typed:
            match = commune_lookup(typed)
            if match.is_ambiguous:
                self.ambiguous_communes = match.communes
                if match.postcode:
                    message = _("The postcode %(postcode)s covers several communes. Which one?")
                else:
                    message = _("“%(name)s” fits several communes. Which one do you mean?")
                self.add_error("commune", message % {"postcode": typed, "name": typed})
            elif match.commune is None:
                self.suggested_communes = match.suggestions
                self.add_error("commune", _("We do not know this commune or postcode. Check the spelling."))
            else:
                cleaned["chosen_commune"] = match.commune
                # The field then shows the commune's name in the visitor's language, not what was typed.
                self.data = self.data.copy()
                self.data[self.add_prefix("commune")] = match.commune.name
        if cleaned.get("sort") == SORT_DISTANCE and cleaned["chosen_commune"] is None and "commune" not in self.errors:
            self.add_error("sort", _("Choose a commune to sort by distance."))
        return cleaned

    @property
    def commune_unresolved(self) -> bool:
        """A commune was typed but not understood: the search waits for the visitor's answer."""
        return self.is_valid() is False and "commune" in self.errors

    def query(self) -> DirectoryQuery:
        self.is_valid()
        data = self.cleaned_data
        sort = data.get("sort") or SORT_RELEVANCE
        commune = data.get("chosen_commune")
        if sort == SORT_DISTANCE and commune is None:
            sort = SORT_RELEVANCE
        return DirectoryQuery(
            text=data.get("q", ""),
            category=data.get("category", ""),
            commune=commune,
            language=data.get("language", ""),
            open_now=bool(data.get("open_now")),
            free=bool(data.get("free")),
            sort=sort,
        )
