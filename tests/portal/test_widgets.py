"""The widgets rendered in Python give the HTML Django's own widgets give."""

import pytest
from django import forms
from django.test.html import parse_html
from django.utils.translation import gettext_lazy, override

from portal.widgets import QuickCheckboxInput, QuickSelect, QuickTextInput

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


@pytest.mark.parametrize(
    "data, options",
    [
        ({}, {}),
        ({"text": "aide à domicile"}, {"help_text": "For example: web café", "max_length": 200}),
        ({"text": '"><script>alert(1)</script>'}, {"max_length": 5}),
        ({"text": ""}, {"disabled": True, "required": True}),
    ],
)
def test_the_text_input_is_the_same_as_djangos(data, options):
    def rendered_input(widget_class):
        class Form(forms.Form):
            text = forms.CharField(widget=widget_class, **{"required": False, **options})

        form = Form(data)
        form.is_valid()  # errors add aria-invalid
        return str(form["text"])

    quick = rendered_input(QuickTextInput)
    assert parse_html(quick) == parse_html(rendered_input(forms.TextInput))
    assert "<script>" not in quick


@pytest.mark.parametrize("data", [{}, {"open_now": "on"}, {"open_now": ""}])
def test_the_checkbox_is_the_same_as_djangos(data):
    def rendered_checkbox(widget_class):
        class Form(forms.Form):
            open_now = forms.BooleanField(required=False, widget=widget_class)

        return str(Form(data)["open_now"])

    assert parse_html(rendered_checkbox(QuickCheckboxInput)) == parse_html(rendered_checkbox(forms.CheckboxInput))
