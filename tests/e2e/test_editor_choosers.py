"""An editor writing a news item picks its theme: the chooser opens among the themes of the
item's language, not at the root of both trees (core/panels.py and its script)."""

import pytest

from tests.e2e.conftest import log_in_to_admin

pytestmark = pytest.mark.browser


def test_the_theme_chooser_opens_among_the_themes_of_the_items_language(page, bilingual, sections):
    log_in_to_admin(page, "eindredactie")

    page.goto(f"/admin/pages/add/news/newspage/{sections['news'].pk}/")
    page.locator("#id_theme_links-0-theme-chooser .chooser__choose-button").click()

    modal = page.locator(".modal-content")
    modal.get_by_text("Zorgzame gemeenschappen").wait_for()
    listed = modal.inner_text()
    assert "Caring communities" not in listed
    assert "Radical renewal" not in listed  # the English tree's root, shown at the top
