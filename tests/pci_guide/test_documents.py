import io

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from docx import Document

from pci_guide.models import DocumentLibraryPage, GuideDocument, GuideStepPage
from tests.pci_guide.helpers import LANGUAGES, GuideTestCase, docx_text
from tests.pdf_reader import TaggedPdf

pytestmark = pytest.mark.django_db  # the demo content lives in the test database (see conftest)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def library_in(language: str) -> DocumentLibraryPage:
    return DocumentLibraryPage.objects.get(locale__language_code=language)


def document(language: str, document_type: str) -> GuideDocument:
    return GuideDocument.objects.get(locale__language_code=language, document_type=document_type)


class DocumentLibraryTests(GuideTestCase):
    def entries(self, language: str, query: str = ""):
        response = self.client.get(library_in(language).url + query)
        self.assertEqual(response.status_code, 200)
        return BeautifulSoup(response.content, "html.parser").select(".library-item")

    def test_each_document_appears_once_in_the_visitors_language_with_every_version(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                entries = self.entries(language)
                self.assertEqual(len(entries), 3)
                for entry in entries:
                    self.assertEqual(entry["lang"], language)
                    versions = entry.select(".library-item__versions a")
                    self.assertEqual([link["hreflang"] for link in versions], list(LANGUAGES))

    def test_every_language_version_links_to_the_others(self):
        entry = self.entries("de", "?type=template")[0]
        links = {link["hreflang"]: link["href"] for link in entry.select(".library-item__versions a")}
        for language in LANGUAGES:
            self.assertEqual(links[language], document(language, "template").get_download_url())
        self.assertEqual(entry.h2.get_text(strip=True), "Mustervorlage für den Beschluss des Gemeinderats")

    def test_filters_by_type_and_language(self):
        entries = self.entries("en", "?type=guide")
        self.assertEqual(
            [entry.h2.get_text(strip=True) for entry in entries], ["Practical guide: the 10 steps at a glance"]
        )
        entries = self.entries("en", "?language=lb")
        self.assertEqual({entry["lang"] for entry in entries}, {"lb"})
        self.assertIn("Modell fir d'Decisioun vum Gemengerot", [entry.h2.get_text(strip=True) for entry in entries])
        self.assertEqual(len(self.entries("fr", "?type=other")), 0)

    def test_facts_are_shown(self):
        entry = self.entries("fr", "?type=guide")[0]
        facts = entry.select_one(".library-item__facts").get_text(" ", strip=True)
        self.assertIn("Guide", facts)
        self.assertIn("15.01.2026", facts)
        self.assertIn("PDF", entry.select_one(".library-item__versions").get_text())

    def test_nonsense_filters_show_everything(self):
        self.assertEqual(len(self.entries("fr", "?type=nonsense&language=xx")), 3)


class DocumentDownloadTests(GuideTestCase):
    def test_docx_download_has_its_type_name_and_real_content(self):
        for language, word in (("fr", "délibération"), ("de", "Beschluss"), ("lb", "Decisioun"), ("en", "Resolution")):
            with self.subTest(language=language):
                response = self.client.get(document(language, "template").get_download_url())
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["Content-Type"], DOCX)
                disposition = response["Content-Disposition"]
                self.assertTrue(disposition.startswith("attachment"))
                self.assertIn(f"-{language}.docx", disposition)
                text = docx_text(b"".join(response.streaming_content))
                self.assertIn(word, text)
                self.assertIn("…………", text, "the template leaves the values to fill in")

    def test_pdf_download_is_a_real_pdf_in_its_language(self):
        response = self.client.get(document("de", "guide").get_download_url())
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/pdf")
        self.assertIn(
            'filename="praktischer-leitfaden-die-10-schritte-im-uberblick-de.pdf"', response["Content-Disposition"]
        )
        content = b"".join(response.streaming_content)
        self.assertTrue(content.startswith(b"%PDF-"))
        pdf = TaggedPdf.read(content)
        self.assertTrue(pdf.marked)
        self.assertEqual(pdf.language, "de")
        self.assertEqual(pdf.title, "Praktischer Leitfaden: die 10 Schritte im Überblick")
        self.assertIn("Schritt 7: Aktionsplan: Akteure, Mittel, Budget und Zeitplan", pdf.bookmarks)

    def test_checklist_worksheet_lists_the_steps(self):
        response = self.client.get(document("lb", "worksheet").get_download_url())
        content = b"".join(response.streaming_content)
        paragraphs = Document(io.BytesIO(content)).paragraphs
        headings = [paragraph.text for paragraph in paragraphs if paragraph.style.name == "Heading 3"]
        self.assertEqual(len(headings), 10)
        self.assertTrue(headings[0].startswith("Schrëtt 1:"))

    def test_unknown_document_is_not_found(self):
        url = reverse("pci_guide:document_download", kwargs={"pk": 999999})
        self.assertEqual(self.client.get(url).status_code, 404)

    def test_step_lists_its_documents_in_the_visitors_language(self):
        step = GuideStepPage.objects.get(locale__language_code="de", step_number=8)
        soup = BeautifulSoup(self.client.get(step.url).content, "html.parser")
        links = soup.select(".step-section--documents a")
        self.assertEqual(
            [link.get_text(strip=True) for link in links], ["Mustervorlage für den Beschluss des Gemeinderats"]
        )
        self.assertEqual(links[0]["href"], document("de", "template").get_download_url())


class LibraryWordsTests(GuideTestCase):
    """Language names as each language writes them, in a pattern that is grammatical in all of them."""

    EXPECTED = {
        "fr": (
            [f"Télécharger ({name})" for name in ("français", "allemand", "luxembourgeois", "anglais")],
            ["Toutes les langues", "Français", "Allemand", "Luxembourgeois", "Anglais"],
        ),
        "de": (
            [f"Herunterladen ({name})" for name in ("Französisch", "Deutsch", "Luxemburgisch", "Englisch")],
            ["Alle Sprachen", "Französisch", "Deutsch", "Luxemburgisch", "Englisch"],
        ),
    }

    def test_download_links_and_the_language_filter_name_languages_in_the_pages_language(self):
        for language, (links, options) in self.EXPECTED.items():
            with self.subTest(language=language):
                html = BeautifulSoup(self.client.get(library_in(language).url).content, "html.parser")
                entry = html.select(".library-item")[0]
                shown = [link.get_text(strip=True) for link in entry.select(".library-item__versions a")]
                self.assertEqual(shown[: len(links)], links)
                choices = [option.get_text(strip=True) for option in html.select("select[name=language] option")]
                self.assertEqual(choices[: len(options)], options)
