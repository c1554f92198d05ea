"""The demo site has reactions: approved ones under two Dutch items and an English one, one
awaiting moderation, the newest item open for more and the older one closed."""

import pytest

from news.models import NewsPage
from reactions.models import Reaction
from tests.home.test_demo_content import demo, load_demo_content  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


def item(slug, language="nl"):
    return NewsPage.objects.get(slug=slug, locale__language_code=language)


def test_demo_items_show_their_approved_reactions_in_their_own_language(demo, client):  # noqa: F811
    review = client.get(item("terugblik-eerste-jaar-brede-beweging").url).content.decode()
    assert "2 reacties" in review and "Marieke" in review
    assert "mantelzorgers" not in review  # awaits moderation
    assert "<form" in review.split('id="reactions"')[1]  # open for the demo's visitors

    visit = client.get(item("werkbezoek-gemiva").url).content.decode()
    assert "2 reacties" in visit and "Reageren is gesloten." in visit

    english = item("looking-back-first-year-broad-movement", "en")
    html = client.get(english.url).content.decode()
    assert "1 reaction" in html and "Sarah" in html and "Marieke" not in html
    assert Reaction.objects.filter(status=Reaction.Status.PENDING).count() == 1


def test_loading_the_demo_again_adds_no_reactions(demo):  # noqa: F811
    before = Reaction.objects.count()
    load_demo_content()
    assert Reaction.objects.count() == before == 6
