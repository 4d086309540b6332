"""Filling in the template council resolution and writing it as a DOCX."""

from __future__ import annotations

import io
from datetime import date

from django.http import HttpResponse
from django.utils.text import slugify
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from geography.models import Commune
from pci_guide.models import ResolutionTemplate
from pci_guide.models.resolution import PLACEHOLDER_RE

DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
BLANK = "…………………………"
MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "lb": [
        "Januar",
        "Februar",
        "Mäerz",
        "Abrëll",
        "Mee",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}
DOCUMENT_LANGUAGE = {"fr": "fr-LU", "de": "de-LU", "lb": "lb-LU", "en": "en-GB", "pt": "pt-PT"}


def date_in_words(value: date, language: str) -> str:
    """A date as it is written in a council resolution in that language: “1er mars 2026”, “1. März 2026”."""
    month = MONTHS[language][value.month - 1]
    if language == "fr":
        day = "1er" if value.day == 1 else str(value.day)
        return f"{day} {month} {value.year}"
    if language in ("de", "lb"):
        return f"{value.day}. {month} {value.year}"
    if language == "pt":
        return f"{value.day} de {month} de {value.year}"
    return f"{value.day} {month} {value.year}"


def fill_placeholders(text: str, values: dict[str, str]) -> str:
    return PLACEHOLDER_RE.sub(lambda match: values.get(match.group(1), match.group(0)), text)


def resolution_values(*, commune: Commune | None, meeting_date: date | None, language: str, details: dict) -> dict:
    """The placeholder values; whatever is not known becomes a line to fill in by hand."""
    canton = commune.canton if commune else None
    values = {
        "commune": commune.name_in(language) if commune else BLANK,
        "canton": (getattr(canton, f"name_{language}", "") or canton.name_fr) if canton else BLANK,
        "meeting_date": date_in_words(meeting_date, language) if meeting_date else BLANK,
    }
    for key in ("council_president", "secretary", "coordinator"):
        values[key] = (details.get(key) or "").strip() or BLANK
    return values


def _set_language(document, language: str) -> None:
    """Tell the word processor which language the text is in (for spelling and hyphenation)."""
    code = DOCUMENT_LANGUAGE[language]
    document.core_properties.language = code
    run_properties = document.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), code)
    run_properties.append(lang)


def resolution_docx(*, template: ResolutionTemplate, values: dict[str, str], language: str) -> bytes:
    document = Document()
    _set_language(document, language)
    title = fill_placeholders(template.title, values)
    document.core_properties.title = title
    document.add_heading(title, level=1)
    for block in template.body.replace("\r\n", "\n").split("\n\n"):
        lines = [line.strip() for line in block.strip().split("\n") if line.strip()]
        if not lines:
            continue
        if lines[0].startswith("## "):
            document.add_heading(fill_placeholders(lines[0][3:], values), level=2)
            lines = lines[1:]
        if lines and all(line.startswith("- ") for line in lines):
            for line in lines:
                document.add_paragraph(fill_placeholders(line[2:], values), style="List Bullet")
        elif lines:
            paragraph = document.add_paragraph()
            for index, line in enumerate(lines):
                run = paragraph.add_run(fill_placeholders(line, values))
                if index < len(lines) - 1:
                    run.add_break()
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def _short_slug(text: str, limit: int = 60) -> str:
    slug = slugify(text)
    if len(slug) <= limit:
        return slug or "resolution"
    return slug[:limit].rsplit("-", 1)[0]


def resolution_response(
    *, template: ResolutionTemplate, commune: Commune, meeting_date: date, language: str, details: dict
) -> HttpResponse:
    values = resolution_values(commune=commune, meeting_date=meeting_date, language=language, details=details)
    content = resolution_docx(template=template, values=values, language=language)
    name = f"{_short_slug(fill_placeholders(template.title, values))}-{meeting_date.isoformat()}.docx"
    response = HttpResponse(content, content_type=DOCX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    return response
