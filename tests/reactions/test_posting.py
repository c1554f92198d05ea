"""A visitor sends a reaction: it is kept pending and the visitor is told so on the article
(Post/Redirect/Get); mistakes come back with the errors and what was typed; spam (the trap
field, too many posts, too many links) and posts to closed or hidden articles are refused
with a page that says why, in the article's language."""

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import PageViewRestriction

from newsroom.roles import EDITORS, WRITERS
from reactions.models import Reaction
from reactions.views import REACTIONS_PER_CLIENT
from tests.conftest import SHARED_SITE
from tests.reactions.conftest import form_data

pytestmark = pytest.mark.usefixtures(SHARED_SITE)


def post_url(page):
    return (
        f"/reacties/{page.pk}/"
        if page.locale.language_code == "nl"
        else (f"/en/reactions/{page.pk}/")
    )


def test_a_reaction_is_kept_pending_and_the_visitor_told_it_awaits_moderation(client, articles):
    dutch, _ = articles
    response = client.post(post_url(dutch), form_data())
    assert response.status_code == 303
    assert response["Location"] == dutch.url + "#reactions"
    reaction = Reaction.objects.get()
    assert (reaction.page_id, reaction.status) == (dutch.pk, Reaction.Status.PENDING)
    assert (reaction.name, reaction.email) == ("Joost", "joost@example.org")

    landing = client.get(response["Location"])
    html = landing.content.decode()
    assert "Bedankt voor je reactie! Ze wacht op moderatie" in html
    assert "Bij ons in Deventer" not in html
    # Told once: the message's cookie goes (as a browser drops an expired cookie), and the
    # next visit is an ordinary article from the page cache again.
    assert landing.cookies["messages"]["max-age"] == 0
    del client.cookies["messages"]
    again = client.get(dutch.url)
    assert "wacht op moderatie" not in again.content.decode()
    assert client.get(dutch.url)["X-Page-Cache"] == "hit"


def test_an_english_visitor_is_answered_in_english(client, articles):
    _, english = articles
    response = client.post(post_url(english), form_data(text="We work like this too."))
    html = client.get(response["Location"]).content.decode()
    assert "Thank you for your reaction. It awaits moderation" in html
    assert Reaction.objects.get().page_id == english.pk


def test_the_article_page_stays_in_the_cache_for_visitors_who_did_not_post(client, articles):
    dutch, _ = articles
    first = client.get(dutch.url)
    assert "csrftoken" not in first.cookies
    assert "public" in first["Cache-Control"]
    assert client.get(dutch.url)["X-Page-Cache"] == "hit"


def test_a_mistake_brings_the_form_back_with_the_errors_and_what_was_typed(client, articles):
    dutch, _ = articles
    response = client.post(post_url(dutch), form_data(email="geen-adres", name=""))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Je reactie is nog niet verzonden" in html
    assert "Dit is een verplicht veld." in html
    assert "Bij ons in Deventer werken we ook zo." in html
    assert 'value="geen-adres"' in html
    assert dutch.title in html  # the whole article, not a bare form
    assert not Reaction.objects.exists()


def test_a_bot_filling_the_hidden_field_is_answered_alike_but_nothing_is_kept(client, articles):
    dutch, _ = articles
    response = client.post(post_url(dutch), form_data(website="https://spam.example"))
    assert response.status_code == 303
    assert not Reaction.objects.exists()
    assert not mail.outbox


def test_more_than_two_links_are_refused_with_a_helpful_message(client, articles):
    dutch, _ = articles
    links = "Zie https://a.example, https://b.example en www.c.example."
    response = client.post(post_url(dutch), form_data(text=links))
    assert response.status_code == 400
    assert "Je reactie bevat meer dan 2 links. Haal er een paar weg" in response.content.decode()
    assert not Reaction.objects.exists()

    two = "Zie https://a.example en https://b.example."
    assert client.post(post_url(dutch), form_data(text=two)).status_code == 303


def test_a_name_with_a_web_address_and_an_overlong_text_are_refused(client, articles):
    dutch, _ = articles
    response = client.post(post_url(dutch), form_data(name="www.goedkoop.example", text="x" * 2001))
    html = response.content.decode()
    assert response.status_code == 400
    assert "Geef je naam graag zonder webadres." in html
    assert "Zorg dat deze waarde niet meer dan 2000 tekens bevat" in html
    assert 'maxlength="2000"' in html


def test_a_visitor_posting_too_often_gets_the_429_page(client, articles):
    dutch, _ = articles
    for _ in range(REACTIONS_PER_CLIENT):
        assert client.post(post_url(dutch), form_data()).status_code == 303
    response = client.post(post_url(dutch), form_data())
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert Reaction.objects.count() == REACTIONS_PER_CLIENT


def test_a_post_to_a_closed_article_is_refused_even_sent_directly(client, articles, open_for):
    dutch, _ = articles
    open_for((timezone.localdate() - dutch.date).days)
    response = client.post(post_url(dutch), form_data())
    assert response.status_code == 403
    assert "Reageren is gesloten" in response.content.decode()
    assert not Reaction.objects.exists()


@pytest.mark.parametrize("hide", ["unpublish", "restrict"])
def test_a_post_to_a_page_the_public_may_not_see_is_not_found(client, articles, hide):
    dutch, _ = articles
    if hide == "unpublish":
        dutch.unpublish()
    else:
        PageViewRestriction.objects.create(
            page=dutch, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
        )
    assert client.post(post_url(dutch), form_data()).status_code == 404
    assert not Reaction.objects.exists()


def test_only_news_items_take_reactions(client, articles, home_pages):
    assert client.post(post_url(home_pages[0]), form_data()).status_code == 404
    assert client.get(post_url(articles[0])).status_code == 405


def test_a_post_from_a_page_of_another_site_is_refused(client, articles):
    dutch, _ = articles
    response = client.post(
        post_url(dutch), form_data(), headers={"Origin": "https://elders.example"}
    )
    assert response.status_code == 403
    assert "Je reactie is niet verzonden" in response.content.decode()
    assert not Reaction.objects.exists()
    same_site = client.post(post_url(dutch), form_data(), headers={"Origin": "http://testserver"})
    assert same_site.status_code == 303


@pytest.mark.data_migrations  # the roles
def test_the_members_of_eindredactie_are_mailed_a_link_to_the_queue(client, articles, member_of):
    dutch, _ = articles
    member_of(EDITORS, "eindredacteur")
    member_of(EDITORS, "vertrokken").__class__.objects.filter(username="vertrokken").update(
        is_active=False
    )
    member_of(WRITERS, "schrijver")
    client.post(post_url(dutch), form_data(email="lezer.prive@example.org"))

    [message] = mail.outbox
    assert message.to == ["eindredacteur@example.org"]
    assert message.subject == (
        "[Radicale vernieuwing] Nieuwe reactie op ‘Bewegingen bundelen krachten’ wacht op moderatie"
    )
    assert "lezer.prive" not in message.subject
    assert "lezer.prive" not in message.body
    assert "Bij ons in Deventer werken we ook zo." in message.body
    assert "http://testserver/admin/snippets/reactions/reaction/?status=pending" in message.body
