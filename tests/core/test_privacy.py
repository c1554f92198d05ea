"""What staff make private stays private, in every language and on every surface: lists,
the home page, theme pages, related items, feeds, the sitemap, search and completions,
keyword pages, the page itself and its documents."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from tests.factories import make_news
from tests.search.conftest import result_titles, search

PASSWORD = PageViewRestriction.PASSWORD
LOGIN = PageViewRestriction.LOGIN

# Where the bilingual fixture's Dutch and English pages show up in public.
SURFACES = {
    "nl": [
        "/",
        "/nieuws/",
        "/publicaties/",
        "/themas/",
        "/deelnemers/",
        "/nieuws/feed/",
        "/nieuws/feed/atom/",
        "/sitemap-pages.xml",
    ],
    "en": [
        "/en/",
        "/en/news/",
        "/en/publications/",
        "/en/themes/",
        "/en/participants/",
        "/en/news/feed/",
        "/en/news/feed/atom/",
        "/sitemap-pages.xml",
    ],
}


def restrict(page, kind=PASSWORD):
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, password="geheim")


def body(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def shown_anywhere(client, language, text):
    return [url for url in SURFACES[language] if text in body(client, url)]


def search_titles(client, url, query):
    return result_titles(search(client, url, q=query))


@pytest.mark.parametrize("kind", [PASSWORD, LOGIN])
def test_a_dutch_news_item_made_private_is_private_in_english_too(client, bilingual, kind):
    dutch, english = bilingual
    assert shown_anywhere(client, "en", "Movements join forces")  # public before
    restrict(dutch["news"], kind)

    assert shown_anywhere(client, "nl", "Bewegingen bundelen krachten") == []
    assert shown_anywhere(client, "en", "Movements join forces") == []
    # The page itself asks for the password or a login in both languages.
    for page in (dutch["news"], english["news"]):
        response = client.get(page.url)
        assert response.status_code in (200, 302)
        assert page.title not in response.content.decode()
        if kind == LOGIN:
            assert f"login/?next={page.url}" in response["Location"]
        else:
            assert 'name="password"' in response.content.decode()


def test_restricting_the_english_translation_hides_the_dutch_page_too(client, bilingual):
    dutch, english = bilingual
    restrict(english["news"])
    assert shown_anywhere(client, "nl", "Bewegingen bundelen krachten") == []
    assert 'name="password"' in client.get(dutch["news"].url).content.decode()


def test_a_private_section_hides_its_pages_in_both_languages(client, bilingual):
    dutch, english = bilingual
    sections = [dutch["news"].get_parent(), english["news"].get_parent()]
    Page.objects.filter(pk__in=[section.pk for section in sections]).update(show_in_menus=True)
    assert 'href="/en/news/"' in body(client, "/en/publications/")  # in the menu before
    restrict(dutch["news"].get_parent())
    assert shown_anywhere(client, "nl", "Bewegingen bundelen krachten") == []
    assert shown_anywhere(client, "en", "Movements join forces") == []
    # The sections themselves leave the menus and the sitemap too.
    assert 'href="/en/news/"' not in body(client, "/en/publications/")
    assert "/en/news/" not in body(client, "/sitemap-pages.xml")


def test_private_pages_leave_search_and_completions_in_both_languages(client, bilingual):
    dutch, _ = bilingual
    assert search_titles(client, "/en/search/", "forces") == ["Movements join forces"]
    restrict(dutch["news"])

    assert search_titles(client, "/zoeken/", "krachten") == []
    assert search_titles(client, "/en/search/", "forces") == []
    # Words only the private page used are no longer completed either.
    assert (
        "krachten" not in client.get("/zoeken/autocomplete/", {"q": "kracht"}).json()["completions"]
    )
    assert (
        "forces" not in client.get("/en/search/autocomplete/", {"q": "forc"}).json()["completions"]
    )


def test_removing_the_restriction_brings_both_languages_back(client, bilingual):
    dutch, _ = bilingual
    restriction = restrict(dutch["news"])
    assert search_titles(client, "/en/search/", "forces") == []
    restriction.delete()
    assert search_titles(client, "/en/search/", "forces") == ["Movements join forces"]
    assert shown_anywhere(client, "en", "Movements join forces")


def test_a_private_theme_leaves_feeds_filters_and_the_pages_that_name_it(client, bilingual):
    dutch, english = bilingual
    assert client.get("/en/news/feed/caring-communities/").status_code == 200
    restrict(dutch["theme"])

    assert client.get("/nieuws/feed/zorgzame-gemeenschappen/").status_code == 404
    assert client.get("/en/news/feed/caring-communities/").status_code == 404
    # The news item that names the theme no longer shows or links it.
    assert "Caring communities" not in body(client, english["news"].url)
    assert "Zorgzame gemeenschappen" not in body(client, dutch["news"].url)
    assert "Caring communities" not in body(client, "/en/news/")  # the theme filter


def test_a_private_item_is_not_offered_as_related_or_under_its_theme(client, bilingual):
    dutch, english = bilingual
    other = make_news(dutch["news"].get_parent(), "Buurtzorg in de wijk", themes=[dutch["theme"]])
    restrict(other)
    assert "Buurtzorg in de wijk" not in body(client, dutch["news"].url)
    assert "Buurtzorg in de wijk" not in body(client, dutch["theme"].url)


def test_a_keyword_that_only_private_pages_carry_is_not_found(client, bilingual):
    dutch, _ = bilingual
    assert client.get("/en/keyword/care-education/").status_code == 200
    restrict(dutch["news"])
    restrict(dutch["publication"])
    assert client.get("/trefwoord/zorgonderwijs/").status_code == 404
    assert client.get("/en/keyword/care-education/").status_code == 404
    assert "care-education" not in body(client, "/en/news/")  # the keyword filter


def test_a_page_past_its_expiry_date_is_hidden_before_any_job_unpublishes_it(client, bilingual):
    dutch, _ = bilingual
    dutch["news"].expire_at = timezone.now() - datetime.timedelta(minutes=1)
    dutch["news"].save()
    assert shown_anywhere(client, "nl", "Bewegingen bundelen krachten") == []


def test_a_draft_is_in_no_list_feed_or_search(client, sections):
    news = make_news(sections["news"], "Kookclub voor buurtgenoten")
    news.unpublish()
    for url in ("/", "/nieuws/", "/nieuws/feed/", "/sitemap-pages.xml"):
        assert "Kookclub" not in body(client, url), url
    assert search_titles(client, "/zoeken/", "kookclub") == []


# Documents


@pytest.fixture
def document_url(bilingual):
    dutch, _ = bilingual
    return dutch["publication"].document.url


def test_the_document_of_a_public_publication_is_served(client, document_url):
    response = client.get(document_url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_document_of_a_private_publication_is_not_served(
    client, bilingual, document_url, language
):
    dutch, english = bilingual
    restrict({"nl": dutch, "en": english}[language]["publication"])
    assert client.get(document_url).status_code == 404


def test_a_visitor_who_gave_the_password_may_download_the_document(client, bilingual, document_url):
    dutch, _ = bilingual
    restriction = restrict(dutch["publication"])
    response = client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{dutch['publication'].pk}/",
        {"password": "geheim", "return_url": dutch["publication"].url},
    )
    assert response.status_code == 302
    assert client.get(document_url).status_code == 200


def test_staff_may_download_a_private_document_to_check_it(client, bilingual, document_url):
    dutch, _ = bilingual
    restrict(dutch["publication"])
    staff = get_user_model().objects.create_superuser("redactie", "r@example.org", "x")
    client.force_login(staff)
    assert client.get(document_url).status_code == 200


def test_a_document_only_a_draft_uses_is_not_served(client, sections):
    from tests.factories import make_publication

    publication = make_publication(sections["publications"], "Concept jaarverslag")
    publication.unpublish()
    assert client.get(publication.document.url).status_code == 404


def test_a_document_no_page_uses_is_not_served(client, home_pages):
    from tests.factories import make_pdf

    assert client.get(make_pdf("Intern memo").url).status_code == 404


# Previews


def test_previewing_a_draft_never_changes_what_visitors_get(client, bilingual):
    dutch, _ = bilingual
    news = dutch["news"]
    public_head = body(client, news.url)
    staff = get_user_model().objects.create_superuser("redactie", "r@example.org", "x")
    editor = client.__class__()
    editor.force_login(staff)

    draft = news.get_latest_revision_as_object()
    draft.title = "Geheime titel van het concept"
    draft.search_description = "Nog niet voor het publiek"
    revision = draft.save_revision()
    preview = editor.get(f"/admin/pages/{news.pk}/revisions/{revision.pk}/view/")
    assert "Geheime titel van het concept" in preview.content.decode()  # staff see the draft

    visitor_page = body(client, news.url)
    assert "Geheime titel" not in visitor_page
    assert "Nog niet voor het publiek" not in visitor_page
    assert visitor_page == public_head
