import io
import struct
import zipfile
import zlib

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from docx import Document as WordDocument
from openpyxl import Workbook
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.models import Collection
from weasyprint import HTML

pytestmark = pytest.mark.django_db


def pdf_bytes() -> bytes:
    return HTML(string="<p>Résolution du conseil communal</p>").write_pdf()


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    document = WordDocument()
    document.add_paragraph("Plan communal d'intégration")
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    workbook = Workbook()
    workbook.active["A1"] = "Commune"
    workbook.save(buffer)
    return buffer.getvalue()


def odt_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def png_bytes(width=20, height=20) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "#0b5").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.lu", "a long enough passphrase")
    client.force_login(user)
    return client


def add_document(admin_client, name, content):
    return admin_client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": Collection.get_first_root_node().pk},
    )


def add_image(admin_client, name, content):
    return admin_client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": Collection.get_first_root_node().pk},
    )


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims ``width`` × ``height`` pixels in a few dozen bytes (what a decompression bomb starts with)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def zip_bomb(marker: str, size: int = 300 * 1024 * 1024) -> bytes:
    """An Office-shaped ZIP whose ``marker`` member inflates to ``size`` bytes of zeros from a few hundred KB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive, archive.open(marker, "w") as member:
        block = b"\x00" * (1024 * 1024)
        for _ in range(size // len(block)):
            member.write(block)
    return buffer.getvalue()


SVG_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'
HTML_PAGE = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


class DocumentUploadTests:
    @pytest.mark.parametrize(
        ("name", "content"),
        [
            ("resolution.pdf", pdf_bytes()),
            ("modele.docx", docx_bytes()),
            ("communes.xlsx", xlsx_bytes()),
            ("modele.odt", odt_bytes()),
            ("communes.csv", "commune;canton\nKäerjeng;Capellen\n".encode()),
            ("lisez-moi.txt", "Bonjour, moien, hallo, Lëtzebuerg.".encode()),
        ],
    )
    def test_real_documents_of_the_allowed_formats_are_accepted(self, admin_client, name, content):
        response = add_document(admin_client, name, content)
        assert response.status_code == 302
        assert get_document_model().objects.filter(title=name).exists()

    @pytest.mark.parametrize(
        ("name", "content"),
        [
            ("invoice.pdf", b"<html><script>alert(1)</script></html>"),
            ("letter.docx", xlsx_bytes()),
            ("sheet.xlsx", b"MZ\x90\x00\x03" + b"\x00" * 200),
            ("text.odt", docx_bytes()),
            ("notes.txt", png_bytes()),
            ("data.csv", b"a,b\x00\x00\x00"),
            # A corpus of hostile files, each made here.
            ("logo.pdf", SVG_SCRIPT),
            ("invoice.pdf", HTML_PAGE),
            ("invoice.pdf", b"%PDF-1.4\n" + HTML_PAGE),  # PDF magic in front of a web page
            ("report.pdf", pdf_bytes().replace(b"%%EOF", HTML_PAGE + b"\n%%EOF")),  # a PDF that is also a web page
            ("letter.docx", zip_bomb("word/document.xml")),
            ("sheet.xlsx", zip_bomb("xl/workbook.xml")),
            ("text.odt", zip_bomb("mimetype")),
            ("notes.txt", SVG_SCRIPT),
            ("notes.csv", HTML_PAGE),
        ],
    )
    def test_files_whose_content_does_not_match_their_name_are_refused(
        self, admin_client, name, content, tmp_path, settings
    ):
        settings.MEDIA_ROOT = tmp_path
        response = add_document(admin_client, name, content)
        assert response.status_code == 200
        extension = name.rsplit(".", 1)[1].upper()
        assert response.context["form"].errors["file"] == [
            f"Le contenu de ce fichier n’est pas un document {extension} valide. "
            "Veuillez téléverser le fichier d’origine."
        ]
        assert not get_document_model().objects.exists()
        assert not any(path.is_file() for path in tmp_path.rglob("*"))

    @pytest.mark.parametrize("name", ["page.html", "script.js", "drawing.svg", "macro.docm"])
    def test_other_formats_are_refused(self, admin_client, name):
        response = add_document(admin_client, name, b"<svg onload=alert(1)>")
        assert response.status_code == 200
        assert not get_document_model().objects.exists()

    def test_documents_are_downloaded_as_attachments(self, client, admin_client):
        add_document(admin_client, "resolution.pdf", pdf_bytes())
        client.logout()
        document = get_document_model().objects.get()
        response = client.get(document.url)
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment")
        assert response["Content-Security-Policy"] == "default-src 'none'"
        assert response["X-Content-Type-Options"] == "nosniff"


class ImageUploadTests:
    def test_a_real_image_is_accepted(self, admin_client):
        assert add_image(admin_client, "cafe.png", png_bytes()).status_code == 302

    def test_svg_is_refused(self, admin_client):
        svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
        response = add_image(admin_client, "logo.svg", svg)
        assert response.status_code == 200
        assert "logo.svg" not in [image.title for image in _images()]

    def test_files_over_the_size_limit_are_refused(self, admin_client, settings):
        settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
        response = add_image(admin_client, "big.png", png_bytes(400, 400) + b"\x00" * 2048)
        assert response.status_code == 200
        assert not _images()

    def test_images_over_the_pixel_limit_are_refused(self, admin_client, settings):
        settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100 * 100
        response = add_image(admin_client, "wide.png", png_bytes(200, 200))
        assert response.status_code == 200
        assert not _images()


def _images():
    from wagtail.images import get_image_model

    return list(get_image_model().objects.all())


class HostileImageTests:
    """A corpus of hostile images, each made here: refused with a message the editor can act on, nothing stored."""

    @pytest.mark.parametrize(
        ("name", "content"),
        [
            ("logo.svg", SVG_SCRIPT),
            ("logo.png", SVG_SCRIPT),
            ("page.jpg", HTML_PAGE),
            ("huge.png", png_header_only(20_000, 20_000)),
            ("bomb.png", png_header_only(100_000, 100_000)),
            ("gif.gif", b"GIF89a/*" + b"\x00" * 32 + b"*/=alert(1);"),
        ],
    )
    def test_hostile_images_are_refused_and_not_stored(self, admin_client, name, content, tmp_path, settings):
        settings.MEDIA_ROOT = tmp_path
        response = add_image(admin_client, name, content)
        assert response.status_code == 200
        errors = response.context["form"].errors["file"]
        assert errors and all(error.strip() for error in errors)
        assert not _images()
        assert not any(path.is_file() for path in tmp_path.rglob("*"))
