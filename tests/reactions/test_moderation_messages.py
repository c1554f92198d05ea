"""What Eindredactie read after approving or rejecting reactions in the queue: how many,
in the singular or plural, in Dutch."""

import pytest

from reactions.models import Reaction
from tests.conftest import SHARED_SITE
from tests.reactions.conftest import react
from tests.reactions.test_moderation import QUEUE, bulk, editor_client, staff_client  # noqa: F401

pytestmark = [pytest.mark.usefixtures(SHARED_SITE), pytest.mark.data_migrations]


def message_after(client, action, reactions):
    response = bulk(client, action, reactions)
    assert response.status_code == 302 and response["Location"] == QUEUE
    return client.get(QUEUE).content.decode()


def test_approving_says_how_many_are_now_shown(editor_client, articles):  # noqa: F811
    dutch, english = articles
    first = react(dutch, Reaction.Status.PENDING)
    second = react(english, Reaction.Status.PENDING)
    html = message_after(editor_client, "approve", [first, second])
    assert "2 reacties goedgekeurd: ze staan onder hun artikelen." in html
    third = react(dutch, Reaction.Status.PENDING)
    html = message_after(editor_client, "approve", [third])
    assert "1 reactie goedgekeurd: ze staat onder haar artikel." in html


def test_rejecting_says_how_many(editor_client, articles):  # noqa: F811
    dutch, _ = articles
    one = react(dutch, Reaction.Status.PENDING)
    assert "1 reactie afgewezen." in message_after(editor_client, "reject", [one])
    two = [react(dutch, Reaction.Status.PENDING), react(dutch)]
    assert "2 reacties afgewezen." in message_after(editor_client, "reject", two)
