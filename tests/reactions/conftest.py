import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client

from reactions.models import Reaction, ReactionSettings


@pytest.fixture(autouse=True)
def forget_throttles():
    """The throttle counts in the cache, which outlives a test's database."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client():
    """A visitor's browser, with CSRF checked as in production (Django's test client skips
    the check unless asked): the reaction form must work without a token."""
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def open_for(db):
    """Reactions open for `days` after an article's date (ReactionSettings)."""

    def set_days(days):
        settings = ReactionSettings.load()
        settings.days_open = days
        settings.save()
        return settings

    return set_days


@pytest.fixture
def articles(bilingual, open_for):
    """The Dutch news item and its English translation, both open for reactions (the
    bilingual site's item is dated 20 March 2025)."""
    open_for(3650)
    dutch, english = bilingual
    return dutch["news"], english["news"]


def react(page, status=Reaction.Status.APPROVED, **fields):
    fields.setdefault("name", "Fatima")
    fields.setdefault("email", "fatima@example.org")
    fields.setdefault("text", "Mooi om te lezen hoe dit in de wijk werkt.")
    return Reaction.objects.create(page=page, status=status, **fields)


def form_data(**fields):
    return {
        "name": "Joost",
        "email": "joost@example.org",
        "text": "Bij ons in Deventer werken we ook zo.",
        "website": "",
        **fields,
    }


@pytest.fixture
def member_of(django_user_model):
    """A staff member of one of the newsroom's roles, with an e-mail address."""

    def make(role, username=None, email=None):
        username = username or role.lower()
        user = django_user_model.objects.create_user(
            username, email=email or f"{username}@example.org", password="lang-wachtwoord"
        )
        user.groups.add(Group.objects.get(name=role))
        return user

    return make
