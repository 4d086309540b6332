"""The guide's demo texts in Portuguese, checked in the data the demo builds the guide from."""

import importlib
import pkgutil

import demo.pci_guide
from demo.pci_guide import documents, files, frame, pages, steps
from demo.toolkit import T, _texts, translation_map


def guide_demo_data() -> list:
    return [
        documents.DOCUMENTS,
        documents.RESOLUTION,
        frame.LEGAL,
        frame.SUPPORT,
        pages.GUIDE,
        pages.LIBRARY,
        pages.GENERATOR,
        pages.GENERATOR_BUTTON,
        pages.PROGRESS,
        steps.PHASE_TITLES,
        steps.STEPS,
    ]


def module_texts() -> list[T]:
    """Every text held at module level anywhere in the guide's demo package."""
    found = []
    for info in pkgutil.iter_modules(demo.pci_guide.__path__):
        module = importlib.import_module(f"demo.pci_guide.{info.name}")
        for value in vars(module).values():
            if isinstance(value, T | dict | list | tuple):
                found += list(_texts(value))
    return found


class GuidePortugueseTextTests:
    def test_every_text_of_the_guide_has_its_portuguese(self):
        texts = module_texts() + [text for data in guide_demo_data() for text in _texts(data)]
        assert len(texts) > 200
        assert [text.en for text in texts if not text.pt.strip()] == []

    def test_rich_texts_pair_with_the_french_paragraph_by_paragraph(self):
        assert len(translation_map(guide_demo_data(), "pt")) == len(translation_map(guide_demo_data(), "en"))

    def test_placeholders_and_slugs_stay_usable(self):
        for name in ("title", "body"):
            text = documents.RESOLUTION[name]
            for placeholder in ("{commune}", "{meeting_date}", "{council_president}", "{secretary}"):
                assert (placeholder in text.en) == (placeholder in text.pt), (name, placeholder)
        slugs = [step["slug"].pt for step in steps.STEPS] + [pages.GUIDE["slug"].pt, pages.LIBRARY["slug"].pt]
        assert all(slug and slug.isascii() and slug == slug.lower() and " " not in slug for slug in slugs)
        assert len(set(slugs)) == len(slugs)

    def test_the_portuguese_files_can_be_built(self):
        assert all("pt" in spec["file_slug"] for spec in documents.DOCUMENTS.values())
        title = documents.DOCUMENTS["guide"]["title"].pt
        pdf = files.guide_pdf(language="pt", title=title, steps=steps.STEPS, phase_titles=steps.PHASE_TITLES)
        assert pdf.startswith(b"%PDF")
        docx = files.checklist_docx(language="pt", title=title, steps=steps.STEPS, phase_titles=steps.PHASE_TITLES)
        assert docx.startswith(b"PK")
