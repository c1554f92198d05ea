"""A visitor moving between Dutch and English, and an editor translating in the admin."""

import re

import pytest

from tests.e2e.conftest import log_in_to_admin
from tests.factories import make_news

pytestmark = pytest.mark.browser


def test_visitor_switches_an_article_to_english_and_stays_in_english(page, bilingual, sections):
    dutch, english = bilingual
    make_news(sections["news"], "Alleen Nederlands nieuws", themes=[dutch["theme"]])
    page.goto(dutch["news"].url)
    assert page.locator("h1").inner_text() == "Bewegingen bundelen krachten"

    page.get_by_role("navigation", name="Taal").get_by_role("link", name="EN").click()
    page.wait_for_url("**/en/news/movements-join-forces/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Movements join forces"

    page.locator(".taxonomy").get_by_role("link", name="Caring communities").click()
    page.wait_for_url("**/en/themes/caring-communities/")
    listed = page.locator("main h3").all_inner_texts()
    assert "Movements join forces" in listed
    assert "Alleen Nederlands nieuws" not in listed
    assert "Bewegingen bundelen krachten" not in listed


def test_editor_translates_a_news_item_and_it_appears_in_english_lists(page, bilingual, sections):
    dutch, _ = bilingual
    item = make_news(
        sections["news"], "Proef voor vertaling", themes=[dutch["theme"]], lead="Korte inleiding."
    )
    log_in_to_admin(page)

    page.goto(f"/admin/localize/submit/page/{item.pk}/")
    page.get_by_label("Engels").check()
    page.locator("form input[type=submit]").click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/"))
    for english_text in ("Translation trial", "A short opening."):
        page.get_by_role("button", name="Vertaal").first.click()
        page.locator("textarea").fill(english_text)
        page.get_by_role("button", name="Opslaan").click()
        page.get_by_text(english_text).first.wait_for()
    page.get_by_role("button", name=re.compile(r"Publiceer in\s*Engels")).click()
    page.wait_for_load_state("networkidle")

    page.goto("/en/news/")
    assert "Translation trial" in page.locator("main").inner_text()
    page.goto("/nieuws/")
    assert "Translation trial" not in page.locator("main").inner_text()
