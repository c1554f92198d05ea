"""The small bilingual site that the design journeys look at, and the list of every kind of
page a visitor can reach on it (issue 16)."""

from datetime import date, timedelta

import pytest
from django.utils import timezone
from wagtail.models import Page

from core.translation import translate_page
from home.models import HomePageFeatured
from tests.events.factories import make_agenda, make_event, translate_agenda, translate_event
from tests.factories import (
    make_image,
    make_news,
    make_participant,
    make_publication,
    make_site_sections,
    make_theme,
)

PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def site(home_pages, locales):
    """Two themes (one with a colour staff chose), a participant, a news item with a picture
    highlighted on the home page, a publication and an event to come, in both languages."""
    dutch_home, english_home = home_pages
    english = locales[1]
    sections = make_site_sections(dutch_home)
    # In the Dutch menu's order, with English titles: no Dutch word on an English page.
    for section, title in [
        ("themes", "Themes"),
        ("news", "News"),
        ("publications", "Publications"),
        ("participants", "Participants"),
    ]:
        dutch = sections[section]
        translate_page(dutch, english, {dutch.title: title, dutch.slug: title.lower()})
    central = make_theme(
        sections["themes"],
        "Zorgzame gemeenschappen",
        is_central=True,
        colour="plum",
        image=make_image("Buurt", size=(800, 450)),
    )
    other = make_theme(sections["themes"], "Voorbij sectoren")
    participant = make_participant(sections["participants"], "Gemiva", "Gehandicaptenzorg")
    news = make_news(
        sections["news"],
        "Bewegingen bundelen krachten",
        themes=[central],
        keywords=["wijkzorg"],
        participants=[participant],
        date=date(2025, 3, 20),
        image=make_image("Startbijeenkomst", size=(800, 450)),
        body=[("paragraph", "<p>" + "Deelnemers spraken af samen verder te gaan. " * 40 + "</p>")],
    )
    magazine = make_publication(
        sections["publications"], "Zorg en Zeggenschap", themes=[central], keywords=["wijkzorg"]
    )
    agenda = make_agenda(dutch_home)
    soon = timezone.now().replace(hour=14, minute=0, second=0, microsecond=0) + timedelta(days=9)
    meeting = make_event(agenda, "Regiobijeenkomst Noord", soon, themes=[central])
    HomePageFeatured.objects.create(home=dutch_home, page=news, sort_order=0)
    dutch_home.save_revision().publish()
    pages = {
        "home": dutch_home,
        "news": news,
        "theme": central,
        "participant": participant,
        "publication": magazine,
        "event": meeting,
    }
    translate_agenda(agenda, english)
    english_pages = {
        "home": english_home,
        "news": translate_page(news, english, {news.title: "Movements join forces"}),
        "theme": translate_page(
            central, english, {central.title: "Caring communities", central.slug: "caring"}
        ),
        "participant": translate_page(participant, english, {}),
        "publication": translate_page(magazine, english, {magazine.title: "Care and say"}),
        "event": translate_event(meeting, english, "Regional meeting North", "meeting-north"),
    }
    translate_page(other, english, {other.title: "Beyond sectors"})
    Page.objects.filter(depth=sections["news"].depth).update(show_in_menus=True)
    return {"nl": pages, "en": english_pages, "other_theme": other}


def urls(site):
    return [page.url for language in ("nl", "en") for page in site[language].values()]


def page_types(site):
    """{name: url} of every kind of page a visitor sees, in both languages."""
    found = {}
    for language, prefix in (("nl", ""), ("en", "/en")):
        pages = site[language]
        dutch = language == "nl"
        found |= {
            f"home-{language}": pages["home"].url,
            f"news-{language}": pages["news"].url,
            f"theme-{language}": pages["theme"].url,
            f"participant-{language}": pages["participant"].url,
            f"publication-{language}": pages["publication"].url,
            f"event-{language}": pages["event"].url,
            f"themes-{language}": pages["theme"].get_parent().url,
            f"participants-{language}": pages["participant"].get_parent().url,
            f"news-index-{language}": pages["news"].get_parent().url,
            f"publications-{language}": pages["publication"].get_parent().url,
            f"agenda-{language}": pages["event"].get_parent().url,
            f"search-{language}": "/zoeken/?q=zorg" if dutch else "/en/search/?q=forces",
            f"keyword-{language}": f"{prefix}/{'trefwoord' if dutch else 'keyword'}/wijkzorg/",
            f"newsletter-{language}": (
                "/nieuwsbrief/aanmelden/" if dutch else "/en/newsletter/subscribe/"
            ),
            f"not-found-{language}": f"{prefix}/{'bestaat-niet' if dutch else 'no-such-page'}/",
        }
    return found
