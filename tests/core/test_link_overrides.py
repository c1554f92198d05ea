"""The path of the finding: a translator without publish rights overrides a link of the
Dutch page in wagtail-localize's editor with javascript:…, and the English page is published.
The override is refused when it is saved, and the English page never shows a script link,
even when such an override reaches the database some other way."""

import re

import pytest
from django.contrib.auth.models import Group
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation

from core.translation import translate_page
from tests.factories import make_news

ATTACK = "javascript:alert(document.domain)"
DUTCH_MESSAGE = "Deze link is niet toegestaan."
SIGN_UP = "https://www.loc.nl/doe-mee/"
KATERN = "https://www.loc.nl/katern/"


def has_live_script_link(html):
    return re.search(r"=\s*[\"']?\s*javascript:", html, re.IGNORECASE) is not None


@pytest.fixture
def translated_news(sections, locales):
    """A Dutch news item with a link in its text and a call to action, its English
    translation made through wagtail-localize, and that translation's record."""
    cta = {"title": "Doe mee", "text": "", "page": None, "url": SIGN_UP, "button_label": "Ja"}
    body = [
        {"type": "paragraph", "value": f'<p>Lees <a href="{KATERN}">het katern</a>.</p>'},
        {"type": "call_to_action", "value": cta},
    ]
    news = make_news(sections["news"], "Doe mee", body=body)
    english = locales[1]
    english_news = translate_page(news, english, {"Doe mee": "Join us", "Ja": "Yes"})
    translation = Translation.objects.get(
        target_locale=english, source__object__translation_key=news.translation_key
    )
    return news, english_news, translation


@pytest.fixture
def editor_client(client, django_user_model):
    """A logged-in editor: may edit and translate pages, may not publish them."""
    editor = django_user_model.objects.create_user("vertaler", password="geheim-wachtwoord")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


def link_segment(translation, where):
    """The overridable segment of the call to action's address or of the text's link."""
    suffix = ".url" if where == "call to action" else f".'{KATERN}'"
    return OverridableSegment.objects.get(source=translation.source, context__path__endswith=suffix)


def override_in_editor(client, translation, segment, value):
    """Send what wagtail-localize's translation editor sends when a link is overridden."""
    url = reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])
    body = encode_multipart(BOUNDARY, {"value": value})
    return client.put(url, body, content_type=MULTIPART_CONTENT, HTTP_ACCEPT_LANGUAGE="nl")


def publish_translation(news, locale):
    return translate_page(news, locale, {"Doe mee": "Join us", "Ja": "Yes"})


@pytest.mark.django_db
@pytest.mark.parametrize("where", ["call to action", "text"])
def test_translator_overriding_a_link_with_javascript_is_refused_with_a_dutch_message(
    editor_client, translated_news, where
):
    news, english_news, translation = translated_news
    response = override_in_editor(
        editor_client, translation, link_segment(translation, where), ATTACK
    )
    assert response.status_code in (200, 201)
    # The editor shows this error beside the override, with a warning sign.
    assert response.json()["error"].startswith(DUTCH_MESSAGE)

    english_news = publish_translation(news, english_news.locale)
    html = (editor_client.get(english_news.url)).content.decode()
    assert not has_live_script_link(html)
    expected = f'href="{SIGN_UP}"' if where == "call to action" else f'href="{KATERN}"'
    assert expected in html  # the Dutch page's link is used instead


@pytest.mark.django_db
def test_translator_can_still_override_a_link_with_a_safe_one(editor_client, translated_news):
    news, english_news, translation = translated_news
    segment = link_segment(translation, "call to action")
    override_in_editor(editor_client, translation, segment, ATTACK)
    response = override_in_editor(editor_client, translation, segment, "https://www.loc.nl/join/")
    assert response.json()["error"] is None  # the earlier refusal is cleared

    english_news = publish_translation(news, english_news.locale)
    html = editor_client.get(english_news.url).content.decode()
    assert 'href="https://www.loc.nl/join/"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("where", ["call to action", "text"])
def test_script_link_override_that_reached_the_database_is_not_a_live_link_in_english(
    client, translated_news, where
):
    news, english_news, translation = translated_news
    # As if an older version, an import or a script had stored it without the check.
    segment = link_segment(translation, where)
    SegmentOverride.objects.create(
        locale=english_news.locale, context=segment.context, data_json=f'"{ATTACK}"'
    )
    SegmentOverride.objects.filter(context=segment.context).update(has_error=False, field_error="")

    english_news = publish_translation(news, english_news.locale)
    assert ATTACK in str(english_news.body.raw_data)  # it did reach the English page
    english_html = client.get(english_news.url).content.decode()
    dutch_html = client.get(news.url).content.decode()
    assert not has_live_script_link(english_html)
    assert not has_live_script_link(dutch_html)
    assert "Join us" in english_html
