from pci_guide.models.documents import DocumentLibraryPage, DocumentType, GuideDocument
from pci_guide.models.guide import PHASES, STEP_COUNT, GuideIndexPage, GuideStepPage
from pci_guide.models.progress import CommuneProgress, CommuneProgressPage, ProgressStatus
from pci_guide.models.resolution import PLACEHOLDERS, ResolutionGeneratorPage, ResolutionTemplate

__all__ = [
    "PHASES",
    "PLACEHOLDERS",
    "STEP_COUNT",
    "CommuneProgress",
    "CommuneProgressPage",
    "DocumentLibraryPage",
    "DocumentType",
    "GuideDocument",
    "GuideIndexPage",
    "GuideStepPage",
    "ProgressStatus",
    "ResolutionGeneratorPage",
    "ResolutionTemplate",
]
