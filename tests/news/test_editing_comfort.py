"""What staff meet while writing a news item in the Dutch admin: block names that read as
names, and choosers for themes and participants that open where those pages live."""

import html
import json
import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from newsroom.roles import WRITERS
from tests.conftest import SHARED_SITE

pytestmark = pytest.mark.usefixtures(SHARED_SITE)

# A block's definition in the editor's data: its label, then (maybe) its description, then
# whether it is required. Menu items and other labels on the page have no "required".
BLOCK_LABEL = re.compile(r'\{"label": "([^"]*)"(?:, "description": "(?:[^"\\]|\\.)*")?, "required"')


@pytest.fixture
def writer(client, django_user_model):
    user = django_user_model.objects.create_user("redacteur", password="lang-wachtwoord")
    user.groups.add(Group.objects.get(name=WRITERS))
    client.force_login(user)
    return user


def new_news_form(client, sections):
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", sections["news"].pk])
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 200
    return html.unescape(response.content.decode())


@pytest.mark.data_migrations  # the Redactie role
def test_every_block_and_block_field_name_in_the_body_starts_with_a_capital(
    client, sections, writer
):
    labels = set(BLOCK_LABEL.findall(new_news_form(client, sections)))
    assert {"Alinea", "Kop", "Afbeelding", "Citaat", "Oproep", "Fotograaf"} <= labels
    assert [label for label in labels if label[:1].islower()] == []


CHOOSER_INIT = re.compile(r'new SectionPageChooser\("([^"]+)", (\{.*?\})\);')


def chooser_starts(client, index):
    """{field name: the page its chooser opens at} on the form for a new item under `index`."""
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", index.pk])
    form = html.unescape(client.get(url, HTTP_ACCEPT_LANGUAGE="nl").content.decode())
    return {
        field_id.rsplit("-", 1)[-1]: json.loads(options).get("startAt")
        for field_id, options in CHOOSER_INIT.findall(form)
    }


def chooser_listing(client, start, page_type):
    url = reverse("wagtailadmin_choose_page_child", args=[start])
    response = client.get(url, {"page_type": page_type}, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 200
    return json.loads(response.content)["html"]


@pytest.mark.data_migrations  # the Redactie role
@pytest.mark.parametrize("language", ["nl", "en"])
def test_theme_and_participant_choosers_open_at_their_section_in_the_pages_language(
    client, sections, bilingual, locales, writer, language
):
    dutch, english = bilingual
    pages = {"nl": dutch, "en": english}[language]
    locale = {"nl": locales[0], "en": locales[1]}[language]
    news_index = sections["news"].get_translation(locale)

    starts = chooser_starts(client, news_index)

    theme_index = sections["themes"].get_translation(locale)
    participant_index = sections["participants"].get_translation(locale)
    assert starts == {"theme": theme_index.pk, "participant": participant_index.pk}
    themes = chooser_listing(client, starts["theme"], "themes.themepage")
    assert pages["theme"].title in themes
    participants = chooser_listing(client, starts["participant"], "participants.participantpage")
    assert pages["participant"].title in participants
