"""Read-only queries behind the guide's public pages; all scoped to one locale and to live content."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from geography.models import Canton
from pci_guide.models import PHASES, CommuneProgress, GuideDocument, GuideIndexPage, GuideStepPage
from portal.caching import GUIDE, cached


@dataclass
class Phase:
    number: int
    label: str
    title: str
    steps: list = field(default_factory=list)  # GuideStepPage, or StepLink in an outline


@dataclass(frozen=True)
class StepLink:
    """What the guide's navigation shows of a step: no body, nothing to query."""

    pk: int
    step_number: int
    phase: int
    title: str
    summary: str
    url: str


@dataclass(frozen=True)
class PageLink:
    pk: int
    title: str
    url: str


@dataclass
class Outline:
    """A guide's navigation: its phases and steps, its other pages, its print and checklist addresses."""

    pk: int
    phases: list[Phase]
    sections: list[PageLink]
    print_url: str
    checklist_url: str

    def phase_title(self, number: int) -> str:
        return next((phase.title for phase in self.phases if phase.number == number), "")


def _live_steps(guide: GuideIndexPage):
    return GuideStepPage.objects.child_of(guide).live().public().order_by("step_number", "path")


def guide_steps(guide: GuideIndexPage) -> list[GuideStepPage]:
    """The guide's live steps, in step order (the same order in every language)."""
    return list(_live_steps(guide))


def guide_phases(guide: GuideIndexPage, steps=None) -> list[Phase]:
    """The guide's phases holding ``steps`` (by default its live steps), leaving out those with none."""
    phases = {number: Phase(number, label, guide.phase_title(number)) for number, label in PHASES}
    for step in guide_steps(guide) if steps is None else steps:
        phases[step.phase].steps.append(step)
    return [phase for phase in phases.values() if phase.steps]


def guide_sections(guide: GuideIndexPage) -> list[Page]:
    """The guide's other live pages (documents, generator, support...), in the editors' order."""
    return list(guide.get_children().live().public().not_type(GuideStepPage))


def guide_outline(guide_path: str) -> Outline | None:
    """The outline of the guide at ``guide_path`` (a tree path, which a step knows without a query),
    kept in the cache until the next publish: the steps and the overview draw their navigation
    from it."""

    def build() -> Outline | None:
        guide = GuideIndexPage.objects.live().public().filter(path=guide_path).first()
        return outline_of(guide) if guide is not None else None

    return cached(f"guide-outline:{guide_path}", build, depends_on=[GUIDE])


def outline_of(guide: GuideIndexPage) -> Outline:
    """The outline of ``guide`` as it is in memory (a preview shows the editor's unsaved phase titles)."""
    steps = [
        StepLink(step.pk, step.step_number, step.phase, step.title, step.summary, step.get_url())
        for step in _live_steps(guide).defer("body")
    ]
    sections = [PageLink(page.pk, page.title, page.get_url()) for page in guide_sections(guide)]
    return Outline(
        pk=guide.pk,
        phases=guide_phases(guide, steps),
        sections=sections,
        print_url=guide.print_url,
        checklist_url=guide.checklist_url,
    )


def step_neighbours(step: GuideStepPage, phases: list[Phase]) -> tuple[StepLink | None, StepLink | None]:
    """The steps before and after ``step`` among the guide's live steps (an outline's phases)."""
    steps = [other for phase in phases for other in phase.steps]
    previous = [other for other in steps if other.step_number < step.step_number]
    following = [other for other in steps if other.step_number > step.step_number]
    return (previous[-1] if previous else None), (following[0] if following else None)


@dataclass
class LibraryEntry:
    """One document of the library: the version to show first, and every language version."""

    document: GuideDocument
    versions: list[GuideDocument]

    @property
    def other_versions(self) -> list[GuideDocument]:
        return [version for version in self.versions if version.pk != self.document.pk]


def library_entries(
    *, locale: Locale, document_type: str | None = None, language: str | None = None
) -> list[LibraryEntry]:
    """The library's documents as seen from ``locale``.

    Each document appears once, in the visitor's language when that version exists (or the
    language filtered on), otherwise in French, otherwise in its first language.
    """
    documents = GuideDocument.objects.select_related("locale", "file")
    if document_type:
        documents = documents.filter(document_type=document_type)
    versions_by_key: dict = defaultdict(list)
    for document in documents:
        versions_by_key[document.translation_key].append(document)
    order = [code for code, _name in settings.LANGUAGES]
    preferred = (language or locale.language_code, settings.LANGUAGE_CODE, *order)
    entries = []
    for versions in versions_by_key.values():
        versions.sort(key=lambda version: order.index(version.language_code))
        by_language = {version.language_code: version for version in versions}
        if language and language not in by_language:
            continue
        shown = next(by_language[code] for code in preferred if code in by_language)
        entries.append(LibraryEntry(document=shown, versions=versions))
    entries.sort(key=lambda entry: (entry.document.document_type != "template", entry.document.title.casefold()))
    return entries


@dataclass
class ProgressRow:
    progress: CommuneProgress
    commune_name: str
    canton_name: str


def commune_progress_rows(*, canton: Canton | None = None) -> list[ProgressRow]:
    progress = CommuneProgress.objects.select_related("commune__canton")
    if canton is not None:
        progress = progress.filter(commune__canton=canton)
    language = get_language()
    rows = [ProgressRow(item, item.commune.name_in(language), item.commune.canton.name) for item in progress]
    rows.sort(key=lambda row: row.commune_name.casefold())
    return rows


def documents_in_language(documents: list[GuideDocument]) -> list[GuideDocument]:
    """``documents``, each replaced by its version in the active language where there is one, with
    their language and file loaded; cached until a guide document or a file changes."""
    language = get_language()

    def build() -> list[GuideDocument]:
        keys = [document.translation_key for document in documents]
        versions = GuideDocument.objects.filter(
            Q(translation_key__in=keys, locale__language_code=language) | Q(pk__in=[doc.pk for doc in documents])
        ).select_related("locale", "file")
        originals = {}
        localized = {}
        for version in versions:
            version.file.get_file_size()  # worked out (and saved) once, before the copy is cached
            if version.locale.language_code == language:
                localized[version.translation_key] = version
            originals[version.pk] = version
        return [localized.get(document.translation_key) or originals[document.pk] for document in documents]

    key = ",".join(str(document.pk) for document in documents)
    return cached(f"guide-documents:{language}:{key}", build, depends_on=[GUIDE])
