"""A visitor searches in a real browser: types part of a word, picks a completion,
narrows the results by a theme, opens a result and finds the searched words marked on
it; in Dutch and in English."""

import re
from datetime import date

import pytest

from core.translation import translate_page
from tests.factories import make_news, make_site_sections, make_theme

pytestmark = pytest.mark.browser

ENGLISH_SECTION_SLUGS = {
    "themas": "themes",
    "nieuws": "news",
    "publicaties": "publications",
    "deelnemers": "participants",
}


@pytest.fixture
def searchable_site(home_pages, locales):
    english = locales[1]
    sections = make_site_sections(home_pages[0])
    for section in sections.values():
        translate_page(section, english, {section.slug: ENGLISH_SECTION_SLUGS[section.slug]})
    caring = make_theme(sections["themes"], "Zorgzame gemeenschappen", is_central=True)
    beyond = make_theme(sections["themes"], "Voorbij sectoren")
    near = make_news(
        sections["news"],
        "Buurtbewoners bouwen aan gemeenschappen",
        themes=[caring],
        lead="Bewoners vormen gemeenschappen in hun eigen wijk.",
        date=date(2025, 3, 20),
    )
    far = make_news(
        sections["news"],
        "Gemeenschappen over de grens",
        themes=[beyond],
        lead="Ook elders groeien gemeenschappen.",
        date=date(2025, 4, 1),
    )
    translate_page(
        caring,
        english,
        {
            caring.title: "Caring communities",
            caring.slug: "caring-communities",
            caring.intro: "About caring communities.",
        },
    )
    translate_page(
        near,
        english,
        {
            near.title: "Residents build communities",
            near.slug: "residents-build-communities",
            near.lead: "Residents form communities in their own neighbourhood.",
        },
    )
    translate_page(
        far,
        english,
        {
            far.title: "Communities across the border",
            far.slug: "communities-across-the-border",
            far.lead: "Elsewhere, too, communities grow.",
        },
    )


@pytest.mark.parametrize(
    ("path", "typed", "completion", "theme", "button", "result", "count"),
    [
        (
            "/zoeken/",
            "gemeen",
            "gemeenschappen",
            "zorgzame-gemeenschappen",
            "Filteren",
            "Buurtbewoners bouwen aan gemeenschappen",
            "3 resultaten",
        ),
        (
            "/en/search/",
            "commun",
            "communities",
            "caring-communities",
            "Filter",
            "Residents build communities",
            "3 results",
        ),
    ],
)
def test_visitor_completes_a_word_narrows_by_theme_and_finds_it_marked_on_the_page(
    page, searchable_site, path, typed, completion, theme, button, result, count
):
    page.goto(path)
    page.locator("#search-query").press_sequentially(typed, delay=30)
    page.get_by_role("option", name=completion, exact=True).click()
    page.wait_for_url(re.compile(rf"q={completion}"))
    assert page.locator("#search-query").input_value() == completion
    assert page.locator(".result-count").inner_text().startswith(count)

    page.locator("#filter-theme").select_option(theme)
    page.get_by_role("button", name=button, exact=True).click()
    page.wait_for_url(re.compile(rf"theme={theme}"))
    titles = page.locator(".search-result h2").all_inner_texts()
    assert result in titles and len(titles) == 2  # the theme page and the article
    assert page.locator(".search-result mark").first.inner_text().lower() == completion

    page.get_by_role("link", name=result).click()
    page.wait_for_url(re.compile(r"\?highlight="))
    marked = page.locator("main mark.search-highlight")
    marked.first.wait_for()
    assert {text.lower() for text in marked.all_inner_texts()} == {completion}
    assert page.locator("h1 mark.search-highlight").count() == 1


def test_on_a_phone_the_filters_fold_away_and_the_results_come_first(phone, searchable_site):
    phone.goto("/zoeken/?q=gemeenschappen")
    first_result = phone.locator(".search-result h2").first
    assert first_result.bounding_box()["y"] < 640, "a result on the first screen"
    assert not phone.locator("#filter-theme").is_visible()
    phone.get_by_text("Filters", exact=True).click()
    assert phone.locator("#filter-theme").is_visible()
    # One landmark in the page, though the header's is folded behind the menu on a phone.
    assert phone.get_by_role("search", include_hidden=True).count() == 1


def test_on_a_wide_screen_the_filters_are_open_without_a_summary(page, searchable_site):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/en/search/?q=communities")
    assert page.locator("#filter-theme").is_visible()
    assert not page.get_by_text("Filters", exact=True).is_visible()
    assert page.get_by_role("search", include_hidden=True).count() == 1
