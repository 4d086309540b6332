"""Real files for the demo library: the guide as a tagged PDF, the checklist and the template resolution as DOCX."""

from __future__ import annotations

import io

from docx import Document

from demo.pdf import pdf_render
from demo.toolkit import localise
from pci_guide.generator import resolution_docx, resolution_values

LABELS = {
    "fr": {"step": "Étape", "phase": "Phase", "todo": "À faire", "outcomes": "Résultats", "done": "Étape terminée"},
    "de": {"step": "Schritt", "phase": "Phase", "todo": "Zu tun", "outcomes": "Ergebnisse", "done": "Schritt erledigt"},
    "lb": {
        "step": "Schrëtt",
        "phase": "Phas",
        "todo": "Ze maachen",
        "outcomes": "Resultater",
        "done": "Schrëtt fäerdeg",
    },
    "en": {"step": "Step", "phase": "Phase", "todo": "To do", "outcomes": "Results", "done": "Step done"},
    "pt": {"step": "Etapa", "phase": "Fase", "todo": "A fazer", "outcomes": "Resultados", "done": "Etapa concluída"},
}
ROMAN = {1: "I", 2: "II", 3: "III"}


def guide_pdf(*, language: str, title: str, steps: list[dict], phase_titles: dict) -> bytes:
    """The guide as a tagged PDF: a heading per phase and per step, each step's summary and its list of things to do."""
    phases: list[dict] = []
    for step in steps:
        data = localise(step, language)
        if not phases or phases[-1]["key"] != step["phase"]:
            phases.append(
                {
                    "key": step["phase"],
                    "number": ROMAN[step["phase"]],
                    "title": phase_titles[step["phase"]][language],
                    "steps": [],
                }
            )
        phases[-1]["steps"].append(
            {
                "number": step["number"],
                "title": data["title"],
                "summary": data["summary"],
                "checklist": data["checklist"],
            }
        )
    context = {"title": title, "labels": LABELS[language], "phases": phases}
    return pdf_render(template_name="demo/pdf/guide.html", context=context, language=language)


def checklist_docx(*, language: str, title: str, steps: list[dict], phase_titles: dict) -> bytes:
    labels = LABELS[language]
    document = Document()
    document.core_properties.title = title
    document.core_properties.language = language
    document.add_heading(title, level=1)
    current_phase = None
    for step in steps:
        data = localise(step, language)
        if step["phase"] != current_phase:
            current_phase = step["phase"]
            document.add_heading(
                f"{labels['phase']} {ROMAN[current_phase]}: {phase_titles[current_phase][language]}", level=2
            )
        document.add_heading(f"{labels['step']} {step['number']}: {data['title']}", level=3)
        for item in data["checklist"]:
            document.add_paragraph(f"☐ {item}")
        document.add_paragraph(f"☐ {labels['done']}")
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def template_docx(*, language: str, template) -> bytes:
    """The template resolution with every value left as a line to fill in by hand."""
    values = resolution_values(commune=None, meeting_date=None, language=language, details={})
    return resolution_docx(template=template, values=values, language=language)
