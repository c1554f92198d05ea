"""Eindredactie moderate reactions in the admin's queue: approve or reject one or many, and
the article shows the change at once, cached or not; Redactie may read the queue but not
moderate; staff delete a reaction on request (AVG/GDPR)."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from newsroom.roles import EDITORS, WRITERS
from reactions.models import Reaction, ReactionSettings
from tests.conftest import SHARED_SITE
from tests.reactions.conftest import react

pytestmark = [pytest.mark.usefixtures(SHARED_SITE), pytest.mark.data_migrations]

QUEUE = "/admin/snippets/reactions/reaction/"


def bulk(client, action, reactions):
    url = reverse("wagtail_bulk_action", args=["reactions", "reaction", action])
    query = "&".join(f"id={reaction.pk}" for reaction in reactions)
    return client.post(f"{url}?{query}&next={QUEUE}")


def statuses(reactions):
    return [Reaction.objects.get(pk=reaction.pk).status for reaction in reactions]


@pytest.fixture
def staff_client(member_of):
    """The admin in the browser of a member of `role` (the admin's forms carry their CSRF
    token; the test client skips that check)."""

    def log_in(role):
        client = Client()
        client.force_login(member_of(role))
        return client

    return log_in


@pytest.fixture
def editor_client(staff_client):
    return staff_client(EDITORS)


def test_eindredactie_see_the_pending_reactions_in_the_queue_with_filters(editor_client, articles):
    dutch, english = articles
    react(dutch, Reaction.Status.PENDING, name="Wachtende", text="Graag meer hierover.")
    react(english, Reaction.Status.APPROVED, name="Goedgekeurde", text="Fine piece.")
    html = editor_client.get(QUEUE + "?status=pending").content.decode()
    assert "Reacties" in html
    assert "Wachtende" in html and "Goedgekeurde" not in html
    assert "Graag meer hierover." in html
    assert "Goedkeuren" in html and "Afwijzen" in html
    found = editor_client.get(QUEUE + "?q=Fine").content.decode()
    assert "Goedgekeurde" in found and "Wachtende" not in found
    in_english = editor_client.get(QUEUE + f"?page__locale={english.locale_id}").content.decode()
    assert "Goedgekeurde" in in_english and "Wachtende" not in in_english
    assert "Engels" in in_english and english.title in in_english


def test_eindredactie_approve_reactions_in_bulk_and_the_cached_article_shows_them(
    editor_client, articles, django_capture_on_commit_callbacks
):
    dutch, _ = articles
    first = react(dutch, Reaction.Status.PENDING, text="Eerste wachtende reactie.")
    second = react(dutch, Reaction.Status.PENDING, text="Tweede wachtende reactie.")
    visitor = Client()
    assert visitor.get(dutch.url).status_code == 200
    assert visitor.get(dutch.url)["X-Page-Cache"] == "hit"

    confirm = editor_client.get(
        reverse("wagtail_bulk_action", args=["reactions", "reaction", "approve"])
        + f"?id={first.pk}&id={second.pk}"
    )
    assert "Deze reacties onder hun artikelen publiceren?" in confirm.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = bulk(editor_client, "approve", [first, second])
    assert response.status_code == 302
    assert statuses([first, second]) == ["approved", "approved"]
    html = visitor.get(dutch.url).content.decode()
    assert "Eerste wachtende reactie." in html and "Tweede wachtende reactie." in html
    assert "2 reacties" in html
    moderated = Reaction.objects.get(pk=first.pk)
    assert moderated.moderated_by.username == "eindredactie" and moderated.moderated_at


def test_eindredactie_reject_reactions_and_a_rejected_one_leaves_the_article(
    editor_client, articles, django_capture_on_commit_callbacks
):
    dutch, _ = articles
    shown = react(dutch, text="Eerst goedgekeurd, later toch niet.")
    pending = react(dutch, Reaction.Status.PENDING, text="Nooit getoond.")
    visitor = Client()
    assert "Eerst goedgekeurd" in visitor.get(dutch.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        bulk(editor_client, "reject", [shown, pending])
    assert statuses([shown, pending]) == ["rejected", "rejected"]
    html = visitor.get(dutch.url).content.decode()
    assert "Eerst goedgekeurd" not in html and "Nooit getoond." not in html


def test_one_reaction_is_approved_from_its_rows_button(editor_client, articles):
    dutch, _ = articles
    reaction = react(dutch, Reaction.Status.PENDING)
    html = editor_client.get(QUEUE + "?status=pending&q=").content.decode()
    approve_url = (
        reverse("wagtail_bulk_action", args=["reactions", "reaction", "approve"])
        + f"?id={reaction.pk}&amp;next="
        + "%2Fadmin%2Fsnippets%2Freactions%2Freaction%2F%3Fstatus%3Dpending%26q%3D"
    )
    assert approve_url in html
    bulk(editor_client, "approve", [reaction])
    assert statuses([reaction]) == ["approved"]


def test_approving_purges_the_article_from_a_cache_in_front(
    editor_client, articles, settings, monkeypatch, django_capture_on_commit_callbacks
):
    dutch, english = articles
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }
    purged = []
    monkeypatch.setattr("core.purge.purge_urls_from_cache", purged.extend)
    monkeypatch.setattr("core.purge.ban_pages_showing", lambda keys: None)
    reaction = react(dutch, Reaction.Status.PENDING)
    with django_capture_on_commit_callbacks(execute=True):
        bulk(editor_client, "approve", [reaction])
    assert dutch.full_url in purged


def test_redactie_may_read_the_queue_but_not_approve(staff_client, articles):
    dutch, _ = articles
    client = staff_client(WRITERS)
    reaction = react(dutch, Reaction.Status.PENDING, name="Lezer")
    listing = client.get(QUEUE)
    assert listing.status_code == 200 and "Lezer" in listing.content.decode()
    assert f"approve/?id={reaction.pk}" not in listing.content.decode()
    bulk(client, "approve", [reaction])
    assert statuses([reaction]) == ["pending"]
    edit = reverse("wagtailsnippets_reactions_reaction:edit", args=[reaction.pk])
    client.post(edit, {"status": "approved", "name": "Lezer", "text": "Goedgekeurd?"})
    assert statuses([reaction]) == ["pending"]


def test_staff_cannot_add_a_reaction_in_a_visitors_name(editor_client, articles):
    add = reverse("wagtailsnippets_reactions_reaction:add")
    assert editor_client.get(add, follow=True).redirect_chain  # sent away: no permission


def test_eindredactie_delete_a_reaction_on_request_and_it_leaves_the_article(
    editor_client, articles, django_capture_on_commit_callbacks
):
    dutch, _ = articles
    reaction = react(dutch, text="Haal mijn reactie weg, alstublieft.")
    visitor = Client()
    assert "Haal mijn reactie weg" in visitor.get(dutch.url).content.decode()
    delete = reverse("wagtailsnippets_reactions_reaction:delete", args=[reaction.pk])
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(delete)
    assert not Reaction.objects.exists()
    assert "Haal mijn reactie weg" not in visitor.get(dutch.url).content.decode()


def test_editing_a_shown_reaction_updates_the_article(
    editor_client, articles, django_capture_on_commit_callbacks
):
    dutch, _ = articles
    reaction = react(dutch, text="Bel me op 06-12345678.")
    visitor = Client()
    assert "06-12345678" in visitor.get(dutch.url).content.decode()
    edit = reverse("wagtailsnippets_reactions_reaction:edit", args=[reaction.pk])
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(
            edit, {"status": "approved", "name": "Fatima", "text": "Neem gerust contact op."}
        )
    html = visitor.get(dutch.url).content.decode()
    assert "06-12345678" not in html and "Neem gerust contact op." in html


def test_eindredactie_set_the_days_and_an_articles_own_period_in_the_settings(
    editor_client, articles
):
    dutch, _ = articles
    url = reverse("wagtailsettings:edit", args=["reactions", "reactionsettings"])
    page = editor_client.get(url, follow=True)
    url = page.redirect_chain[-1][0]
    assert page.status_code == 200
    assert "Eigen periode van een artikel" in page.content.decode()
    data = nested_form_data(
        {
            "days_open": 14,
            "periods": inline_formset([{"page": dutch.pk, "open_until": "2031-12-31"}]),
        }
    )
    editor_client.post(url, data)
    settings = ReactionSettings.load()
    assert settings.days_open == 14
    assert settings.closes_on(dutch) == datetime.date(2032, 1, 1)
