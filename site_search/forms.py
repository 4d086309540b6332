from django import forms
from django.utils.translation import gettext_lazy as _

from site_search.selectors import SearchText


class SiteSearchForm(forms.Form):
    q = forms.CharField(label=_("Search the portal"), required=False)

    def search_text(self) -> SearchText:
        """What to search for; an over-long query is shortened (the template says so), never refused."""
        return SearchText.parse(self.cleaned_data.get("q", "") if self.is_valid() else "")
