"""Links from content may be http, https, mailto, tel, a path or an anchor: never
javascript: and the like, whether they come through a form or around it."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from core.blocks import SafeURLBlock
from core.models import SiteSettings
from tests.factories import make_news, make_participant, make_theme

DUTCH_MESSAGE = "Deze link is niet toegestaan."

# Ways to write a javascript: (or other scripting) link that a naive check lets through.
UNSAFE_LINKS = [
    "javascript:alert(document.domain)",
    "JaVaScRiPt:alert(document.domain)",
    " javascript:alert(document.domain)",
    "java\tscript:alert(document.domain)",
    "java\nscript:alert(document.domain)",
    "\x01javascript:alert(document.domain)",
    "&#106;avascript:alert(document.domain)",
    "&#x6A;avascript:alert(document.domain)",
    "javascript&colon;alert(document.domain)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "//evil.example/",
    "/\\evil.example/",
]
SAFE_LINKS = [
    "https://www.loc.nl/doe-mee/?bron=site&taal=nl",
    "http://example.org/",
    "mailto:radicalevernieuwing@loc.nl",
    "tel:+31302074067",
    "/nieuws/",
    "#aanmelden",
]


def call_to_action(url):
    value = {
        "title": "Doe mee",
        "text": "",
        "page": None,
        "url": url,
        "button_label": "Meld je aan",
    }
    return [{"type": "call_to_action", "value": value}]


def has_live_script_link(html):
    """Whether any attribute of the page would run script when followed."""
    return re.search(r"=\s*[\"']?\s*(javascript|vbscript|data):", html, re.IGNORECASE) is not None


# --- Refused on save -------------------------------------------------------------------


@pytest.mark.parametrize("url", UNSAFE_LINKS)
def test_url_block_refuses_every_disguise_of_a_script_link_with_a_dutch_message(url):
    with translation.override("nl"):
        with pytest.raises(ValidationError) as refused:
            SafeURLBlock().clean(url)
        # The message is lazy: read it while Dutch is active.
        assert DUTCH_MESSAGE in str(refused.value)


@pytest.mark.parametrize("url", SAFE_LINKS)
def test_url_block_accepts_web_addresses_mail_phone_paths_and_anchors(url):
    assert SafeURLBlock().clean(url) == url


def test_url_block_refuses_an_address_without_scheme_that_would_become_a_path():
    with pytest.raises(ValidationError):
        SafeURLBlock().clean("www.loc.nl")


@pytest.mark.django_db
@pytest.mark.parametrize("field", ["linkedin_url", "youtube_url"])
@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://files.example.org/"])
def test_site_settings_refuse_links_that_are_not_web_addresses(field, url):
    settings = SiteSettings(**{field: url})
    with pytest.raises(ValidationError) as refused:
        settings.full_clean()
    assert field in refused.value.error_dict


@pytest.mark.django_db
def test_editor_saving_a_call_to_action_with_a_script_link_gets_a_dutch_error(
    client, sections, django_user_model
):
    theme = make_theme(sections["themes"], "Zorgzame gemeenschappen")
    news = make_news(sections["news"], "Doe mee", themes=[theme])
    editor = django_user_model.objects.create_user("redacteur", password="geheim-wachtwoord")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    cta = {"title": "Doe mee", "text": "", "page": "", "button_label": "Meld je aan"}
    data = nested_form_data(
        {
            "title": news.title,
            "slug": news.slug,
            "date": "2025-03-20",
            "lead": news.lead,
            "body": streamfield(
                [("call_to_action", {**cta, "url": "javascript:alert(document.domain)"})]
            ),
            "theme_links": inline_formset([{"theme": theme.pk}]),
            "participant_links": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[news.pk]), data, HTTP_ACCEPT_LANGUAGE="nl"
    )
    assert response.status_code == 200  # the form again, not a redirect after saving
    assert DUTCH_MESSAGE in response.content.decode()
    news.refresh_from_db()
    assert "javascript" not in str(news.get_latest_revision().content)


# --- Refused on render, whatever reached the database -----------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("url", UNSAFE_LINKS)
def test_call_to_action_stored_with_a_script_link_renders_without_it(client, sections, url):
    news = make_news(sections["news"], "Doe mee", body=call_to_action(url))
    html = client.get(news.url).content.decode()
    assert "Doe mee" in html  # the call to action itself is shown
    assert "Meld je aan" not in html  # its button, which would carry the link, is not
    assert not has_live_script_link(html)
    assert "evil.example" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("url", SAFE_LINKS)
def test_call_to_action_with_a_safe_link_renders_it_unchanged(client, sections, url):
    news = make_news(sections["news"], "Doe mee", body=call_to_action(url))
    html = client.get(news.url).content.decode()
    escaped = url.replace("&", "&amp;")
    assert f'<a class="button" href="{escaped}">Meld je aan</a>' in html


@pytest.mark.django_db
def test_rich_text_stored_with_script_links_renders_their_text_without_the_links(client, sections):
    paragraph = (
        '<p><a href="javascript:alert(1)">Een</a> <a href="JaVaScRiPt:alert(2)">twee</a> '
        "<a href='&#106;avascript:alert(3)'>drie</a> <a href=java&#9;script:alert(4)>vier</a> "
        '<a href="javascript:alert(5)" href="https://www.loc.nl/">vijf</a></p>'
    )
    news = make_news(sections["news"], "Lees", body=[{"type": "paragraph", "value": paragraph}])
    sections["news"].intro = '<p>Zie <a href="vbscript:msgbox(1)">dit</a>.</p>'
    sections["news"].save_revision().publish()
    for url in (news.url, sections["news"].url):
        html = client.get(url).content.decode()
        assert not has_live_script_link(html)
    html = client.get(news.url).content.decode()
    assert all(word in html for word in ["Een", "twee", "drie", "vier", "vijf"])


@pytest.mark.django_db
def test_rich_text_with_safe_links_renders_them_unchanged(client, sections):
    paragraph = (
        '<p><a href="https://www.loc.nl/?a=1&amp;b=2">web</a>, '
        '<a href="mailto:radicalevernieuwing@loc.nl">mail</a>, <a href="tel:+31302074067">bel</a>, '
        f'<a linktype="page" id="{sections["themes"].pk}">thema\'s</a>, '
        '<a href="#aanmelden">aanmelden</a></p>'
    )
    news = make_news(sections["news"], "Lees", body=[{"type": "paragraph", "value": paragraph}])
    html = client.get(news.url).content.decode()
    assert (
        '<p><a href="https://www.loc.nl/?a=1&amp;b=2">web</a>, '
        '<a href="mailto:radicalevernieuwing@loc.nl">mail</a>, <a href="tel:+31302074067">bel</a>, '
        '<a href="/themas/">thema\'s</a>, <a href="#aanmelden">aanmelden</a></p>'
    ) in html


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/en/"])
def test_site_settings_forced_to_script_links_leave_the_footer_without_them(
    client, home_pages, path
):
    SiteSettings.objects.update_or_create(
        pk=SiteSettings.load().pk,
        defaults={
            "linkedin_url": " JAVASCRIPT:alert(2)",
            "youtube_url": "https://www.youtube.com/@radicalevernieuwing",
        },
    )
    html = client.get(path).content.decode()
    assert not has_live_script_link(html)
    assert ">LinkedIn<" not in html
    assert '<a href="https://www.youtube.com/@radicalevernieuwing" rel="me">YouTube</a>' in html


@pytest.mark.django_db
def test_participant_website_forced_to_a_script_link_is_not_shown(client, sections):
    participant = make_participant(sections["participants"], "Gemiva")
    # Saving a page validates its URL fields, so write around it, as a script could.
    type(participant).objects.filter(pk=participant.pk).update(
        website="javascript:alert(document.domain)"
    )
    html = client.get(participant.url).content.decode()
    assert not has_live_script_link(html)
    assert "Website van" not in html
