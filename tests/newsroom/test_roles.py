"""The newsroom's roles, tried in the admin as their members would: Redactie write and submit,
Eindredactie approve, publish and look after the site's lists and settings, Vertalers
translate pages (slugs included) and keyword names and publish the translations."""

import pytest
from django.contrib.auth.models import Group
from django.test.client import MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import StringSegment, Translation

from core.models import KeywordName
from news.models import NewsPage
from newsroom.roles import EDITORS, TRANSLATORS, WRITERS
from tests.conftest import SHARED_SITE

pytestmark = pytest.mark.usefixtures(SHARED_SITE)


@pytest.fixture
def login_as(client, django_user_model):
    def login(role):
        user = django_user_model.objects.create_user(role.lower(), password="lang-wachtwoord")
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
        return user

    return login


def news_form(title, slug, theme):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "date": "2025-11-08",
            "lead": "De week staat in het teken van vernieuwing.",
            "body": streamfield([]),
            "theme_links": inline_formset([{"theme": theme.pk}]),
            "participant_links": inline_formset([]),
            "comments": inline_formset([]),
        }
    )


def add_news(client, sections, bilingual, action):
    """Write a news item in the admin and press one of the buttons under the form."""
    dutch, _ = bilingual
    index = sections["news"]
    data = news_form("Week van de vernieuwing", "week-van-de-vernieuwing", dutch["theme"])
    data[action] = action
    client.post(reverse("wagtailadmin_pages:add", args=["news", "newspage", index.pk]), data)
    return NewsPage.objects.get(slug="week-van-de-vernieuwing")


def allowed(client, url):
    """Whether the admin shows `url` to the logged-in user, rather than sending them to the
    dashboard with "Sorry, you do not have permission" (or answering 403)."""
    response = client.get(url, follow=True)
    landed = response.redirect_chain[-1][0] if response.redirect_chain else url
    return response.status_code == 200 and landed != reverse("wagtailadmin_home")


# --- Redactie --------------------------------------------------------------------------


def test_redactie_writes_a_news_item_but_cannot_publish_it(client, sections, bilingual, login_as):
    login_as(WRITERS)
    page = add_news(client, sections, bilingual, "action-publish")
    assert not page.live
    assert (
        client.logout() is None
        and client.get("/nieuws/week-van-de-vernieuwing/").status_code == 404
    )


def test_redactie_submits_and_eindredactie_approves_then_it_is_live(
    client, sections, bilingual, login_as
):
    login_as(WRITERS)
    page = add_news(client, sections, bilingual, "action-submit")
    state = page.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert not page.live

    login_as(EDITORS)
    task_state = state.current_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )
    client.post(approve, {"comment": ""})

    page.refresh_from_db()
    assert page.live
    client.logout()
    assert client.get("/nieuws/week-van-de-vernieuwing/").status_code == 200


def test_redactie_cannot_touch_redirects_synonyms_promoted_results_or_settings(
    client, bilingual, login_as
):
    login_as(WRITERS)
    for url in SITE_LISTS:
        assert not allowed(client, url), url


# --- Eindredactie ----------------------------------------------------------------------

SITE_LISTS = [
    "/admin/redirects/",
    "/admin/snippets/search/synonym/",
    "/admin/searchpicks/",
    "/admin/snippets/core/keywordname/",
    "/admin/settings/core/sitesettings/",
]


def test_eindredactie_publishes_a_news_item_directly(client, sections, bilingual, login_as):
    login_as(EDITORS)
    page = add_news(client, sections, bilingual, "action-publish")
    assert page.live


def test_eindredactie_manages_redirects_synonyms_promoted_results_keywords_and_settings(
    client, sections, login_as
):
    login_as(EDITORS)
    for url in SITE_LISTS:
        assert allowed(client, url), url
    client.post(
        "/admin/redirects/add/",
        {
            "old_path": "/actueel/oude-link/",
            "redirect_page": sections["news"].pk,
            "is_permanent": "on",
        },
    )
    client.logout()
    assert client.get("/actueel/oude-link/")["Location"].endswith("/nieuws/")


# --- Vertalers -------------------------------------------------------------------------


def put_translation(client, source_page_or_snippet, locale, path, value):
    """Type a translation into wagtail-localize's editor, as its script sends it."""
    translation = Translation.objects.get(
        source__object_id=source_page_or_snippet.translation_key, target_locale=locale
    )
    segment = StringSegment.objects.get(source=translation.source, context__path=path)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    boundary = "translation"
    response = client.put(
        url,
        encode_multipart(boundary, {"value": value}),
        content_type=MULTIPART_CONTENT.replace("BoUnDaRyStRiNg", boundary),
    )
    assert response.status_code == 200, response.content
    return translation


def test_vertalers_translate_a_news_item_with_its_slug_and_publish_it(
    client, bilingual, locales, login_as
):
    dutch, english = bilingual
    login_as(TRANSLATORS)
    edit = reverse("wagtailadmin_pages:edit", args=[english["news"].pk])
    assert allowed(client, edit)

    put_translation(client, dutch["news"], locales[1], "title", "Movements unite")
    put_translation(client, dutch["news"], locales[1], "slug", "movements-unite")
    client.post(edit, {"action": "publish"})

    client.logout()
    html = client.get("/en/news/movements-unite/").content.decode()
    assert "Movements unite" in html


def test_vertalers_cannot_edit_or_publish_the_dutch_original(client, bilingual, login_as):
    dutch, _ = bilingual
    login_as(TRANSLATORS)
    assert not allowed(client, reverse("wagtailadmin_pages:edit", args=[dutch["news"].pk]))
    client.post(reverse("wagtailadmin_pages:unpublish", args=[dutch["news"].pk]))
    assert Page.objects.get(pk=dutch["news"].pk).live


def test_vertalers_translate_a_keyword_name_and_its_address(client, bilingual, locales, login_as):
    _, english = bilingual
    login_as(TRANSLATORS)
    dutch_name = KeywordName.objects.get(name="zorgonderwijs")
    english_name = dutch_name.get_translation(locales[1])
    edit = reverse("wagtailsnippets_core_keywordname:edit", args=[english_name.pk])
    assert allowed(client, edit)

    put_translation(client, dutch_name, locales[1], "name", "education in care")
    put_translation(client, dutch_name, locales[1], "slug", "education-in-care")
    client.post(edit, {"action": "publish"})

    client.logout()
    assert "education in care" in client.get(english["news"].url).content.decode()
    keyword_page = client.get("/en/keyword/education-in-care/")
    assert keyword_page.status_code == 200
    assert english["news"].title in keyword_page.content.decode()


def test_vertalers_cannot_touch_redirects_or_settings(client, bilingual, login_as):
    login_as(TRANSLATORS)
    for url in ["/admin/redirects/", "/admin/settings/core/sitesettings/"]:
        assert not allowed(client, url), url
