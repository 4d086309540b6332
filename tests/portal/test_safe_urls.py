"""Addresses that editors and translators set are links only when they cannot run code in the browser."""

import pytest
from bs4 import BeautifulSoup

from home.blocks import CallToActionBlock
from pci_guide.blocks import SourcesBlock
from portal.templatetags.safe_url_tags import safe_url
from tests.portal.hostile import JAVASCRIPT_URLS

SAFE = [
    "https://legilux.public.lu/eli/etat/leg/loi/2023/08/23/a571/jo",
    "http://example.lu/",
    "mailto:info@cig.lu",
    "tel:+35226540001",
    "/fr/guide/",
    "#sources",
    "?page=2",
]
UNSAFE = [*JAVASCRIPT_URLS, "ftp://files.example.lu/", "file:///etc/passwd", "JAVASCRIPT:alert(1)", "\x01javascript:x"]


class SafeUrlFilterTests:
    @pytest.mark.parametrize("url", SAFE)
    def test_web_email_phone_and_relative_addresses_are_kept(self, url):
        assert safe_url(url) == url

    @pytest.mark.parametrize("url", UNSAFE)
    def test_any_other_scheme_gives_no_address(self, url):
        assert safe_url(url) == ""

    def test_nothing_gives_nothing(self):
        assert safe_url(None) == safe_url("") == ""


def links(html: str) -> list[str]:
    return [a["href"] for a in BeautifulSoup(html, "html.parser").find_all("a")]


class BlockLinkTests:
    """What a wagtail-localize override or a crafted POST may leave in a URL block's value."""

    def test_a_guide_source_with_a_script_address_is_text_not_a_link(self):
        block = SourcesBlock()
        value = block.to_python(
            {"links": [{"title": "Loi", "url": JAVASCRIPT_URLS[0]}, {"title": "Pacte", "url": SAFE[0]}]}
        )
        html = block.render(value)
        assert links(html) == [SAFE[0]]
        assert "Loi" in BeautifulSoup(html, "html.parser").get_text()

    def test_a_call_to_action_with_a_script_address_goes_nowhere(self):
        block = CallToActionBlock()
        for url in UNSAFE:
            value = block.to_python({"title": "Aide", "link_label": "Go", "page": None, "url": url})
            assert links(block.render(value)) == [], url  # a call to action that leads nowhere is not shown
