"""Checks on uploaded documents by their content, not their name."""

import re
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
# An archive that would unpack to more than this is a decompression bomb, whatever it claims to be.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
# What makes a browser (or a careless viewer) treat a file as a web page: never in a document's first or
# last bytes, so that no PDF or text file is also an HTML or SVG page (a polyglot).
MARKUP = re.compile(rb"<\s*(?:script|html|svg|body|iframe|object|embed)\b|<!doctype\s+html", re.IGNORECASE)


def _zip_matches(file, extension: str) -> bool:
    try:
        with zipfile.ZipFile(file) as archive:
            members = archive.infolist()
            if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
                return False
            if ZIP_MARKERS[extension] not in {member.filename for member in members}:
                return False
            if extension in ODF_MIMETYPES:
                with archive.open("mimetype") as mimetype:
                    return mimetype.read(256).strip() == ODF_MIMETYPES[extension]
            return True
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def _content_matches(file, extension: str) -> bool:
    file.seek(0)
    head = file.read(SNIFF_BYTES)
    file.seek(max(0, file.size - SNIFF_BYTES))
    tail = file.read(SNIFF_BYTES)
    file.seek(0)
    if MARKUP.search(head) or MARKUP.search(tail):
        return False
    if extension == "pdf":
        kind = filetype.guess(head)
        return kind is not None and kind.extension == "pdf" and b"%%EOF" in tail[-1024:]
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
