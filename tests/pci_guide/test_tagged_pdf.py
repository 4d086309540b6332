"""The guide as a PDF can be read with a screen reader: tagged, in its language, with its title and headings."""

import pytest

from demo.pci_guide import documents, files, steps
from tests.pdf_reader import TaggedPdf

pytestmark = pytest.mark.django_db  # the package loads the guide's demo content (see conftest)

LANGUAGES = ("fr", "de", "lb", "en", "pt")


def guide_pdf(language: str) -> TaggedPdf:
    title = documents.DOCUMENTS["guide"]["title"][language]
    content = files.guide_pdf(language=language, title=title, steps=steps.STEPS, phase_titles=steps.PHASE_TITLES)
    assert content.startswith(b"%PDF-")
    return TaggedPdf.read(content)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_pdf_is_tagged_in_its_language_with_its_title(language):
    pdf = guide_pdf(language)

    assert pdf.marked
    assert pdf.has_structure_tree
    assert pdf.language == language
    assert pdf.title == documents.DOCUMENTS["guide"]["title"][language]
    assert pdf.shows_its_title


def test_the_guide_pdf_has_real_headings_paragraphs_and_lists():
    pdf = guide_pdf("de")
    phases = len({step["phase"] for step in steps.STEPS})
    checklist_items = sum(len(step["checklist"]) for step in steps.STEPS)

    assert pdf.structure_types.count("H1") == 1
    assert pdf.structure_types.count("H2") == phases
    assert pdf.structure_types.count("H3") == len(steps.STEPS)
    assert pdf.structure_types.count("H4") == len(steps.STEPS)  # "To do", above each step's list
    assert pdf.structure_types.count("L") >= len(steps.STEPS)  # a list that runs onto the next page is two
    assert pdf.structure_types.count("LI") == checklist_items
    assert pdf.structure_types.count("P") >= len(steps.STEPS)


def test_the_guide_pdf_bookmarks_lead_to_every_step_in_its_language():
    pdf = guide_pdf("pt")
    step_7 = next(step for step in steps.STEPS if step["number"] == 7)

    assert pdf.bookmarks[0] == documents.DOCUMENTS["guide"]["title"].pt
    assert f"Etapa 7: {step_7['title'].pt}" in pdf.bookmarks
    assert sum(bookmark.startswith("Etapa ") for bookmark in pdf.bookmarks) == len(steps.STEPS)
    assert "A fazer" not in pdf.bookmarks, "the label above each list is a heading, not a bookmark"
