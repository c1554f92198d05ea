"""Every address of the old site keeps working, and a newsletter's utm_ parameters survive
every redirect: the old WordPress addresses, a changed slug, an English page first
published under its Dutch slug, and redirects that staff add by hand."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.contrib.redirects.models import Redirect

from core.translation import translate_page
from news.models import NewsPage
from tests.factories import make_news
from tests.wordpress.conftest import import_wordpress

CAMPAIGN = "utm_source=nieuwsbrief&utm_medium=email"
ARTICLE = "/nieuws/vier-sectoren-een-beweging/"


@pytest.fixture
def imported(wordpress_site):
    import_wordpress()
    return NewsPage.objects.get(url_path__endswith="/vier-sectoren-een-beweging/")


@pytest.mark.parametrize(
    "old_link",
    [
        f"/actueel/vier-sectoren-een-beweging/?{CAMPAIGN}",  # the permalink
        f"/vvt/actueel/vier-sectoren-een-beweging/?{CAMPAIGN}",
        f"/2024/03/vier-sectoren-een-beweging/?{CAMPAIGN}",
        f"/?p=101&{CAMPAIGN}",  # the guid
        "/?utm_source=nieuwsbrief&p=101&utm_medium=email",
    ],
)
def test_every_old_address_answers_301_to_the_article_keeping_the_campaign(
    client, imported, old_link
):
    response = client.get(old_link)
    assert response.status_code == 301
    assert response["Location"] == f"{ARTICLE}?{CAMPAIGN}"
    assert client.get(response["Location"]).status_code == 200


def test_the_old_feed_category_and_tag_pages_lead_to_their_new_places(client, imported):
    for old, new in [
        ("/feed/", "/nieuws/feed/"),
        ("/category/zorgzame-gemeenschappen/", "/themas/zorgzame-gemeenschappen/"),
        ("/category/voorbij-sectoren/feed/", "/nieuws/feed/voorbij-sectoren/"),
        ("/tag/radicale-vernieuwing/", "/trefwoord/radicale-vernieuwing/"),
        ("/actueel/", "/nieuws/"),
    ]:
        response = client.get(f"{old}?utm_source=partner")
        assert (response.status_code, response["Location"]) == (301, f"{new}?utm_source=partner")
        assert client.get(response["Location"]).status_code == 200, new


def test_the_home_page_is_still_the_home_page_with_or_without_an_unknown_post_id(client, imported):
    assert client.get(f"/?{CAMPAIGN}").status_code == 200
    assert client.get("/?p=999").status_code == 200


def test_old_addresses_follow_the_article_when_staff_rename_it(
    client, imported, django_capture_on_commit_callbacks
):
    imported.slug = "een-beweging"
    with django_capture_on_commit_callbacks(execute=True):
        imported.save_revision().publish()
    response = client.get(f"/actueel/vier-sectoren-een-beweging/?{CAMPAIGN}")
    assert response["Location"] == f"/nieuws/een-beweging/?{CAMPAIGN}"
    # The address the page had on the new site before the rename also keeps the campaign.
    response = client.get(f"{ARTICLE}?{CAMPAIGN}")
    assert (response.status_code, response["Location"]) == (
        301,
        f"/nieuws/een-beweging/?{CAMPAIGN}",
    )


def test_staff_see_the_old_addresses_among_the_redirects(client, imported):
    staff = get_user_model().objects.create_superuser("redactie", "r@example.org", "geheim-123")
    client.force_login(staff)
    html = client.get("/admin/redirects/?q=vier-sectoren").content.decode()
    for old in ["/actueel/vier-sectoren-een-beweging", "/2024/03/vier-sectoren-een-beweging"]:
        assert old in html
    assert Redirect.objects.filter(redirect_page=imported).count() == 4


def test_an_english_page_first_published_under_its_dutch_slug_keeps_the_campaign(
    client, bilingual, sections, locales, django_capture_on_commit_callbacks
):
    dutch_page = make_news(sections["news"], "Werkbezoek bij Gemiva")
    english_page = translate_page(dutch_page, locales[1], {})  # the slug not translated yet
    assert english_page.url == "/en/news/werkbezoek-bij-gemiva/"
    english_page.slug = "working-visit-to-gemiva"
    with django_capture_on_commit_callbacks(execute=True):
        english_page.save_revision().publish()
    response = client.get(f"/en/news/werkbezoek-bij-gemiva/?{CAMPAIGN}")
    assert (response.status_code, response["Location"]) == (
        301,
        f"/en/news/working-visit-to-gemiva/?{CAMPAIGN}",
    )


def test_a_hand_made_redirect_keeps_the_visitors_parameters_but_not_twice(client, home_pages):
    Redirect.add_redirect("/oude-campagne/", "/nieuws/?ref=campagne&jaar=2025")
    response = client.get("/oude-campagne/?ref=mail&utm_campaign=voorjaar%202025&jaar=")
    assert response["Location"] == "/nieuws/?ref=campagne&jaar=2025&utm_campaign=voorjaar%202025"
    Redirect.add_redirect("/zoek?q=zorg", "/zoeken/?q=zorg")
    response = client.get("/zoek?utm_source=x&q=zorg")
    assert response["Location"] == "/zoeken/?q=zorg&utm_source=x"
