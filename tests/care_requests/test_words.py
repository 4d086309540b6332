"""The forms' and emails' words as residents read them."""

from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from lxml import html as lxml_html


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("lb", "Är Referenz ass HD-2026-0042."),
        ("fr", "HD-2026-0042"),
        ("de", "HD-2026-0042"),
    ],
)
def test_the_confirmation_email_gives_the_residents_reference(language, sentence):
    with translation.override(language):
        text = render_to_string(
            "care_requests/emails/confirmation_care.txt", {"care_request": SimpleNamespace(reference="HD-2026-0042")}
        )
    assert sentence in text
    assert "Hir Referenz" not in text


@pytest.mark.parametrize(("language", "optional"), [("fr", "facultatif"), ("en", "optional"), ("lb", "fakultativ")])
def test_the_report_form_says_optional_once(client, schifflange_cig, language, optional):
    service = schifflange_cig[0].services.first()
    with translation.override(language):
        url = reverse("care_requests:report_listing_error", args=[service.pk])
    label = lxml_html.fromstring(client.get(url).content).xpath("//label[@for='id_email']")[0]
    assert label.text_content().count(optional) == 1
