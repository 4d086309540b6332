"""Checks on uploaded documents by their content, not their name."""

import zipfile
from pathlib import PurePath

import filetype
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

SNIFF_BYTES = 64 * 1024

# Office formats are ZIP archives; each names itself by a member only it has.
ZIP_MARKERS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "odt": "mimetype",
}
ODF_MIMETYPES = {"odt": b"application/vnd.oasis.opendocument.text"}
TEXT_EXTENSIONS = {"csv", "txt"}


def _zip_matches(file, extension: str) -> bool:
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            if ZIP_MARKERS[extension] not in names:
                return False
            if extension in ODF_MIMETYPES:
                return archive.read("mimetype").strip() == ODF_MIMETYPES[extension]
            return True
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def _content_matches(file, extension: str) -> bool:
    file.seek(0)
    head = file.read(SNIFF_BYTES)
    file.seek(0)
    if extension == "pdf":
        kind = filetype.guess(head)
        return kind is not None and kind.extension == "pdf"
    if extension in ZIP_MARKERS:
        matches = _zip_matches(file, extension)
        file.seek(0)
        return matches
    if extension in TEXT_EXTENSIONS:
        return b"\x00" not in head and filetype.guess(head) is None
    return False


def document_file_validate(file) -> None:
    """Raise a ValidationError unless the file's content is what its extension says."""
    extension = PurePath(file.name).suffix.lstrip(".").lower()
    if not _content_matches(file, extension):
        raise ValidationError(
            _("This file's content is not a valid %(format)s document. Please upload the original file.")
            % {"format": extension.upper() or "?"},
            code="content_mismatch",
        )
