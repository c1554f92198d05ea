"""The demo content: what `load_demo_content` builds, that English mirrors Dutch, that the
pages render, and that loading it again changes nothing.

The content is loaded once for this module, inside a transaction that is rolled back when
the module is done, so other test modules still start from an empty site.
"""

import datetime
import io
import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from django.utils.translation import override
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from core.models import KeywordName, SiteTexts
from events.models import EventPage, EventPageTheme
from home.models import HomePage, HomePageFeatured
from news.models import (
    NewsPage,
    NewsPageKeyword,
    NewsPageTheme,
    PublicationKeyword,
    PublicationPage,
    PublicationType,
)
from news.models.news import NewsPageParticipant
from participants.models import ParticipantPage, ParticipantTheme, Region, Sector
from themes.models import ThemePage

# The movement's list of participants (2024), by sector. Two names are spelled as the
# organisations spell them, where the source article had "Cartinreggeland" and "Ijssel".
SEED_PARTICIPANTS = {
    "Gehandicaptenzorg": ["Gemiva", "Ons Tweede Thuis"],
    "GGZ": ["GGZ Noord-Holland-Noord", "LEVANTOgroep", "Mentrum (Arkin)"],
    "Zorg in het verpleeghuis en thuis": [
        "Avoord",
        "Carintreggeland",
        "Cederhof",
        "De Posten",
        "Driezorg",
        "Iets terug doen",
        "Innoforte",
        "Jonkerszorg",
        "Mijzo",
        "Reigershoeve",
        "Santé Partners",
        "Topaz",
        "Viattence",
        "WarmThuis",
        "Woonlandschap De Leyhoeve",
        "Woonzorggroep Samen",
        "Zonnehuisgroep IJssel-Vecht",
    ],
    "Jeugdzorg": [
        "D3",
        "Entrea Lindenhout",
        "Jeugdbescherming Gelderland",
        "Jeugdbescherming West",
        "Leger des Heils Jeugdbescherming",
        "Partners voor Jeugd",
        "Samen Veilig Midden-Nederland",
    ],
}
CENTRAL_THEMES = {
    "Voorbij sectoren",
    "Vernieuwend leren en verantwoorden",
    "Zorgzame gemeenschappen",
    "Mensen en initiatieven",
}
MENU = {
    "themas": "themes",
    "nieuws": "news",
    "publicaties": "publications",
    "deelnemers": "participants",
    "agenda": "events",
}


def load_demo_content():
    """Run the command, and whatever it leaves for the commit (the test never commits)."""
    output = io.StringIO()
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo_content", stdout=output)
    return output.getvalue()


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        output = load_demo_content()
        yield output
        transaction.set_rollback(True)
    # Wagtail caches the site's root paths; they pointed at pages that are gone now.
    cache.clear()


def dutch(model):
    return model.objects.filter(locale__language_code="nl")


def english(model):
    return model.objects.filter(locale__language_code="en")


@pytest.mark.django_db
def test_the_dutch_site_has_its_sections_themes_news_and_publications(demo):
    home = HomePage.objects.get(locale__language_code="nl")
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    menu = home.get_children().live().in_menu()
    assert {page.slug for page in menu} == set(MENU)

    themes = dutch(ThemePage)
    assert themes.count() >= 10
    assert set(themes.filter(is_central=True).values_list("title", flat=True)) == CENTRAL_THEMES
    for theme in themes:
        assert theme.intro and theme.image_id and theme.body[0].block_type == "paragraph"

    news = list(dutch(NewsPage).live())
    assert len(news) >= 12
    assert {item.date.year for item in news} >= {2019, 2021, 2024, 2025}
    block_types = set()
    for item in news:
        assert item.lead and item.image_id and item.image_caption
        # The template writes "Foto:" before the credit, so the credit is just the name.
        assert item.image_credit and not item.image_credit.startswith("Foto")
        assert 1 <= item.theme_links.count() <= 3
        assert 2 <= len(item.keywords.names()) <= 4
        block_types |= {block.block_type for block in item.body}
    assert {"paragraph", "heading", "quote", "image"} <= block_types
    assert NewsPageParticipant.objects.filter(page__in=news).exists()
    assert any(item.publication_id for item in news)
    start = NewsPage.objects.get(slug="bewegingen-radicale-vernieuwing-bundelen-krachten")
    assert "29 februari" in start.lead and "Utrecht" in start.lead

    publications = list(dutch(PublicationPage).live())
    assert len(publications) >= 4
    assert {p.date.year for p in publications} >= {2019, 2025}
    for publication in publications:
        with publication.document.file.open("rb") as pdf:
            content = pdf.read()
        assert content.startswith(b"%PDF")
        assert publication.document.file_size == len(content)
        assert publication.cover_id and publication.summary and publication.theme_links.exists()
        assert publication.keywords.exists()
    assert {p.publication_type.name for p in publications} >= {"Katern", "Magazine", "Rapport"}

    # The seeds' events (issue 14), and events to come so that the agenda is not empty.
    events = {event.slug: event for event in dutch(EventPage).live()}
    week = events["week-van-de-radicale-vernieuwing-2021"]
    meeting = events["halfjaarlijkse-bijeenkomst-april-2022"]
    with override("nl"):
        assert week.when == "8–12 november 2021"
        assert week.end - week.start > datetime.timedelta(days=4)
        assert (meeting.when, meeting.location) == ("7 april 2022, 13.00–17.00 uur", "Utrecht")
    coming = [event for event in events.values() if not event.is_past]
    assert coming and {event.start.year for event in coming} == {2027}
    assert all(event.theme_links.exists() and event.lead for event in events.values())

    featured = [link.page.specific for link in home.featured_links.all()]
    assert {type(page) for page in featured} == {ThemePage, NewsPage, PublicationPage}


