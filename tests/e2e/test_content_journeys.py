"""Visitors and an editor using the content of issue 3 in a real browser."""

import re
from datetime import date

import pytest
from django.contrib.auth import get_user_model

from news.models import DownloadCount, NewsPage
from tests.factories import (
    make_image,
    make_news,
    make_participant,
    make_publication,
    make_site_sections,
    make_theme,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def site_content(home_pages):
    sections = make_site_sections(home_pages[0])
    theme = make_theme(sections["themes"], "Zorgzame gemeenschappen", is_central=True)
    magazine = make_publication(sections["publications"], "Zorg en Zeggenschap", themes=[theme])
    make_news(
        sections["news"],
        "Bewegingen bundelen krachten",
        themes=[theme],
        keywords=["radicale vernieuwing"],
        date=date(2024, 3, 1),
        image=make_image("Startbijeenkomst"),
        publication=magazine,
    )
    make_participant(sections["participants"], "LEVANTOgroep", "GGZ", region="noord")
    make_participant(sections["participants"], "Gemiva", "Gehandicaptenzorg", region="west")
    return sections, theme, magazine


def test_visitor_goes_from_theme_to_article_to_download_to_keyword(page, site_content):
    sections, theme, magazine = site_content
    page.goto(theme.url)
    page.get_by_role("link", name="Bewegingen bundelen krachten").click()
    assert page.locator("h1").inner_text() == "Bewegingen bundelen krachten"
    assert "Geplaatst op 1 maart 2024" in page.locator("article").inner_text()

    with page.expect_download() as download_info:
        page.locator(".publication-download").get_by_role(
            "link", name=re.compile("Download")
        ).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as pdf:
        assert pdf.read(4) == b"%PDF"
    assert DownloadCount.objects.get(page=magazine).count == 1

    page.locator(".taxonomy").get_by_role("link", name="radicale vernieuwing").click()
    page.wait_for_url("**/trefwoord/radicale-vernieuwing/")
    assert page.locator("h1").inner_text() == "radicale vernieuwing"
    assert page.get_by_role("link", name="Bewegingen bundelen krachten").is_visible()


def test_visitor_filters_participants_by_region(page, site_content):
    sections, _, _ = site_content
    page.goto(sections["participants"].url)
    assert page.get_by_role("link", name="Gemiva").is_visible()
    page.get_by_role("combobox", name="Regio").select_option("noord")
    page.get_by_role("button", name="Filteren").click()
    page.wait_for_url("**region=noord**")
    assert page.get_by_role("link", name="LEVANTOgroep").is_visible()
    assert page.get_by_role("link", name="Gemiva").count() == 0


def test_editor_publishes_a_news_item_that_appears_on_its_theme_page(page, site_content):
    sections, theme, _ = site_content
    get_user_model().objects.create_superuser("redactie", "redactie@example.org", "geheim-123")
    page.goto("/admin/login/")
    page.get_by_label(re.compile("Username|Gebruikersnaam")).fill("redactie")
    page.get_by_label(re.compile("Password|Wachtwoord")).fill("geheim-123")
    page.get_by_role("button", name=re.compile("Sign in|Inloggen")).click()
    page.wait_for_url("**/admin/")

    page.goto(f"/admin/pages/add/news/newspage/{sections['news'].pk}/")
    page.locator("#id_title").fill("Werkbezoek bij Gemiva")
    page.locator("#id_lead").fill("Deelnemers uit regio West bezochten Gemiva.")
    # A news item needs at least one theme, so the form offers the first theme row already.
    page.get_by_role("button", name=re.compile(r"Kies een pagina \(Thema\)")).click()
    page.locator(".modal").get_by_role("link", name="Zorgzame gemeenschappen").click()
    page.wait_for_selector(".modal", state="hidden")
    keyword_box = page.locator("ul.tagit input")
    for keyword in ("regio's", "werkbezoek"):
        keyword_box.fill(keyword)
        keyword_box.press("Enter")
    page.get_by_role("button", name=re.compile("More actions|Meer acties", re.I)).click()
    page.get_by_role("button", name=re.compile("^Publish|^Publiceren", re.I)).click()
    page.wait_for_url(f"**/admin/pages/{sections['news'].pk}/")

    item = NewsPage.objects.get(title="Werkbezoek bij Gemiva")
    assert item.live
    assert sorted(tag.name for tag in item.keywords.all()) == ["regio's", "werkbezoek"]
    page.goto(theme.url)
    assert page.get_by_role("link", name="Werkbezoek bij Gemiva").is_visible()
