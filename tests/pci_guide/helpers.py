"""Helpers to read what the guide's pages and files give a visitor."""

import io
import re

from django.conf import settings
from django.db import transaction
from django.test import SimpleTestCase
from docx import Document

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)


def docx_text(content: bytes) -> str:
    document = Document(io.BytesIO(content))
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def html_lang(content: bytes) -> str:
    match = re.search(rb'<html lang="([a-z]+)"', content)
    return match.group(1).decode() if match else ""


class GuideTestCase(SimpleTestCase):
    """A test on the package's demo content (see ``conftest._guide_demo``), undone after each test.

    Not ``TestCase``: it closes the database connections after each class, which on PostgreSQL
    would end the transaction that holds the demo content.
    """

    databases = {"default"}

    def setUp(self):
        super().setUp()
        atomic = transaction.atomic()
        atomic.__enter__()
        self.addCleanup(atomic.__exit__, None, None, None)
        self.addCleanup(transaction.set_rollback, True)
