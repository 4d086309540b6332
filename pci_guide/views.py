"""Downloads of the library's documents, with their type and a readable file name."""

import mimetypes

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from pci_guide.models import GuideDocument

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv",
    "txt": "text/plain",
}


def document_download(request, pk: int):
    document = get_object_or_404(GuideDocument.objects.select_related("file__collection", "locale"), pk=pk)
    collection = document.file.collection
    if collection.get_view_restrictions().exists():
        raise Http404
    try:
        handle = document.file.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    content_type = CONTENT_TYPES.get(document.extension) or mimetypes.guess_type(document.download_name)[0]
    return FileResponse(
        handle,
        as_attachment=True,
        filename=document.download_name,
        content_type=content_type or "application/octet-stream",
    )
