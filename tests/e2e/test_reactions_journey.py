"""A visitor writes a reaction under a news item in Chromium and is told it awaits
moderation, without seeing it on the page; a member of Eindredactie approves it in the
admin's queue, and after a reload the visitor sees it under the article. In both languages."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from newsroom.roles import EDITORS
from reactions.models import Reaction, ReactionSettings
from tests.e2e.conftest import tab_on

pytestmark = pytest.mark.browser

WORDS = {
    "nl": {
        "name": "Naam",
        "email": "E-mailadres",
        "text": "Je reactie",
        "send": "Reactie plaatsen",
        "awaiting": "Ze wacht op moderatie",
        "one": "1 reactie",
        "mistake": "Dit is een verplicht veld.",
    },
    "en": {
        "name": "Name",
        "email": "E-mail address",
        "text": "Your reaction",
        "send": "Send reaction",
        "awaiting": "It awaits moderation",
        "one": "1 reaction",
        "mistake": "This field is required.",
    },
}


def eindredactie():
    """The Eindredactie group with what moderation needs. A browser journey empties the
    database after it, the roles of newsroom's and reactions' migrations included, so a
    second journey in a row finds them gone; its grants are checked in
    tests/reactions/test_moderation.py."""
    group = Group.objects.get_or_create(name=EDITORS)[0]
    group.permissions.add(
        *Permission.objects.filter(codename="access_admin", content_type__app_label="wagtailadmin"),
        *Permission.objects.filter(
            codename__in=["view_reaction", "change_reaction"], content_type__app_label="reactions"
        ),
    )
    return group


def log_in_as_eindredactie(tab):
    user = get_user_model().objects.create_user(
        "eindredactie", "eindredactie@example.org", "geheim-123"
    )
    user.groups.add(eindredactie())
    tab.goto("/admin/login/")
    tab.locator("#id_username").fill("eindredactie")
    tab.locator("#id_password").fill("geheim-123")
    tab.locator("button[type=submit]").click()
    tab.wait_for_url("**/admin/")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_reaction_awaits_moderation_until_eindredactie_approve_it(
    page, browser, live_server, bilingual, language
):
    settings = ReactionSettings.load()
    settings.days_open = 3650  # the item is dated 20 March 2025
    settings.save()
    article = bilingual[0 if language == "nl" else 1]["news"]
    words = WORDS[language]
    text = "Bij ons in de wijk werkt het net zo: eerst luisteren, dan pas plannen maken."

    page.goto(article.url)
    reactions = page.locator("#reactions")
    reactions.get_by_label(words["name"]).fill("Joost")
    reactions.get_by_label(words["text"]).fill(text)
    reactions.get_by_role("button", name=words["send"]).click()
    # A forgotten field: the form comes back with the error, and the text is still there.
    reactions.get_by_text(words["mistake"]).wait_for()
    assert reactions.get_by_label(words["text"]).input_value() == text
    reactions.get_by_label(words["email"]).fill("joost@example.org")
    reactions.get_by_role("button", name=words["send"]).click()

    page.get_by_role("status").filter(has_text=words["awaiting"]).wait_for()
    assert page.url.endswith(article.url + "#reactions")
    assert text not in reactions.inner_text()
    assert "joost@example.org" not in page.content()
    assert Reaction.objects.get().status == Reaction.Status.PENDING

    with tab_on(browser, live_server, locale="nl-NL") as admin:
        log_in_as_eindredactie(admin)
        admin.goto("/admin/snippets/reactions/reaction/?status=pending")
        row = admin.locator("tr", has_text="Joost")
        row.get_by_role("link", name="Goedkeuren").click()
        admin.get_by_role("button", name="Ja, goedkeuren").click()
        admin.get_by_text("1 reactie goedgekeurd").wait_for()

    page.reload()
    reactions = page.locator("#reactions")
    assert reactions.get_by_role("heading", level=2).inner_text() == words["one"]
    assert text in reactions.locator(".reaction-list").inner_text()
    assert "Joost" in reactions.locator(".reaction-list").inner_text()
    assert words["awaiting"] not in page.content()
