"""Real files for the demo library: the guide as a PDF, the checklist and the template resolution as DOCX."""

from __future__ import annotations

import io

from docx import Document
from fpdf import FPDF

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
LATIN_1_REPLACEMENTS = {
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "–": "-",
    "—": "-",
    "…": "...",
    "œ": "oe",
    "Œ": "OE",
    "\u202f": " ",
}


def _latin_1(text: str) -> str:
    """The PDF's built-in fonts cover Latin-1 (enough for the accents of all five languages)."""
    for character, replacement in LATIN_1_REPLACEMENTS.items():
        text = text.replace(character, replacement)
    return text.encode("latin-1", "replace").decode("latin-1")


def guide_pdf(*, language: str, title: str, steps: list[dict], phase_titles: dict) -> bytes:
    labels = LABELS[language]
    pdf = FPDF(format="A4")
    pdf.set_title(_latin_1(title))
    pdf.set_lang(language)
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 9, _latin_1(title), new_x="LMARGIN", new_y="NEXT")
    current_phase = None
    for step in steps:
        data = localise(step, language)
        if step["phase"] != current_phase:
            current_phase = step["phase"]
            pdf.ln(4)
            pdf.set_font("Helvetica", "B", 14)
            heading = f"{labels['phase']} {ROMAN[current_phase]}: {phase_titles[current_phase][language]}"
            pdf.multi_cell(0, 8, _latin_1(heading), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(
            0, 7, _latin_1(f"{labels['step']} {step['number']}: {data['title']}"), new_x="LMARGIN", new_y="NEXT"
        )
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, _latin_1(data["summary"]), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "I", 11)
        pdf.multi_cell(0, 6, _latin_1(labels["todo"]), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        for item in data["checklist"]:
            pdf.multi_cell(0, 6, _latin_1(f"- {item}"), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


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