@pytest.mark.django_db
def test_every_participant_of_the_movement_is_there_in_its_sector(demo):
    participants = {page.title: page for page in dutch(ParticipantPage).select_related("sector")}
    expected = {name: sector for sector, names in SEED_PARTICIPANTS.items() for name in names}
    assert set(participants) == set(expected)
    for name, sector in expected.items():
        page = participants[name]
        assert page.sector.name == sector, name
        assert page.region in Region.values and page.description and not page.website
        assert 1 <= page.theme_links.count() <= 2
    assert participants["LEVANTOgroep"].sector.name == "GGZ"
    assert participants["Gemiva"].sector.name == "Gehandicaptenzorg"
    assert participants["D3"].sector.name == "Jeugdzorg"
    assert {page.region for page in participants.values()} == set(Region.values)
    assert list(dutch(Sector).values_list("name", flat=True)) == list(SEED_PARTICIPANTS)


@pytest.mark.django_db
def test_everything_visitors_see_is_translated_into_english(demo):
    english_locale = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale__language_code="nl")
    dutch_pages = Page.objects.descendant_of(home, inclusive=True).specific()
    for page in dutch_pages:
        translation = page.get_translation_or_none(english_locale)
        assert translation is not None, page
        assert translation.live and translation.translation_key == page.translation_key
    assert english(Page).count() == len(dutch_pages)
    # The page tree is sound: among other things, each parent counts its children right.
    assert not any(Page.find_problems())

    # Every text segment of every translated page and snippet has an English version...
    untranslated = [
        segment.string.data
        for segment in StringSegment.objects.select_related("string", "context")
        if not StringTranslation.objects.filter(
            translation_of=segment.string, locale=english_locale, context=segment.context
        ).exists()
    ]
    assert untranslated == []
    snippets = sum(
        dutch(model).count() for model in (Sector, PublicationType, KeywordName, SiteTexts)
    )
    assert TranslationSource.objects.count() == len(dutch_pages) + snippets

    # ...and it is English, not the Dutch copied over.
    english_home = home.get_translation(english_locale)
    assert {page.slug for page in english_home.get_children().live().in_menu()} == set(
        MENU.values()
    )
    assert english(ThemePage).get(slug="caring-communities").title == "Caring communities"
    start = english(NewsPage).get(slug="radical-renewal-movements-join-forces")
    assert "29 February" in start.lead and start.image_credit == "LOC Waardevolle zorg"
    assert "movement is seven years old" in str(start.body[0].value)
    assert english(ParticipantPage).get(title="Jeugdbescherming West").city == "The Hague"
    english_meeting = english(EventPage).get(slug="half-yearly-meeting-april-2022")
    with override("en"):
        assert english_meeting.when == "7 April 2022, 13:00–17:00"
    assert english_meeting.title == "The movement's half-yearly meeting"
    assert english(Sector).get(name="Youth care").sort_order == 3
    assert set(english(PublicationType).values_list("name", flat=True)) == {
        "Magazine",
        "Report",
        "Brochure",
        "Supplement",
    }
    assert english(PublicationPage).filter(publication_type__locale=english_locale).count() == 5


def section_titles(html, heading_id):
    found = re.search(rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>', html, re.S)
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', found.group(0)) if found else []


@pytest.mark.django_db
def test_visitors_see_the_demo_site_in_both_languages(demo, client):
    html = client.get("/").content.decode()
    menu = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    assert re.findall(r'<a href="(/[^"]*)"', menu) == [f"/{slug}/" for slug in MENU]
    assert set(section_titles(html, "themes-heading")) == CENTRAL_THEMES
    assert len(section_titles(html, "news-heading")) == 4
    assert len(section_titles(html, "publications-heading")) == 3
    assert (
        len(section_titles(html, "featured-heading"))
        == HomePageFeatured.objects.filter(home__locale__language_code="nl").count()
    )
    participants = sum(len(names) for names in SEED_PARTICIPANTS.values())
    assert f"{participants} zorgorganisaties doen mee aan de beweging." in html

    overview = client.get("/deelnemers/").content.decode()
    sectors = re.findall(r'<h2 id="sector-\d+">([^<]+) <span class="count">\((\d+)\)', overview)
    assert sectors == [(sector, str(len(names))) for sector, names in SEED_PARTICIPANTS.items()]

    english_html = client.get("/en/").content.decode()
    assert f"{participants} care organisations take part in the movement." in english_html
    assert "Caring communities" in section_titles(english_html, "themes-heading")

    response = client.get("/en/news/working-visit-to-gemiva/")
    assert response.status_code == 200
    assert re.search(r"<h1>([^<]+)</h1>", response.content.decode()).group(1) != (
        dutch(NewsPage).get(slug="werkbezoek-gemiva").title
    )


@pytest.mark.django_db
def test_loading_the_demo_content_again_adds_nothing(demo):
    assert int(re.search(r"(\d+) objects added", demo)[1]) > 100
    models = [
        Page,
        Revision,
        get_image_model(),
        get_document_model(),
        Sector,
        PublicationType,
        Tag,
        NewsPageKeyword,
        PublicationKeyword,
        HomePageFeatured,
        NewsPageTheme,
        NewsPageParticipant,
        ParticipantTheme,
        EventPageTheme,
        TranslationSource,
        StringTranslation,
    ]
    before = {model.__name__: model.objects.count() for model in models}
    output = load_demo_content()
    assert {model.__name__: model.objects.count() for model in models} == before
    assert "0 objects added" in output
