"""Staff add events in the admin: an end before the start is refused with a clear message in
the editor's language, and so is an event published without a place or an online link; a
draft may leave the place for later."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from events.models import EventPage
from tests.conftest import SHARED_SITE
from tests.events.factories import at

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures(SHARED_SITE)]

MESSAGES = {
    "nl": (
        "Het einde moet na het begin liggen.",
        "Vul een locatie in, een online link of allebei.",
    ),
    "en": ("The end must be after the start.", "Give a location, an online link, or both."),
}


@pytest.fixture(params=["nl", "en"])
def editor(request, client, django_user_model):
    """A staff member whose admin speaks `language`."""
    user = django_user_model.objects.create_superuser("redactie", "r@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = request.param
    profile.save()
    client.force_login(user)
    return client, request.param


def event_form(start, end, location="Utrecht", online_url=""):
    return nested_form_data(
        {
            "title": "Halfjaarlijkse bijeenkomst",
            "slug": "halfjaarlijkse-bijeenkomst",
            "start": start,
            "end": end,
            "location": location,
            "online_url": online_url,
            "registration_url": "",
            "lead": "Bestuurders en coördinatoren komen bij elkaar.",
            "body": streamfield([]),
            "theme_links": inline_formset([]),
            "comments": inline_formset([]),
        }
    )


def add_event(client, agenda, data, action="action-publish"):
    data = {**data, action: action}
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", agenda.pk])
    return client.post(url, data)


def test_an_end_before_the_start_is_refused_with_a_clear_message(editor, agendas):
    client, language = editor
    agenda, _ = agendas
    answer = add_event(client, agenda, event_form("2022-04-07 17:00", "2022-04-07 13:00"))
    assert answer.status_code == 200
    assert MESSAGES[language][0] in answer.content.decode()
    assert not EventPage.objects.exists()

    # The same moment for both is no event either; a draft is held to it too.
    same = event_form("2022-04-07 13:00", "2022-04-07 13:00")
    answer = add_event(client, agenda, same, action="action-save")
    assert MESSAGES[language][0] in answer.content.decode()
    assert not EventPage.objects.exists()


def test_a_published_event_needs_a_place_or_an_online_link(editor, agendas):
    client, language = editor
    agenda, _ = agendas
    nowhere = event_form("2022-04-07 13:00", "2022-04-07 17:00", location=" ")
    answer = add_event(client, agenda, nowhere)
    assert answer.status_code == 200 and MESSAGES[language][1] in answer.content.decode()
    assert not EventPage.objects.exists()

    answer = add_event(client, agenda, nowhere, action="action-save")
    assert answer.status_code == 302
    assert not EventPage.objects.get().live

    online = event_form(
        "2022-04-08 13:00", "2022-04-08 17:00", location="", online_url="https://example.org/x"
    )
    online["slug"] = "online"
    assert add_event(client, agenda, online).status_code == 302
    assert EventPage.objects.get(slug="online").live


def test_a_good_event_is_published_in_amsterdam_time(editor, agendas):
    client, _ = editor
    agenda, _ = agendas
    answer = add_event(client, agenda, event_form("2022-04-07 13:00", "2022-04-07 17:00"))
    assert answer.status_code == 302
    event = EventPage.objects.get()
    assert event.live and (event.start, event.end) == (at(2022, 4, 7, 13), at(2022, 4, 7, 17))


def test_the_model_refuses_an_end_before_the_start_and_the_feeds_address_as_slug(agendas):
    agenda, _ = agendas
    event = EventPage(title="Omgekeerd", start=at(2022, 4, 7, 17), end=at(2022, 4, 7, 13), lead="x")
    with pytest.raises(ValidationError) as refused:
        agenda.add_child(instance=event)
    assert "end" in refused.value.message_dict

    feed = EventPage(title="ics", slug="ics", start=at(2022, 4, 7, 13), end=at(2022, 4, 7, 17))
    feed.lead = "x"
    with pytest.raises(ValidationError) as refused:
        agenda.add_child(instance=feed)
    assert "slug" in refused.value.message_dict
