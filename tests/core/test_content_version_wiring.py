"""The shell cache's content version (core/cache.py) changes on exactly the changes a
visitor would see in the header, switcher or footer, as wired by core/signals.py: a page
published, unpublished, moved or deleted, a restriction added or removed, site settings or
texts saved; and not on an unrelated save.

The `rewired` fixture takes core/signals.py's receivers off and connects them again with
`connect()`, so these tests check what `connect()` wires (it otherwise runs only once, when
Django starts), and puts the original receivers back afterwards.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core.signals import request_started
from django.db.models.signals import post_delete, post_save
from taggit.models import Tag
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import privacy, signals
from core.cache import content_version
from core.models import KeywordName, SiteSettings, SiteTexts
from news.models import NewsIndexPage
from tests.factories import make_news, publish

pytestmark = pytest.mark.django_db

SIGNALS = [post_save, post_delete, request_started, page_published, page_unpublished]
SIGNALS.append(post_page_move)
OUR_MODULES = ("core.signals", "core.cache", "core.privacy", "core.keywords")


def is_ours(receiver):
    target = receiver[1]() if callable(receiver[1]) else receiver[1]
    return getattr(target, "__module__", "") in OUR_MODULES


@pytest.fixture
def rewired():
    saved = {signal: list(signal.receivers) for signal in SIGNALS}
    for signal in SIGNALS:
        with signal.lock:
            signal.receivers = [r for r in signal.receivers if not is_ours(r)]
            signal.sender_receivers_cache.clear()
    signals.connect()
    yield
    for signal, receivers in saved.items():
        with signal.lock:
            signal.receivers = receivers
            signal.sender_receivers_cache.clear()


def changes_version(action):
    before = content_version()
    action()
    return content_version() != before


def test_the_version_stays_the_same_until_something_changes(rewired):
    assert content_version() == content_version()
    # A user is no page, restriction, setting or text.
    user = get_user_model().objects.create_user("lezer")
    assert not changes_version(user.save)
    assert not changes_version(user.delete)


def test_publishing_unpublishing_moving_and_deleting_a_page_each_start_a_new_version(
    rewired, sections
):
    page = make_news(sections["news"], "Bericht")
    assert changes_version(lambda: page.save_revision().publish())
    assert changes_version(page.unpublish)
    home = sections["news"].get_parent()
    other = publish(home, NewsIndexPage(title="Archief", slug="archief", locale=home.locale))
    assert changes_version(lambda: Page.objects.get(pk=page.pk).move(other, "last-child"))
    assert changes_version(lambda: Page.objects.get(pk=page.pk).delete())


def test_adding_and_removing_a_restriction_start_a_new_version_and_hide_the_section(
    rewired, sections
):
    news = sections["news"]
    restriction = None

    def restrict():
        nonlocal restriction
        restriction = PageViewRestriction.objects.create(
            page=news, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
        )

    assert changes_version(restrict)
    assert privacy.private_roots() == (news.path,)
    assert changes_version(restriction.delete)
    assert privacy.private_roots() == ()


def test_saving_site_settings_or_site_texts_starts_a_new_version(rewired, home_pages):
    settings = SiteSettings.load()
    assert changes_version(settings.save)
    texts = SiteTexts(locale=Locale.get_default())
    assert changes_version(texts.save)


def test_each_request_works_out_afresh_what_is_private(rewired, client, sections):
    assert privacy.private_roots() == ()
    # A restriction made behind the signals' back, as another process would.
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=sections["news"], restriction_type="password", password="x")]
    )
    assert privacy.private_roots() == ()  # remembered within this request
    client.get("/")
    assert privacy.private_roots() == (sections["news"].path,)


def test_a_new_keyword_gets_its_name_in_the_default_language(rewired, home_pages):
    tag = Tag.objects.create(name="Burgerkracht", slug="burgerkracht")
    name = KeywordName.objects.get(tag=tag)
    assert (name.locale, name.name, name.slug) == (
        Locale.get_default(),
        "Burgerkracht",
        "burgerkracht",
    )
    tag.name = "Burgerkracht!"
    tag.save()  # only a new tag is named: staff may have renamed it since
    assert KeywordName.objects.get(tag=tag).name == "Burgerkracht"
