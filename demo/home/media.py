"""Illustrations and documents for the demo pages, drawn and written locally (nothing is downloaded).

Each file is stored through Wagtail's image and document models, found again by its title, so a
second run reuses what the first one made.
"""

from collections.abc import Callable
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image, ImageDraw

from demo.pdf import pdf_render
from demo.toolkit import Log
from home.models import PortalDocument, PortalImage

WIDTH, HEIGHT = 1200, 675
BLUE = "#00508a"
DARK_BLUE = "#003a66"
LIGHT_BLUE = "#cfe3f3"
RED = "#b3261e"
GREEN = "#1e6b33"
LIGHT_GREEN = "#d6ecd9"
YELLOW = "#ffbf47"
SURFACE = "#f3f5f7"
WHITE = "#ffffff"
TEXT = "#1b1f24"
AUTHOR = "Helpdesk Integratioun"

Drawing = Callable[[ImageDraw.ImageDraw], None]


def _person(draw: ImageDraw.ImageDraw, x: int, y: int, scale: float, colour: str) -> None:
    head = int(34 * scale)
    draw.ellipse((x - head, y - 3 * head, x + head, y - head), fill=colour)
    draw.rounded_rectangle((x - 2 * head, y - head // 2, x + 2 * head, y + 3 * head), radius=head, fill=colour)


def draw_help_at_home(draw: ImageDraw.ImageDraw) -> None:
    draw.rectangle((0, 520, WIDTH, HEIGHT), fill=LIGHT_GREEN)
    draw.polygon([(330, 300), (600, 100), (870, 300)], fill=RED)
    draw.rectangle((380, 300, 820, 560), fill=WHITE, outline=TEXT, width=6)
    draw.rectangle((560, 400, 640, 560), fill=BLUE)
    draw.rectangle((430, 350, 510, 430), fill=LIGHT_BLUE, outline=TEXT, width=4)
    draw.rectangle((690, 350, 770, 430), fill=LIGHT_BLUE, outline=TEXT, width=4)
    _person(draw, 200, 470, 1.0, DARK_BLUE)
    _person(draw, 1000, 470, 0.9, GREEN)
    draw.ellipse((940, 120, 1060, 240), fill=YELLOW)


def draw_web_cafe(draw: ImageDraw.ImageDraw) -> None:
    draw.rectangle((0, 470, WIDTH, HEIGHT), fill="#e2d3bf")
    draw.rounded_rectangle((300, 130, 900, 470), radius=24, fill=TEXT)
    draw.rounded_rectangle((330, 160, 870, 440), radius=12, fill=LIGHT_BLUE)
    for row, width in enumerate((420, 360, 300)):
        draw.rounded_rectangle((370, 200 + row * 70, 370 + width, 240 + row * 70), radius=10, fill=BLUE)
    draw.polygon([(240, 470), (960, 470), (1010, 540), (190, 540)], fill="#8a94a1")
    draw.rounded_rectangle((1030, 400, 1130, 520), radius=14, fill=WHITE, outline=TEXT, width=5)
    draw.arc((1100, 420, 1160, 490), start=270, end=90, fill=TEXT, width=8)
    draw.rounded_rectangle((70, 330, 160, 520), radius=14, fill=TEXT)
    draw.rectangle((82, 350, 148, 490), fill=LIGHT_GREEN)


def draw_workshop(draw: ImageDraw.ImageDraw) -> None:
    draw.ellipse((250, 330, 950, 620), fill="#8a5a2b")
    colours = (BLUE, RED, GREEN, DARK_BLUE, "#6b4e9b", "#8a5a2b")
    seats = ((250, 330), (450, 250), (750, 250), (950, 330), (380, 640), (820, 640))
    for (x, y), colour in zip(seats, colours, strict=True):
        _person(draw, x, y, 0.8, colour)
    bubbles = ((120, 60, 420, 200, LIGHT_BLUE), (780, 40, 1080, 180, LIGHT_GREEN), (470, 20, 730, 130, YELLOW))
    for x0, y0, x1, y1, fill in bubbles:
        draw.rounded_rectangle((x0, y0, x1, y1), radius=40, fill=fill, outline=TEXT, width=4)
        for line in range(2):
            top = y0 + 30 + line * 40
            draw.line((x0 + 40, top, x1 - 40 - line * 60, top), fill=TEXT, width=8)


def draw_languages(draw: ImageDraw.ImageDraw) -> None:
    draw.ellipse((380, 120, 820, 560), fill=LIGHT_BLUE, outline=BLUE, width=10)
    draw.ellipse((500, 120, 700, 560), outline=BLUE, width=8)
    draw.line((380, 340, 820, 340), fill=BLUE, width=8)
    draw.arc((400, 160, 800, 300), start=0, end=180, fill=BLUE, width=6)
    draw.arc((400, 380, 800, 520), start=180, end=360, fill=BLUE, width=6)
    for index, colour in enumerate((BLUE, RED, GREEN, YELLOW)):
        x = 90 + (index % 2) * 150 if index < 2 else 900 + (index % 2) * 150
        draw.rounded_rectangle((x, 250, x + 120, 370), radius=24, fill=colour)
        draw.polygon([(x + 30, 370), (x + 60, 370), (x + 30, 410)], fill=colour)


def draw_communes(draw: ImageDraw.ImageDraw) -> None:
    draw.rectangle((0, 0, WIDTH, HEIGHT), fill=LIGHT_GREEN)
    outline = [
        (560, 40),
        (700, 90),
        (760, 220),
        (720, 360),
        (780, 470),
        (700, 630),
        (520, 640),
        (470, 520),
        (430, 380),
        (470, 240),
        (500, 120),
    ]
    draw.polygon(outline, fill=WHITE, outline=DARK_BLUE)
    draw.line([*outline, outline[0]], fill=DARK_BLUE, width=6)
    for start, end in (
        ((560, 150), (660, 260)),
        ((660, 260), (540, 330)),
        ((540, 330), (640, 450)),
        ((640, 450), (560, 560)),
        ((640, 450), (690, 560)),
    ):
        draw.line((*start, *end), fill=DARK_BLUE, width=4)
    pins = ((560, 150, BLUE), (660, 260, RED), (540, 330, GREEN), (640, 450, BLUE), (560, 560, RED), (690, 560, GREEN))
    for x, y, colour in pins:
        draw.ellipse((x - 26, y - 26, x + 26, y + 26), fill=colour, outline=WHITE, width=5)


def ensure_image(*, title: str, description: str, drawing: Drawing, file_name: str, log: Log) -> PortalImage:
    """The image called ``title``, drawn as a PNG the first time."""
    image = PortalImage.objects.filter(title=title).first()
    if image:
        return image
    canvas = Image.new("RGB", (WIDTH, HEIGHT), SURFACE)
    drawing(ImageDraw.Draw(canvas))
    buffer = BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    image = PortalImage(title=title, description=description, file=ImageFile(buffer, name=file_name))
    image._set_image_file_metadata()
    image.save()
    log(f"  drew image “{title}”")
    return image


def ensure_pdf(*, title: str, language: str, paragraphs: list[str], file_name: str, log: Log) -> PortalDocument:
    """The document called ``title``, written in ``language`` as a one-page tagged PDF the first time."""
    document = PortalDocument.objects.filter(title=title).first()
    if document:
        return document
    context = {"title": title, "author": AUTHOR, "paragraphs": paragraphs}
    content = pdf_render(template_name="demo/pdf/document.html", context=context, language=language)
    document = PortalDocument(title=title, file=ContentFile(content, name=file_name))
    document._set_document_file_metadata()
    document.save()
    log(f"  wrote document “{title}”")
    return document
