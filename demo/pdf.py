"""The demo's PDFs: a Django template rendered to HTML, then written by WeasyPrint as tagged PDF/UA.

Tagged means a screen reader finds the document's language, its title, its headings, paragraphs and
lists, in reading order, as it would on the web page.
"""

from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML


def pdf_render(*, template_name: str, context: dict, language: str) -> bytes:
    """The template rendered in ``language`` (its ``<html lang>``) as PDF/UA-1."""
    with translation.override(language):
        html = render_to_string(template_name, {**context, "language": language})
    return HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")
