"""Demo content of the PCI guide: the guide in four languages, its documents, the resolution text and progress.

``load`` is idempotent: what exists is left alone.
"""

from __future__ import annotations

import json
import uuid
from datetime import date

from django.core.files.base import ContentFile
from wagtail_localize.models import SegmentOverride, TranslationContext, TranslationSource

from demo.easy_read import with_easy_read, write_easy_read
from demo.pci_guide import files
from demo.pci_guide.documents import DOCUMENTS, RESOLUTION
from demo.pci_guide.frame import LEGAL, SUPPORT
from demo.pci_guide.pages import GENERATOR, GENERATOR_BUTTON, GUIDE, LIBRARY, PACT_SIGNATURES, PROGRESS
from demo.pci_guide.steps import PHASE_TITLES, STEPS
from demo.toolkit import SOURCE_LANGUAGE, TARGET_LANGUAGES, Log, ensure_child_page, locale, localise, translate
from geography.places import commune_lookup
from home.models import HomePage, PortalDocument, StandardPage
from pci_guide.models import (
    CommuneProgress,
    CommuneProgressPage,
    DocumentLibraryPage,
    GuideDocument,
    GuideIndexPage,
    GuideStepPage,
    ProgressStatus,
    ResolutionGeneratorPage,
    ResolutionTemplate,
)

LANGUAGES = (SOURCE_LANGUAGE, *TARGET_LANGUAGES)


def load(*, log: Log) -> None:
    home = HomePage.objects.get(locale__language_code=SOURCE_LANGUAGE)
    template = _resolution_template(log=log)
    documents = {kind: _guide_document(kind, template=template, log=log) for kind in DOCUMENTS}

    guide_data = {
        **with_easy_read("guide", GUIDE),
        **{f"phase_{name}_title": PHASE_TITLES[number] for number, name in ((1, "one"), (2, "two"), (3, "three"))},
    }
    guide = _page(home, GuideIndexPage, guide_data, log=log, show_in_menus=True)
    _page(guide, StandardPage, LEGAL, log=log)
    _page(guide, DocumentLibraryPage, LIBRARY, log=log)
    generator = _page(guide, ResolutionGeneratorPage, GENERATOR, log=log)
    _page(guide, StandardPage, SUPPORT, log=log)
    _page(guide, CommuneProgressPage, PROGRESS, log=log)
    for step in STEPS:
        _page(
            guide,
            GuideStepPage,
            _step_data(step, documents=documents, generator=generator),
            log=log,
            phase=step["phase"],
            step_number=step["number"],
        )
    _commune_progress(log=log)


def _page(parent, model, data: dict, *, log: Log, **fields):
    french = localise(data, SOURCE_LANGUAGE)
    page, _created = ensure_child_page(parent, model(**french, **fields), log=log)
    write_easy_read(page, data, log=log)
    translate(page, data, log=log)
    return page


def _step_data(step: dict, *, documents: dict, generator) -> dict:
    body = [
        {"type": "purpose", "value": {"text": step["purpose"]}},
        {"type": "checklist", "value": {"items": _items(step["checklist"])}},
        {"type": "involved", "value": {"people": _items(step["involved"])}},
        {"type": "outcomes", "value": {"items": _items(step["outcomes"])}},
        {"type": "tips", "value": {"text": step["tips"]}},
    ]
    if step.get("generator"):
        body.append(
            {
                "type": "call_to_action",
                "value": {
                    "title": GENERATOR["title"],
                    "text": GENERATOR["intro"],
                    "link_label": GENERATOR_BUTTON,
                    "page": generator.pk,
                    "url": "",
                },
            }
        )
    if step["documents"]:
        chosen = [documents[kind].pk for kind in step["documents"]]
        body.append({"type": "documents", "value": {"documents": _items(chosen)}})
    if step.get("sources"):
        body.append({"type": "sources", "value": {"links": _items(step["sources"])}})
    data = {"title": step["title"], "slug": step["slug"], "summary": step["summary"], "body": body}
    return with_easy_read(f"step-{step['number']}", data)


def _items(values: list) -> list[dict]:
    """List block items with their ids, so that the French page and its translations share them."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def _file(*, title: str, name: str, content: bytes, log: Log) -> PortalDocument:
    existing = PortalDocument.objects.filter(title=title).first()
    if existing:
        return existing
    document = PortalDocument(title=title)
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    log(f"  created file “{name}”")
    return document


def _file_content(kind: str, language: str, *, template: ResolutionTemplate) -> bytes:
    title = DOCUMENTS[kind]["title"][language]
    if kind == "template":
        return files.template_docx(language=language, template=template.get_translation(locale(language)))
    if kind == "guide":
        return files.guide_pdf(language=language, title=title, steps=STEPS, phase_titles=PHASE_TITLES)
    return files.checklist_docx(language=language, title=title, steps=STEPS, phase_titles=PHASE_TITLES)


def _guide_document(kind: str, *, template: ResolutionTemplate, log: Log) -> GuideDocument:
    """The French document, with its German, Luxembourgish and English versions each linking its own file."""
    spec = DOCUMENTS[kind]
    data = {"title": spec["title"], "description": spec["description"]}
    stored = {}
    for language in LANGUAGES:
        stored[language] = _file(
            title=f"{spec['title'][language]} ({language.upper()})",
            name=f"{spec['file_slug'][language]}-{language}.{spec['format']}",
            content=_file_content(kind, language, template=template),
            log=log,
        )
    french = GuideDocument.objects.filter(locale=locale(SOURCE_LANGUAGE), title=spec["title"].fr).first()
    if french is None:
        french = GuideDocument.objects.create(
            locale=locale(SOURCE_LANGUAGE),
            title=spec["title"].fr,
            description=spec["description"].fr,
            document_type=spec["document_type"],
            date=date.fromisoformat(spec["date"]),
            file=stored[SOURCE_LANGUAGE],
        )
        log(f"  created document “{french.title}”")
    source, _ = TranslationSource.get_or_create_from_instance(french)
    context = TranslationContext.objects.get(object_id=source.object_id, path="file")
    for language in TARGET_LANGUAGES:
        if french.get_translation_or_none(locale(language)) is None:
            SegmentOverride.objects.update_or_create(
                locale=locale(language), context=context, defaults={"data_json": json.dumps(stored[language].pk)}
            )
    translate(french, data, log=log)
    return french


def _resolution_template(*, log: Log) -> ResolutionTemplate:
    french = ResolutionTemplate.objects.filter(locale=locale(SOURCE_LANGUAGE)).order_by("pk").first()
    if french is None:
        french = ResolutionTemplate.objects.create(locale=locale(SOURCE_LANGUAGE), **localise(RESOLUTION, "fr"))
        log("  created the council resolution text")
    translate(french, RESOLUTION, log=log)
    return french


def _commune_progress(*, log: Log) -> None:
    for signed, names, source in PACT_SIGNATURES:
        for name in names:
            commune = commune_lookup(name).commune
            if commune is None:
                raise LookupError(f"No commune called {name}")
            _progress, created = CommuneProgress.objects.get_or_create(
                commune=commune,
                defaults={"status": ProgressStatus.PHASE_1, "since": date.fromisoformat(signed), "link": source},
            )
            if created:
                log(f"  recorded the progress of {commune.name_fr}")
