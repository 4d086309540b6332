"""Every public page type of the demo site, in every language, as a visitor and a crawler get it.

The pages are the ones the sitemap lists (every content page, and a few of each kind of directory
record), the guide's print and checklist pages, a search, the "report an error" form and a
page not found. Each must show no internal block label and no interface string left in English
where its language has a translation, and be valid HTML: one ``h1`` and no skipped heading level,
``autocomplete`` tokens allowed on their element, unique ``id``s that labels and ARIA references
point to, and a meta description on every page a search engine may list.

The W3C checker (vnu.jar, from npm's ``vnu-jar`` package, run with Java: ``make install`` and
``make browser`` install both) checks the same pages.
"""

import re
import shutil
import subprocess
from collections import Counter
from functools import cache
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.template.loaders.app_directories import get_app_template_dirs
from django.urls import reverse
from django.utils import translation
from lxml import html as lxml_html
from wagtail import blocks

from home.blocks import CallToActionBlock, ContentStreamBlock
from pci_guide.blocks import StepStreamBlock
from pci_guide.models import GuideIndexPage
from portal.i18n_tools import catalogue_path
from services_directory.models import Service
from tests.demo.site import DemoSite

HOST = "portal.example.lu"
LANGUAGES = [code for code, _name in settings.LANGUAGES]
RECORDS_PER_KIND = 2
RECORD_KINDS = ("service", "organisation", "commune")

# Autofill field names (HTML standard, "Autofill"): "street-address" is a multi-line control's and is not
# allowed on an input; the others fit a single-line input or a select.
MULTILINE_AUTOFILL = {"street-address"}
SINGLE_LINE_AUTOFILL = {
    "name", "honorific-prefix", "given-name", "additional-name", "family-name", "honorific-suffix", "nickname",
    "username", "new-password", "current-password", "one-time-code", "organization-title", "organization",
    "address-line1", "address-line2", "address-line3", "address-level4", "address-level3", "address-level2",
    "address-level1", "country", "country-name", "postal-code", "language", "bday", "sex", "url", "photo",
    "tel", "tel-national", "email", "impp",
}  # fmt: skip


def sitemap_paths(client) -> list[str]:
    xml = client.get("/sitemap.xml", HTTP_HOST=HOST).content.decode()
    return [url.split(HOST, 1)[1] for url in re.findall(r"<loc>([^<]+)</loc>", xml)]


def _record_kind(path: str) -> str | None:
    return next((kind for kind in RECORD_KINDS if f"/{kind}/" in path), None)


def page_paths(client) -> list[str]:
    """Every content page, a few records of each kind per language, and the pages no sitemap lists."""
    paths, taken = [], Counter()
    for path in sitemap_paths(client):
        kind = _record_kind(path)
        if kind is not None:
            taken[path[:4], kind] += 1
            if taken[path[:4], kind] > RECORDS_PER_KIND:
                continue
        paths.append(path)
    for guide in GuideIndexPage.objects.live().public():
        paths += [guide.url + guide.reverse_subpage("print"), guide.url + guide.reverse_subpage("checklist")]
    for language in LANGUAGES:
        with translation.override(language):
            paths.append(reverse("site_search") + "?q=aide")
            service = Service.objects.filter(locale__language_code=language, live=True).first()
            paths.append(reverse("care_requests:report_listing_error", args=[service.pk]))
        paths.append(f"/{language}/no-such-page/")
    return paths


_rendered: dict[str, tuple[int, str]] = {}


def rendered_pages(client) -> dict[str, tuple[int, str]]:
    """Path → (status, HTML), rendered once for all the tests of this module."""
    if not _rendered:
        for path in page_paths(client):
            response = client.get(path, HTTP_HOST=HOST)
            _rendered[path] = (response.status_code, response.content.decode())
    return _rendered


def language_of(path: str) -> str:
    return path.split("/")[1]


@cache
def template_messages() -> set[str]:
    """The strings the templates translate: a block label may also be one of them, legitimately."""
    found = set()
    for directory in [*get_app_template_dirs("templates"), *map(Path, settings.TEMPLATES[0]["DIRS"])]:
        for template in Path(directory).rglob("*.html"):
            found.update(re.findall(r'{% (?:translate|trans) "([^"]+)"', template.read_text(encoding="utf-8")))
    return found


def _labels(block) -> set[str]:
    labels = {str(block.label)} if block.label else set()
    if isinstance(block, blocks.ChoiceBlock):
        labels |= {str(label) for _value, label in block.field.choices if _value}
    for child in getattr(block, "child_blocks", {}).values():
        labels |= _labels(child)
    if isinstance(block, blocks.ListBlock):
        labels |= _labels(block.child_block)
    return labels


@cache
def block_labels(language: str) -> set[str]:
    """The labels editors see on the blocks ("Section heading", "Titre de section"), in ``language``."""
    with translation.override(language):
        labels = set()
        for stream in (ContentStreamBlock(), StepStreamBlock(), CallToActionBlock()):
            labels |= _labels(stream)
        shown_on_purpose = {translation.gettext(message) for message in template_messages()}
    # One-word labels ("Documents", "Image") are also ordinary words of page titles and content.
    return {label for label in labels if label not in shown_on_purpose and len(label.split()) > 1}


