"""What a visitor sees under a news item: approved reactions only, oldest first, with their
number, in the article's own language, never an e-mail address; the form while the article
is open, "Reageren is gesloten" after; nothing at all on a page the public may not see."""

import datetime
import json
import re

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from reactions.models import Reaction, ReactionPeriod, ReactionSettings
from tests.conftest import SHARED_SITE
from tests.reactions.conftest import react

pytestmark = pytest.mark.usefixtures(SHARED_SITE)


def section(html):
    """The reactions section of an article's HTML."""
    match = re.search(r'<section class="reactions".*?</section>', html, re.S)
    return match.group(0) if match else ""


def test_pending_and_rejected_reactions_are_not_shown(client, articles):
    dutch, _ = articles
    react(dutch, Reaction.Status.PENDING, text="Nog niet gemodereerd.")
    react(dutch, Reaction.Status.REJECTED, text="Afgewezen reclame.")
    html = client.get(dutch.url).content.decode()
    assert "Nog niet gemodereerd." not in html
    assert "Afgewezen reclame." not in html
    assert "Praat mee!" in section(html)
    assert "reacties" not in section(html).split("</h2>")[0]


def test_approved_reactions_are_listed_oldest_first_with_name_date_and_count(client, articles):
    dutch, _ = articles
    earlier = timezone.make_aware(datetime.datetime(2025, 3, 21, 10))
    react(dutch, name="Later", text="Tweede reactie.")
    react(dutch, name="Eerder", text="Eerste reactie.", created_at=earlier)
    html = section(client.get(dutch.url).content.decode())
    assert '<h2 id="reactions-heading">2 reacties</h2>' in html
    assert html.index("Eerste reactie.") < html.index("Tweede reactie.")
    assert "Eerder" in html and "21 maart 2025" in html


def test_one_reaction_is_counted_in_the_singular(client, articles):
    dutch, english = articles
    react(dutch)
    react(english, text="Good to read.")
    assert "1 reactie</h2>" in client.get(dutch.url).content.decode()
    assert "1 reaction</h2>" in client.get(english.url).content.decode()


def test_the_reactors_e_mail_address_is_nowhere_in_the_page(client, articles):
    dutch, _ = articles
    react(dutch, email="geheim.adres@example.org")
    html = client.get(dutch.url).content.decode()
    assert "Fatima" in html
    assert "geheim.adres" not in html
    for data in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        assert "geheim.adres" not in json.dumps(json.loads(data))


def test_a_reaction_stays_with_the_language_of_its_page(client, articles):
    dutch, english = articles
    react(dutch, text="Een reactie in het Nederlands.")
    react(english, name="Sam", text="A reaction in English.")
    dutch_html = client.get(dutch.url).content.decode()
    english_html = client.get(english.url).content.decode()
    assert "Een reactie in het Nederlands." in dutch_html
    assert "A reaction in English." not in dutch_html
    assert "A reaction in English." in english_html
    assert "Een reactie in het Nederlands." not in english_html
    assert "Join the conversation!" in english_html
    assert "Your e-mail address will not be published." in english_html


def test_the_form_says_the_address_is_not_published_and_marks_required_fields(client, articles):
    dutch, _ = articles
    html = section(client.get(dutch.url).content.decode())
    assert "Je e-mailadres wordt niet gepubliceerd." in html
    assert "Verplichte velden zijn gemarkeerd met *" in html
    for label in ("Naam", "E-mailadres", "Je reactie"):
        assert re.search(rf">{label} <span class=\"required\" aria-hidden=\"true\">\*</span>", html)
    assert f'action="/reacties/{dutch.pk}/"' in html
    english_html = client.get(articles[1].url).content.decode()
    assert f'action="/en/reactions/{articles[1].pk}/"' in english_html


def test_reactions_close_the_set_number_of_days_after_the_articles_date(client, articles, open_for):
    dutch, _ = articles
    react(dutch, text="Een oude reactie blijft staan.")
    days_since = (timezone.localdate() - dutch.date).days
    open_for(days_since + 1)  # today is the last day
    assert "<form" in section(client.get(dutch.url).content.decode())

    open_for(days_since)  # closed since this morning
    html = section(client.get(dutch.url).content.decode())
    assert "Reageren is gesloten." in html
    assert "<form" not in html
    assert "Een oude reactie blijft staan." in html


def test_an_article_with_its_own_period_stays_open_after_the_others_closed(
    client, articles, open_for
):
    dutch, english = articles
    settings = open_for(30)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    ReactionPeriod.objects.create(settings=settings, page=dutch, open_until=tomorrow)
    assert "<form" in section(client.get(dutch.url).content.decode())
    assert "Reactions are closed." in section(client.get(english.url).content.decode())


def test_a_new_site_closes_reactions_thirty_days_after_the_article(db):
    assert ReactionSettings.load().days_open == 30


def test_a_private_page_shows_no_reactions(client, articles):
    dutch, _ = articles
    react(dutch, text="Zichtbaar zolang het artikel openbaar is.")
    PageViewRestriction.objects.create(
        page=dutch, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    response = client.get(dutch.url)
    assert "Zichtbaar zolang" not in response.content.decode()


def test_a_preview_shows_no_reactions(articles):
    dutch, _ = articles
    react(dutch, text="Niet in een voorbeeldweergave.")
    response = dutch.make_preview_request()
    assert dutch.title in response.content.decode()
    assert "Niet in een voorbeeldweergave." not in response.content.decode()


def test_a_draft_page_shows_no_reactions(client, articles):
    dutch, _ = articles
    react(dutch, text="Niet bij een ingetrokken artikel.")
    dutch.unpublish()
    assert client.get(dutch.url).status_code == 404
