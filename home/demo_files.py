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


# The illustrations are drawn at twice their size and scaled down: Pillow's shapes have
# no anti-aliasing of their own.
SCALE = 2
PAPER = (246, 241, 236)


def mix(rgb, other, share):
    """`share` of `rgb` over `other`: 0 gives `other`, 1 gives `rgb`."""
    return tuple(round(a * share + b * (1 - share)) for a, b in zip(rgb, other, strict=True))


def seeded(title):
    """Numbers that depend on the title only, so the same title draws the same picture."""
    seed = sum((index + 1) * ord(char) for index, char in enumerate(title))
    return [(seed * (7 + 13 * i)) % 1000 / 1000 for i in range(12)]


def illustration(size, colour, title, people):
    """A calm picture in the theme's colour: a square (a rule) and rings (relations), or,
    with `people`, figures standing together. No text, so it suits every language, and the shapes
    stay in the middle of the frame, where every crop of the site keeps them."""
    rgb = hex_to_rgb(colour)
    width, height = size[0] * SCALE, size[1] * SCALE
    image = Image.new("RGB", (width, height), mix(rgb, PAPER, 0.16))
    draw = ImageDraw.Draw(image, "RGBA")
    n = seeded(title)
    unit = min(width, height)
    cx, cy = width * (0.42 + 0.16 * n[0]), height * (0.45 + 0.1 * n[1])
    big = unit * (0.62 + 0.2 * n[2])
    # A large soft disc behind everything, partly out of the frame.
    bx, by = width * (0.15 + 0.7 * n[3]), height * (0.1 + 0.8 * n[4])
    draw.ellipse((bx - big, by - big, bx + big, by + big), fill=(*mix(rgb, PAPER, 0.3), 255))
    line = max(6, int(unit * 0.035))
    if people:
        count = 2 + int(n[5] * 2)
        gap = unit * 0.25  # side by side, shoulder to shoulder
        left = cx - gap * (count - 1) / 2
        for i in range(count):
            x = left + gap * i
            y = cy + unit * (0.1 + 0.05 * ((i + int(n[6] * 3)) % 2))
            shade = mix(rgb, (20, 20, 20), 0.55 + 0.45 * ((i + int(n[7] * 2)) % 2))
            head = unit * 0.075
            draw.ellipse(
                (x - head, y - unit * 0.26, x + head, y - unit * 0.26 + 2 * head), fill=shade
            )
            draw.rounded_rectangle(
                (x - unit * 0.11, y - unit * 0.08, x + unit * 0.11, y + unit * 0.3),
                radius=unit * 0.1,
                fill=shade,
            )
    else:
        side = unit * (0.34 + 0.08 * n[8])
        square = (cx - side, cy - side / 2, cx, cy + side / 2)
        draw.rounded_rectangle(square, radius=line, outline=mix(rgb, (20, 20, 20), 0.7), width=line)
        radius = side * 0.55
        ring_x = cx + radius * 0.55
        draw.ellipse(
            (ring_x - radius, cy - radius, ring_x + radius, cy + radius), outline=rgb, width=line
        )
        small = unit * (0.05 + 0.03 * n[9])
        sx, sy = cx + side * (0.9 + 0.3 * n[10]), cy - side * (0.5 + 0.3 * n[11])
        draw.ellipse((sx - small, sy - small, sx + small, sy + small), fill=(*rgb, 255))
    return image.resize(size, Image.Resampling.LANCZOS), (cx / SCALE, cy / SCALE)


def jpeg(image):
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=82)
    return buffer.getvalue()


def photo_bytes(title, label, colour):
    """A 16:9 JPEG illustration for a page. `label` ("Thema", "Nieuws 2024") chooses the
    kind of picture and is not drawn: no text is baked into a picture."""
    image, _ = illustration(PHOTO_SIZE, colour, title, people=not label.startswith("Thema"))
    return jpeg(image)


def cover_bytes(title, kind, colour):
    """A portrait JPEG cover for a publication: a band of colour over an illustration,
    without text, so the page around it names the publication in the visitor's language."""
    image, _ = illustration(COVER_SIZE, colour, title, people=False)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, COVER_SIZE[0], COVER_SIZE[1] // 8), fill=hex_to_rgb(colour))
    return jpeg(image)


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
