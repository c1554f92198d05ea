"""A newsletter reader clicks a link to the old WordPress site, months after the move."""

import pytest

from tests.wordpress.conftest import import_wordpress, wordpress_site  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser

CAMPAIGN = "utm_source=nieuwsbrief&utm_medium=email"


def test_an_old_newsletter_link_opens_the_article_with_the_campaign_intact(
    page,
    wordpress_site,  # noqa: F811
):
    import_wordpress()
    page.goto(f"/actueel/vier-sectoren-een-beweging/?{CAMPAIGN}")
    assert page.url.endswith(f"/nieuws/vier-sectoren-een-beweging/?{CAMPAIGN}")
    assert page.locator("h1").inner_text() == "Vier sectoren, één beweging"
    article = page.locator("article.article").inner_text()
    assert "Geplaatst op 5 maart 2024" in article
    assert "Foto: Douwe Dronkert" in article
    assert "Juist de fouten die we met elkaar delen" in article

    # An older newsletter linked by post id; it lands on the same article.
    page.goto(f"/?p=101&{CAMPAIGN}")
    assert page.url.endswith(f"/nieuws/vier-sectoren-een-beweging/?{CAMPAIGN}")

    # The way on: the article's theme, as on the old site's footer.
    page.locator(".taxonomy").get_by_role("link", name="Zorgzame gemeenschappen").click()
    page.wait_for_url("**/themas/zorgzame-gemeenschappen/")
    assert "Vier sectoren, één beweging" in page.locator("main").inner_text()
