"""The select rendered in Python gives the HTML Django's own select gives."""

import pytest
from django import forms
from django.test.html import parse_html
from django.utils.translation import gettext_lazy, override

from portal.widgets import QuickSelect

CHOICES = [
    ("", gettext_lazy("All communes")),
    ("esch-sur-alzette", "Esch-sur-Alzette"),
    ('"><script>alert(1)</script>', "<b>Käerjeng</b> & co"),
    (3850, "Schifflange"),
]
GROUPED = [("", "Any"), ("Canton Esch", [("esch", "Esch"), ("schifflange", "Schifflange")]), ("wiltz", "Wiltz")]


def rendered(widget_class, choices, data, **field_options) -> str:
    class Form(forms.Form):
        place = forms.ChoiceField(choices=choices, required=False, widget=widget_class, **field_options)

    return str(Form(data)["place"])


@pytest.mark.parametrize(
    "choices, data, options",
    [
        (CHOICES, {}, {}),
        (CHOICES, {"place": "esch-sur-alzette"}, {}),
        (CHOICES, {"place": '"><script>alert(1)</script>'}, {"help_text": "Where you live"}),
        (CHOICES, {"place": "3850"}, {"disabled": True}),
        (GROUPED, {"place": "schifflange"}, {}),
    ],
)
def test_the_html_is_the_same_as_djangos_select(choices, data, options):
    with override("de"):
        quick = rendered(QuickSelect, choices, data, **options)
        assert parse_html(quick) == parse_html(rendered(forms.Select, choices, data, **options))


def test_labels_and_values_are_escaped():
    html = rendered(QuickSelect, CHOICES, {})
    assert "<script>" not in html
    assert "&lt;b&gt;Käerjeng&lt;/b&gt; &amp; co" in html
