"""Pictures and PDFs for the demo content, drawn locally with Pillow (no network needed).

Every file is stored once: images and documents are looked up by title in the demo
collection before anything is drawn, so loading the demo content again adds nothing.
"""

import functools
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image, ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

COLLECTION_NAME = "Demo-inhoud"
PHOTO_SIZE = (1200, 675)
COVER_SIZE = (848, 1200)
# A4 at 72 dots per inch: the PDF pages are small, but open at their real size.
PDF_PAGE_SIZE = (595, 842)
WHITE = (255, 255, 255)
INK = (33, 37, 41)


def demo_collection():
    """The collection that holds every demo file, so staff can find (and remove) them."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(instance=Collection(name=COLLECTION_NAME))


def hex_to_rgb(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def darker(rgb, factor=0.45):
    return tuple(int(channel * factor) for channel in rgb)


@functools.cache
def font(size):
    """DejaVu Sans where installed (it has every accent Dutch needs), else Pillow's own."""
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size=size)


def gradient(size, colour):
    """A diagonal fade from `colour` to a darker shade of it."""
    top, bottom = Image.new("RGB", size, colour), Image.new("RGB", size, darker(colour))
    vertical = Image.linear_gradient("L")
    mask = Image.blend(vertical, vertical.rotate(90), 0.5).resize(size)
    return Image.composite(bottom, top, mask)


def wrap(text, size, width):
    """`text` split into lines no wider than `width` pixels at this font size."""
    type_face, lines = font(size), []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and type_face.getlength(candidate) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def draw_lines(draw, xy, lines, size, fill=WHITE, spacing=1.25):
    """Draw `lines` from `xy` down; return the y below the last."""
    x, y = xy
    for line in lines:
        draw.text((x, y), line, font=font(size), fill=fill)
        y += int(size * spacing)
    return y


def photo_bytes(title, label, colour):
    """A 16:9 JPEG 'photo': a gradient with soft circles, a label and the title."""
    rgb = hex_to_rgb(colour)
    image = gradient(PHOTO_SIZE, rgb)
    draw = ImageDraw.Draw(image, "RGBA")
    seed = sum(map(ord, title))
    for i in range(5):
        radius = 120 + (seed * (i + 3)) % 220
        cx = (seed * (i + 7) * 37) % PHOTO_SIZE[0]
        cy = (seed * (i + 11) * 53) % PHOTO_SIZE[1]
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=(*WHITE, 28))
    draw.text((64, 56), label.upper(), font=font(30), fill=WHITE)
    lines = wrap(title, 58, PHOTO_SIZE[0] - 128)
    draw_lines(draw, (64, PHOTO_SIZE[1] - 64 - len(lines) * 72), lines, 58)
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=82)
    return buffer.getvalue()


def cover_bytes(title, kind, colour):
    """A portrait JPEG cover for a publication."""
    rgb = hex_to_rgb(colour)
    image = gradient(COVER_SIZE, rgb)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, COVER_SIZE[0], 150), fill=WHITE)
    draw.text((56, 50), "Radicale vernieuwing", font=font(46), fill=rgb)
    draw.text((56, 210), kind.upper(), font=font(34), fill=WHITE)
    draw_lines(draw, (56, 290), wrap(title, 64, COVER_SIZE[0] - 112), 64)
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=82)
    return buffer.getvalue()


def pdf_bytes(title, kind, date_text, summary_nl, summary_en, colour):
    """A two-page PDF: a cover with the title, then a page with the summary in both
    languages."""
    rgb = hex_to_rgb(colour)
    cover = gradient(PDF_PAGE_SIZE, rgb)
    draw = ImageDraw.Draw(cover)
    draw.text((40, 40), "Radicale vernieuwing", font=font(26), fill=WHITE)
    draw.text((40, 150), f"{kind} - {date_text}", font=font(18), fill=WHITE)
    draw_lines(draw, (40, 190), wrap(title, 36, PDF_PAGE_SIZE[0] - 80), 36)
    draw.text((40, PDF_PAGE_SIZE[1] - 60), "LOC Waardevolle zorg", font=font(16), fill=WHITE)

    text_page = Image.new("RGB", PDF_PAGE_SIZE, WHITE)
    draw = ImageDraw.Draw(text_page)
    draw.rectangle((0, 0, PDF_PAGE_SIZE[0], 12), fill=rgb)
    width = PDF_PAGE_SIZE[0] - 80
    y = draw_lines(draw, (40, 50), wrap(title, 22, width), 22, fill=rgb)
    for summary in (summary_nl, summary_en):
        y = draw_lines(draw, (40, y + 20), wrap(summary, 14, width), 14, fill=INK, spacing=1.5)

    buffer = BytesIO()
    cover.save(
        buffer,
        "PDF",
        save_all=True,
        append_images=[text_page],
        resolution=72,
        title=title,
        author="LOC Waardevolle zorg",
    )
    return buffer.getvalue()


def stored_image(title, make_bytes, collection):
    """The demo image called `title`, drawn by `make_bytes()` the first time it is asked for."""
    image_model = get_image_model()
    existing = image_model.objects.filter(collection=collection, title=title).first()
    if existing is not None:
        return existing
    image = image_model(
        title=title,
        collection=collection,
        file=ImageFile(BytesIO(make_bytes()), name=f"{slugify(title)[:80]}.jpg"),
    )
    image._set_image_file_metadata()
    image.save()
    return image


def stored_document(title, make_bytes, collection):
    """The demo PDF called `title`, generated by `make_bytes()` the first time."""
    document_model = get_document_model()
    existing = document_model.objects.filter(collection=collection, title=title).first()
    if existing is not None:
        return existing
    document = document_model(
        title=title,
        collection=collection,
        file=ContentFile(make_bytes(), name=f"{slugify(title)[:80]}.pdf"),
    )
    document._set_document_file_metadata()
    document.save()
    return document
