"""Dutch and English: translations, relations, keywords, switcher, URLs and formats."""

import re

import pytest
from django.core.management import call_command  # noqa: F401

from core.reports import pages_needing_translation
from core.translation import translate_page
from tests.conftest import SHARED_SITE
from tests.factories import make_news

# Every test reads the same bilingual site: build it once (tests/conftest.py, SHARED_SITE).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures(SHARED_SITE)]


def test_every_page_type_has_a_live_english_translation_with_english_urls(bilingual):
    dutch, english = bilingual
    for kind, page in english.items():
        assert page.live, kind
        assert page.locale.language_code == "en"
        assert page.translation_key == dutch[kind].translation_key
    assert english["news"].url == "/en/news/movements-join-forces/"
    assert english["theme"].url == "/en/themes/caring-communities/"


def test_a_change_to_the_source_reaches_the_translation_when_synced(bilingual, locales):
    dutch, english = bilingual
    news = dutch["news"]
    news.lead = "Een nieuwe inleiding."
    news.save_revision().publish()
    translate_page(news, locales[1], {"Een nieuwe inleiding.": "A new opening."})
    english["news"].refresh_from_db()
    assert english["news"].lead == "A new opening."
    assert english["news"].title == "Movements join forces"


def test_english_news_item_links_to_english_theme_participant_and_publication(client, bilingual):
    _, english = bilingual
    html = client.get(english["news"].url).content.decode()
    assert 'href="/en/themes/caring-communities/">Caring communities</a>' in html
    assert f'href="{english["participant"].url}"' in html
    assert 'href="/en/publications/education-supplement/download/"' in html
    assert "/nieuws/" not in html.split("<main")[1].split("</main>")[0]


def test_english_pages_show_english_keywords_and_keyword_pages_stay_in_their_language(
    client, bilingual
):
    dutch, english = bilingual
    for page in (english["news"], english["publication"]):
        html = client.get(page.url).content.decode()
        assert '<a href="/en/keyword/care-education/" rel="tag">care education</a>' in html
    english_keyword = client.get("/en/keyword/care-education/").content.decode()
    assert "Movements join forces" in english_keyword
    assert "Bewegingen bundelen krachten" not in english_keyword
    dutch_keyword = client.get("/trefwoord/zorgonderwijs/").content.decode()
    assert "Bewegingen bundelen krachten" in dutch_keyword
    assert "Movements join forces" not in dutch_keyword


def test_english_participant_shows_its_english_sector(client, bilingual):
    _, english = bilingual
    assert "Disability care" in client.get(english["participant"].url).content.decode()


def test_switcher_and_hreflang_for_a_translated_page(client, bilingual):
    dutch, english = bilingual
    html = client.get(dutch["news"].url).content.decode()
    assert '<a href="/en/news/movements-join-forces/" hreflang="en"' in html
    assert "page not translated" not in html
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html))
    assert alternates["nl"].endswith("/nieuws/bewegingen-bundelen-krachten/")
    assert alternates["en"].endswith("/en/news/movements-join-forces/")
    assert alternates["x-default"] == alternates["nl"]


def test_switcher_on_an_untranslated_page_leads_to_the_nearest_translation_and_says_so(
    client, bilingual, sections
):
    dutch, _ = bilingual
    only_dutch = make_news(sections["news"], "Alleen in het Nederlands", themes=[dutch["theme"]])
    html = client.get(only_dutch.url).content.decode()
    assert '<a href="/en/news/" hreflang="en"' in html
    assert "(page not translated: nearest page)" in html
    alternates = re.findall(r'<link rel="alternate" hreflang="([\w-]+)"', html)
    assert "en" not in alternates


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_changed_slug_keeps_the_old_address_working(
    client, bilingual, language, django_capture_on_commit_callbacks
):
    dutch, english = bilingual
    page = (dutch if language == "nl" else english)["news"]
    old_url = page.url
    page.slug = "nieuwe-naam" if language == "nl" else "new-name"
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail redirects on commit
        page.save_revision().publish()
    response = client.get(old_url)
    assert response.status_code in (301, 302)
    assert response["Location"].endswith(page.slug + "/")
    assert client.get(response["Location"]).status_code == 200


def test_dates_and_file_sizes_are_written_the_way_each_language_writes_them(client, bilingual):
    dutch, english = bilingual
    assert (
        'Geplaatst op <time datetime="2025-03-20">20 maart 2025</time>'
        in client.get(dutch["news"].url).content.decode()
    )
    assert (
        'Posted on <time datetime="2025-03-20">20 March 2025</time>'
        in client.get(english["news"].url).content.decode()
    )
    assert 1024 < dutch["publication"].document.file_size < 1024 * 1024
    assert re.search(r"\(PDF, \d+,\d\sKB\)", client.get(dutch["publication"].url).content.decode())
    assert re.search(
        r"\(PDF, \d+\.\d\sKB\)", client.get(english["publication"].url).content.decode()
    )


def test_listings_and_feeds_show_only_the_visitors_language(client, bilingual, sections):
    english_list = client.get("/en/news/").content.decode()
    assert "Movements join forces" in english_list
    assert "Bewegingen bundelen krachten" not in english_list
    dutch_feed = client.get("/nieuws/feed/").content.decode()
    english_feed = client.get("/en/news/feed/").content.decode()
    assert "Bewegingen bundelen krachten" in dutch_feed and "Movements" not in dutch_feed
    assert "Movements join forces" in english_feed and "Bewegingen" not in english_feed


def test_staff_overview_lists_a_page_changed_after_its_translation(client, bilingual, sections):
    dutch, english = bilingual
    assert dutch["news"].pk not in pages_needing_translation("en").values_list("pk", flat=True)
    dutch["news"].title = "Bewegingen bundelen hun krachten"
    dutch["news"].save_revision().publish()
    to_do = {page.pk: page for page in pages_needing_translation("en")}
    assert dutch["news"].pk in to_do and to_do[dutch["news"].pk].translated_at is not None
    only_dutch = make_news(sections["news"], "Nog te vertalen", themes=[dutch["theme"]])
    assert only_dutch.pk in {page.pk for page in pages_needing_translation("en")}

    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_superuser("r", "r@example.org", "x"))
    html = client.get("/admin/reports/translations/").content.decode()
    assert "Bewegingen bundelen hun krachten" in html and "Nog te vertalen" in html
    assert "Machinevertaling is niet ingesteld" in html  # the admin speaks Dutch by default


def test_sitemap_lists_both_languages_with_their_alternates(client, bilingual):
    import xml.etree.ElementTree as ET

    root = ET.fromstring(client.get("/sitemap-pages.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    entries = {
        url.findtext("s:loc", namespaces=ns): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)
        }
        for url in root.findall("s:url", ns)
    }
    english = "http://localhost/en/news/movements-join-forces/"
    dutch = "http://localhost/nieuws/bewegingen-bundelen-krachten/"
    assert entries[english] == {"nl": dutch, "en": english}
    assert entries[dutch] == {"nl": dutch, "en": english}
