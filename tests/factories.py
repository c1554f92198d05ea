"""Small builders for test content: a site with its index pages, and pages of each type."""

import datetime
import io
import itertools

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from news.models import (
    NewsIndexPage,
    NewsPage,
    PublicationIndexPage,
    PublicationPage,
    PublicationType,
)
from participants.models import ParticipantIndexPage, ParticipantPage, Sector
from themes.models import ThemeIndexPage, ThemePage

_sequence = itertools.count(1)


def make_image(title="Foto", size=(64, 36), colour=(163, 18, 63)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "JPEG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"image-{next(_sequence)}.jpg")
    )


def make_pdf(title="Magazine"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (200, 280), "white").save(buffer, "PDF")
    data = buffer.getvalue()
    document = get_document_model()(title=title, file=ContentFile(data, name=f"{title}.pdf"))
    document.file_size = len(data)
    document.save()
    return document


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_site_sections(home):
    """The four index pages under a home page, as the demo site has them."""
    locale = {"locale": home.locale}
    return {
        "themes": publish(home, ThemeIndexPage(title="Thema's", slug="themas", **locale)),
        "news": publish(home, NewsIndexPage(title="Nieuws", slug="nieuws", **locale)),
        "publications": publish(
            home, PublicationIndexPage(title="Publicaties", slug="publicaties", **locale)
        ),
        "participants": publish(
            home, ParticipantIndexPage(title="Deelnemers", slug="deelnemers", **locale)
        ),
    }


def make_theme(index, title, is_central=False, **fields):
    return publish(
        index,
        ThemePage(
            title=title,
            intro=f"Over {title}.",
            is_central=is_central,
            locale=index.locale,
            **fields,
        ),
    )


def make_news(index, title, themes=(), keywords=(), date=None, participants=(), **fields):
    page = NewsPage(
        title=title,
        lead=fields.pop("lead", f"Inleiding bij {title}."),
        date=date or datetime.date(2024, 3, 20),
        locale=index.locale,
        **fields,
    )
    for theme in themes:
        page.theme_links.add(page.theme_links.model(theme=theme))
    for participant in participants:
        page.participant_links.add(page.participant_links.model(participant=participant))
    page.keywords.add(*keywords)
    return publish(index, page)


def make_publication(index, title, themes=(), keywords=(), date=None, participants=(), **fields):
    kind = PublicationType.objects.get_or_create(name="Magazine", locale=index.locale)[0]
    page = PublicationPage(
        title=title,
        summary=f"<p>Samenvatting van {title}.</p>",
        document=fields.pop("document", None) or make_pdf(title),
        publication_type=kind,
        date=date or datetime.date(2019, 10, 1),
        locale=index.locale,
        **fields,
    )
    for theme in themes:
        page.theme_links.add(page.theme_links.model(theme=theme))
    for participant in participants:
        page.participant_links.add(page.participant_links.model(participant=participant))
    page.keywords.add(*keywords)
    return publish(index, page)


def make_participant(index, title, sector_name="GGZ", region="west", themes=(), **fields):
    sector = Sector.objects.get_or_create(name=sector_name, locale=index.locale)[0]
    page = ParticipantPage(
        title=title,
        sector=sector,
        region=region,
        description=f"{title} doet mee aan de beweging.",
        locale=index.locale,
        **fields,
    )
    for theme in themes:
        page.theme_links.add(page.theme_links.model(theme=theme))
    return publish(index, page)
