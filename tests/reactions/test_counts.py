"""The number of reactions beside a news item's date: on its cards (the news list, theme
pages, the home page) and in the article's own date line, "2 reacties" / "1 reaction", and
nothing when there are none. Only approved reactions of that language's page count, and a
list reads the numbers of all its cards at once."""

import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from reactions.models import Reaction
from tests.conftest import SHARED_SITE
from tests.factories import make_news
from tests.reactions.conftest import react

pytestmark = pytest.mark.usefixtures(SHARED_SITE)


def card_meta(html, title):
    """The date line of the card (or home lead story) whose link reads `title`."""
    for card in re.findall(r"<article class=\"(?:card|lead-story).*?</article>", html, re.S):
        if f">{title}</a>" in card:
            meta = re.search(r'<p class="meta">(.*?)</p>', card, re.S).group(1)
            return " ".join(re.sub(r"<[^>]+>", "", meta).split())
    raise AssertionError(f"no card of {title}")


def date_line(html):
    match = re.search(r'<p class="meta article-date">(.*?)</p>', html, re.S)
    return " ".join(re.sub(r"<[^>]+>", "", match.group(1)).split())


@pytest.fixture
def reacted(articles):
    """Two approved reactions under the Dutch item, one waiting and one rejected; none
    under the English one."""
    dutch, english = articles
    react(dutch, text="Eerste.")
    react(dutch, text="Tweede.")
    react(dutch, Reaction.Status.PENDING, text="Wacht nog.")
    react(dutch, Reaction.Status.REJECTED, text="Afgewezen.")
    return dutch, english


def test_the_news_card_counts_approved_reactions_only(client, reacted, sections):
    dutch, _ = reacted
    meta = card_meta(client.get(sections["news"].url).content.decode(), dutch.title)
    assert meta == "20 maart 2025 · 2 reacties", meta


def test_the_english_card_does_not_count_the_dutch_pages_reactions(
    client, reacted, django_capture_on_commit_callbacks
):
    _, english = reacted
    news_list = english.get_parent()
    meta = card_meta(client.get(news_list.url).content.decode(), english.title)
    assert "reaction" not in meta
    with django_capture_on_commit_callbacks(execute=True):  # as a moderator's approval
        react(english, text="Good to read.")
    meta = card_meta(client.get(news_list.url).content.decode(), english.title)
    assert meta == "20 March 2025 · 1 reaction", meta


def test_the_article_gives_its_count_in_the_date_line_linking_to_the_reactions(client, reacted):
    dutch, english = reacted
    html = client.get(dutch.url).content.decode()
    assert date_line(html) == "Geplaatst op 20 maart 2025 · 2 reacties"
    assert '<a class="reaction-count" href="#reactions">2 reacties</a>' in html
    assert date_line(client.get(english.url).content.decode()) == "Posted on 20 March 2025"


def test_one_reaction_is_counted_in_the_singular(client, articles):
    dutch, _ = articles
    react(dutch)
    assert date_line(client.get(dutch.url).content.decode()).endswith(" · 1 reactie")


def test_theme_and_home_page_cards_show_the_count(client, reacted, bilingual):
    dutch, _ = reacted
    theme_html = client.get(bilingual[0]["theme"].url).content.decode()
    assert card_meta(theme_html, dutch.title) == "20 maart 2025 · 2 reacties"
    home_html = client.get("/").content.decode()
    assert card_meta(home_html, dutch.title) == "20 maart 2025 · 2 reacties"


def test_other_cards_and_items_without_reactions_show_no_count(client, reacted, sections):
    quiet = make_news(sections["news"], "Nog zonder reacties")
    html = client.get(sections["news"].url).content.decode()
    assert "reactie" not in card_meta(html, quiet.title)
    publications = client.get(sections["publications"].url).content.decode()
    assert "reactie" not in publications


def test_a_list_reads_the_counts_of_all_its_cards_at_once(client, articles, sections):
    for number in range(8):
        react(make_news(sections["news"], f"Bericht {number}"), text=f"Reactie {number}.")
    client.get(sections["news"].url)  # renditions and the counts of this content version
    with CaptureQueriesContext(connection) as warm:
        html = client.get(sections["news"].url).content.decode()
    assert html.count('<span class="reaction-count">1 reactie</span>') == 8
    assert not [query for query in warm if "reactions_" in query["sql"]]
    caches["pages"].clear()  # as after a publish or a moderation: the counts read afresh
    with CaptureQueriesContext(connection) as cold:
        client.get(sections["news"].url)
    assert len([query for query in cold if "reactions_reaction" in query["sql"]]) == 1
