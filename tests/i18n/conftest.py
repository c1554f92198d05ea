from datetime import date

import pytest

from core.translation import translate_page
from tests.factories import make_news, make_participant, make_publication, make_theme


@pytest.fixture
def bilingual(sections, locales):
    """A Dutch site with one of each page type, all translated into English through
    wagtail-localize, keywords included."""
    from core.models import KeywordName

    _, english = locales
    english_slugs = {
        "themas": "themes",
        "nieuws": "news",
        "publicaties": "publications",
        "deelnemers": "participants",
    }
    for section in sections.values():
        translate_page(section, english, {section.slug: english_slugs[section.slug]})
    theme = make_theme(sections["themes"], "Zorgzame gemeenschappen", is_central=True)
    participant = make_participant(sections["participants"], "Gemiva", "Gehandicaptenzorg")
    publication = make_publication(
        sections["publications"], "Katern onderwijs", themes=[theme], keywords=["zorgonderwijs"]
    )
    news = make_news(
        sections["news"],
        "Bewegingen bundelen krachten",
        themes=[theme],
        keywords=["zorgonderwijs"],
        participants=[participant],
        publication=publication,
        date=date(2025, 3, 20),
    )
    sector = participant.sector
    translate_page(sector, english, {"Gehandicaptenzorg": "Disability care"})
    keyword = KeywordName.objects.get(name="zorgonderwijs")
    translate_page(keyword, english, {"zorgonderwijs": "care education"})
    english_pages = {
        "theme": translate_page(
            theme,
            english,
            {theme.title: "Caring communities", theme.slug: "caring-communities"},
        ),
        "participant": translate_page(
            participant,
            english,
            {participant.description: "Gemiva takes part in the movement."},
        ),
        "publication": translate_page(
            publication,
            english,
            {
                publication.title: "Education supplement",
                publication.slug: "education-supplement",
                "Samenvatting van Katern onderwijs.": "Summary of the education supplement.",
            },
        ),
        "news": translate_page(
            news,
            english,
            {
                news.title: "Movements join forces",
                news.slug: "movements-join-forces",
                news.lead: "The movements go on together.",
            },
        ),
    }
    dutch_pages = {
        "theme": theme,
        "participant": participant,
        "publication": publication,
        "news": news,
    }
    return dutch_pages, english_pages