@cache
def translated_messages(language: str) -> set[str]:
    """The interface strings that ``language``'s catalogue translates into something else."""
    catalogue = polib.pofile(str(catalogue_path(language)))
    return {
        entry.msgid
        for entry in catalogue
        if entry.msgstr and entry.msgstr.casefold() != entry.msgid.casefold() and not entry.obsolete
    }


def visible_texts(document, language: str):
    """The page's text nodes in ``language`` (not those marked as another language, nor scripts)."""
    for node in document.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"):
        text = " ".join(node.split())
        if not text:
            continue
        marked = node.getparent().xpath("ancestor-or-self::*[@lang][1]/@lang")
        if marked and marked[0] != language:
            continue
        yield text


def html_problems(document) -> list[str]:
    problems = []
    levels = [int(heading.tag[1]) for heading in document.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    if levels.count(1) != 1:
        problems.append(f"{levels.count(1)} h1 elements")
    previous = 0
    for level in levels:
        if level > previous + 1:
            problems.append(f"heading level skipped: h{previous} then h{level}")
        previous = level
    for element in document.xpath("//*[@autocomplete]"):
        tokens = element.get("autocomplete").split()
        if tokens in (["on"], ["off"]):
            continue
        field = tokens[-1]
        allowed = SINGLE_LINE_AUTOFILL | (MULTILINE_AUTOFILL if element.tag in ("textarea", "select") else set())
        if field not in allowed:
            problems.append(f'autocomplete="{element.get("autocomplete")}" not allowed on <{element.tag}>')
    ids = Counter(document.xpath("//@id"))
    problems += [f'id "{name}" used {count} times' for name, count in ids.items() if count > 1]
    for attribute in ("for", "aria-describedby", "aria-labelledby", "aria-controls"):
        for element in document.xpath(f"//*[@{attribute}]"):
            problems += [
                f'{attribute}="{target}" points to no element'
                for target in element.get(attribute).split()
                if target not in ids
            ]
    return problems


class PublicPagesTests(DemoSite):
    def test_every_page_answers_and_a_missing_one_says_so(self, client):
        pages = rendered_pages(client)
        statuses = {path: status for path, (status, _html) in pages.items()}
        assert {path for path, status in statuses.items() if status == 404} == {
            f"/{language}/no-such-page/" for language in LANGUAGES
        }
        assert {status for status in statuses.values()} == {200, 404}
        assert len(pages) > 30 * len(LANGUAGES)

    def test_no_page_shows_a_block_label_or_an_untranslated_string(self, client):
        found = []
        for path, (_status, html) in rendered_pages(client).items():
            language = language_of(path)
            labels = block_labels(language)
            untranslated = translated_messages(language) if language != "en" else set()
            for text in visible_texts(lxml_html.fromstring(html), language):
                if text in labels:
                    found.append(f"{path}: block label {text!r}")
                elif text in untranslated:
                    found.append(f"{path}: untranslated {text!r}")
        assert found == [], "\n".join(found)

    def test_every_page_is_valid_html_with_ordered_headings(self, client):
        found = []
        for path, (_status, html) in rendered_pages(client).items():
            found += [f"{path}: {problem}" for problem in html_problems(lxml_html.fromstring(html))]
        assert found == [], "\n".join(found)

    def test_every_listed_page_has_a_meta_description(self, client):
        pages = rendered_pages(client)
        missing = []
        for path in sitemap_paths(client):
            if path not in pages:
                continue
            description = lxml_html.fromstring(pages[path][1]).xpath("//meta[@name='description']/@content")
            if not description or len(description[0].strip()) < 20:
                missing.append(path)
        assert missing == []

    def test_the_404_page_offers_a_search_with_the_words_of_the_address(self, client):
        html = client.get("/fr/aide-a-domicile-bertrange/", HTTP_HOST=HOST).content.decode()
        form = lxml_html.fromstring(html).xpath("//main//form[@role='search']")[0]
        assert form.get("action") == "/fr/recherche/"
        assert form.xpath(".//input[@name='q']/@value") == ["aide a domicile bertrange"]
        assert form.xpath(".//label/text()")[0].strip() == "Rechercher sur le portail"

    def test_the_w3c_checker_finds_no_error(self, client, tmp_path):
        checker = Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
        java = shutil.which("java")
        if java is None or not checker.exists():
            pytest.skip("the W3C checker needs Java and npm's vnu-jar (make install, make browser)")
        for number, (_path, (_status, html)) in enumerate(rendered_pages(client).items()):
            (tmp_path / f"page-{number}.html").write_text(html, encoding="utf-8")
        arguments = [java, "-jar", str(checker), "--errors-only", "--skip-non-html", str(tmp_path)]
        result = subprocess.run(arguments, capture_output=True, text=True, timeout=600, check=False)  # noqa: S603
        assert result.returncode == 0, result.stdout + result.stderr
