"""A fixed bilingual corpus for the search tests, built once per test module.

Every page is published through Wagtail (and translated through wagtail-localize), so the
index is filled the way the site fills it: by the publish signals. The corpus is built
once per module (tests/shared_data.py); each test runs in a savepoint.
"""

import datetime
import html
from types import SimpleNamespace

from django.utils.html import strip_tags
from wagtail.models import Collection, Locale, Page, Site
from wagtail.rich_text import RichText

from core.translation import translate_page
from home.models import HomePage
from tests.factories import (
    make_news,
    make_participant,
    make_publication,
    make_site_sections,
    make_theme,
)
from tests.shared_data import built_once_per_module

ENGLISH_SECTION_SLUGS = {
    "themas": "themes",
    "nieuws": "news",
    "publicaties": "publications",
    "deelnemers": "participants",
}


def paragraph(text):
    return [("paragraph", RichText(f"<p>{text}</p>"))]


def build_site():
    """A Dutch home page as the default site's root, its English translation, and the
    four sections in both languages."""
    dutch = Locale.objects.get_or_create(language_code="nl")[0]
    english = Locale.objects.get_or_create(language_code="en")[0]
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=dutch)
    )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    Page.objects.filter(depth=2).delete()
    home = root.add_child(instance=HomePage(title="Radicale vernieuwing", slug="home"))
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    translate_page(home, english, {"Radicale vernieuwing": "Radical renewal", "home": "home-en"})
    sections = make_site_sections(home)
    for section in sections.values():
        translate_page(section, english, {section.slug: ENGLISH_SECTION_SLUGS[section.slug]})
    return sections, english


def build_corpus():
    """The pages every relevance test reads; see each test for what it relies on."""
    sections, english = build_site()
    news, day = sections["news"], datetime.date
    pages = SimpleNamespace(sections=sections, english=english)
    pages.communities_theme = make_theme(
        sections["themes"], "Zorgzame gemeenschappen", is_central=True
    )
    pages.sectors_theme = make_theme(sections["themes"], "Voorbij sectoren")
    community, sectors = [pages.communities_theme], [pages.sectors_theme]

    def item(name, title, lead, date, themes=sectors, **fields):
        setattr(pages, name, make_news(news, title, themes, lead=lead, date=date, **fields))

    item(
        "communities",
        "Buurtbewoners bouwen aan gemeenschappen",
        "In steeds meer dorpen groeit een gemeenschap waarin bewoners voor elkaar zorgen.",
        day(2024, 5, 1),
        community,
        keywords=["burgerkracht"],
    )
    item(
        "initiatives",
        "Steun voor burgerinitiatieven",
        "Gemeenten geven burgerinitiatieven een vast budget.",
        day(2023, 6, 1),
        community,
        keywords=["burgerkracht"],
    )
    item(
        "businesslike",
        "Als de zorg verzakelijkt",
        "Wat gebeurt er met goede zorg als alles verzakelijkt?",
        day(2022, 2, 1),
    )
    item(
        "youth_care",
        "Nieuwe wegen voor kinderen",
        "Jeugdzorg en ouderenzorg leren van elkaar.",
        day(2024, 1, 10),
    )
    item(
        "care_organisations",
        "Tien zorgorganisaties delen ervaringen",
        "Bestuurders vertellen wat werkt.",
        day(2021, 4, 1),
        keywords=["bestuurders"],
    )
    item("organisation", "Een organisatie die luistert", "Luisteren is het begin.", day(2021, 5, 1))
    item("phrase", "Vernieuwend leren in de praktijk", "Teams leren samen.", day(2024, 9, 1))
    item(
        "words_apart",
        "Leren in het dorp",
        "Dit leren is echt vernieuwend, zeggen deelnemers.",
        day(2024, 9, 2),
    )
    item(
        "dementia_title", "Dementie in het dorp", "Een verhaal over ouder worden.", day(2020, 3, 1)
    )
    item(
        "dementia_music",
        "Een middag in het verpleeghuis",
        "Bezoek aan een huiskamer.",
        day(2020, 4, 1),
        body=paragraph("Muziek helpt bewoners met dementie om te ontspannen."),
    )
    item(
        "choir",
        "Zingen met bewoners",
        "Een koor in het verpleeghuis.",
        day(2020, 5, 1),
        keywords=["muziek"],
    )
    for year in (2023, 2024):
        item(
            f"open_day_{year}",
            "Open dag",
            "Kom langs op de open dag.",
            day(year, 10, 1),
            slug=f"open-dag-{year}",
        )
    item("ggz", "Herstel in de ggz", "Ervaringsdeskundigen helpen elkaar.", day(2019, 1, 1))
    item("mental_health", "Over geestelijke gezondheidszorg", "Een vak apart.", day(2019, 2, 1))
    pages.magazine = make_publication(
        sections["publications"],
        "Magazine over gemeenschappen",
        themes=community,
        keywords=["burgerkracht"],
        date=day(2019, 10, 1),
    )
    pages.district_nurses = make_participant(
        sections["participants"], "Buurtverpleging Oost", "Wijkverpleging", themes=community
    )
    translate_corpus(pages)
    return pages


def translate_corpus(pages):
    """English versions of the pages the language tests read; the rest stays Dutch-only."""
    english = pages.english

    def translate(page, strings):
        return translate_page(page, english, strings)

    theme = pages.communities_theme
    pages.communities_theme_en = translate(
        theme,
        {
            theme.title: "Caring communities",
            theme.slug: "caring-communities",
            theme.intro: "About caring communities.",
        },
    )
    translations = {
        "communities": (
            "Residents build communities",
            "In more and more villages a community grows where residents care for each other.",
        ),
        "initiatives": (
            "Support for citizens' initiatives",
            "Municipalities give citizens' initiatives a fixed budget.",
        ),
        "businesslike": (
            "When care becomes a business",
            "What happens to good care when everything becomes a business?",
        ),
        "youth_care": ("New paths for children", "Youth care and elderly care learn together."),
    }
    for name, (title, lead) in translations.items():
        page = getattr(pages, name)
        slug = title.lower().replace("'", "").replace(" ", "-")
        strings = {page.title: title, page.slug: slug, page.lead: lead}
        setattr(pages, f"{name}_en", translate(page, strings))
    magazine = pages.magazine
    pages.magazine_en = translate(
        magazine,
        {
            magazine.title: "Magazine about communities",
            magazine.slug: "magazine-about-communities",
            "Samenvatting van Magazine over gemeenschappen.": "Summary of the magazine.",
        },
    )


corpus = built_once_per_module(build_corpus)


def search(client, path="/zoeken/", **params):
    """The search page's response for `params` (q=..., theme=..., ...)."""
    response = client.get(path, params)
    assert response.status_code == 200
    return response


def result_titles(response):
    """The titles of the results on the page, in order, as text (without their <mark>s)."""
    return [html.unescape(strip_tags(result.title)) for result in response.context["results"]]
