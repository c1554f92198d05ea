"""What staff meet while writing a news item in the Dutch admin: block names that read as
names, and choosers for themes and participants that open where those pages live."""

import html
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


def test_every_block_and_block_field_name_in_the_body_starts_with_a_capital(
    client, sections, writer
):
    labels = set(BLOCK_LABEL.findall(new_news_form(client, sections)))
    assert {"Alinea", "Kop", "Afbeelding", "Citaat", "Oproep", "Fotograaf"} <= labels
    assert [label for label in labels if label[:1].islower()] == []
