"""Content the public may not see is absent from every place that lists pages, in both
languages: a draft that was never published, pages in a section staff restricted with a
password or a login, the English translation of a restricted Dutch page, and a page past its
expiry date.

Each case builds the same hidden content beside the `bilingual` fixture's public pages: a
news item, a publication, a participant and a central theme, all naming the public theme and
keyword, dated newest, highlighted on the home page, and a section in the menu. Were any of
it public, it would show on every surface below; the public pages are checked on the same
surface, so an empty or broken answer cannot pass for a hidden one.
"""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from core.translation import translate_page
from home.models import HomePageFeatured
from news.models import NewsIndexPage, PublicationIndexPage
from participants.models import ParticipantIndexPage
from tests.factories import make_news, make_participant, make_publication, make_theme, publish
from themes.models import ThemeIndexPage

pytestmark = pytest.mark.django_db

# Every hidden page's Dutch title and slug carry the first word, its English ones the second:
# words no page of the site uses otherwise.
DUTCH_MARK, ENGLISH_MARK = "kwartelkoning", "corncrake"

DRAFT, PASSWORD_SECTION, LOGIN_SECTION, TRANSLATION, EXPIRED = (
    "a draft never published",
    "a section restricted by password",
    "a section restricted to logged-in visitors",
    "the English translation of a restricted Dutch page",
    "a page past its expiry date",
)
CASES = [DRAFT, PASSWORD_SECTION, LOGIN_SECTION, TRANSLATION, EXPIRED]

INDEX_TYPES = {
    "news": NewsIndexPage,
    "publications": PublicationIndexPage,
    "participants": ParticipantIndexPage,
    "themes": ThemeIndexPage,
}


def translated(page, english, dutch_title, english_title):
    return translate_page(
        page,
        english,
        {dutch_title: english_title, page.slug: english_title.lower().replace(" ", "-")},
    )


def build_hidden_content(case, sections, bilingual, home_pages, english):
    """The hidden pages of `case`, in Dutch and English, hidden the way `case` says."""
    dutch_pages, _ = bilingual
    theme = dutch_pages["theme"]
    # A section of each kind, in the menu; in the section cases the hidden items live there.
    internal = {}
    for kind, model in INDEX_TYPES.items():
        title = f"Kwartelkoning {kind}"
        index = publish(
            home_pages[0],
            model(
                title=title, slug=f"kwartelkoning-{kind}", show_in_menus=True, locale=theme.locale
            ),
        )
        translated(index, english, title, f"Corncrake {kind}")
        internal[kind] = index
    in_section = case in (PASSWORD_SECTION, LOGIN_SECTION)
    parent = internal if in_section else sections
    newest = datetime.date.today()
    items = [
        make_news(
            parent["news"],
            "Kwartelkoning bericht",
            themes=[theme],
            date=newest,
            keywords=["zorgonderwijs"],
        ),
        make_publication(
            parent["publications"],
            "Kwartelkoning rapport",
            themes=[theme],
            date=newest,
            keywords=["zorgonderwijs"],
        ),
        make_participant(parent["participants"], "Kwartelkoning deelnemer", themes=[theme]),
        make_theme(parent["themes"], "Kwartelkoning thema", is_central=True),
    ]
    english_items = [
        translated(item, english, item.title, item.title.replace("Kwartelkoning", "Corncrake"))
        for item in items
    ]
    for home, language_items in zip(home_pages, (items, english_items), strict=True):
        for order, page in enumerate([*language_items[:2], language_items[3]]):
            HomePageFeatured.objects.create(home=home, page=page, sort_order=order)
        # A public highlight too, so an empty highlights section cannot pass.
        public = bilingual[home is home_pages[1]]["publication"]
        HomePageFeatured.objects.create(home=home, page=public, sort_order=9)

    every_hidden = [*internal.values(), *items]
    every_hidden += [page.get_translation(english) for page in internal.values()]
    every_hidden += english_items
    if case == DRAFT:
        Page.objects.filter(pk__in=[page.pk for page in every_hidden]).update(
            live=False,
            has_unpublished_changes=True,
            first_published_at=None,
            last_published_at=None,
            live_revision=None,
        )
    elif case == EXPIRED:
        for page in every_hidden:
            page.expire_at = timezone.now() - datetime.timedelta(minutes=1)
            page.save()
    elif case in (PASSWORD_SECTION, LOGIN_SECTION, TRANSLATION):
        kind = PageViewRestriction.LOGIN if case == LOGIN_SECTION else PageViewRestriction.PASSWORD
        # The section cases restrict each language's sections; the translation case only
        # the Dutch pages, which must take their English translations with them.
        restricted = list(internal.values()) + (items if case == TRANSLATION else [])
        if in_section:
            restricted += [page.get_translation(english) for page in internal.values()]
        for page in restricted:
            PageViewRestriction.objects.create(page=page, restriction_type=kind, password="x")


def sitemap(client):
    """The whole sitemap: the index's sitemaps too, when it is split into several."""
    response = client.get("/sitemap-pages.xml")
    assert response.status_code == 200
    text = response.content.decode()
    for location in re.findall(r"<sitemap>\s*<loc>([^<]+)</loc>", text):
        text += client.get(location.replace("http://localhost", "")).content.decode()
    return text


def surfaces(dutch_pages, english_pages):
    """{language: [(where, address, public text the same answer shows)]}."""
    return {
        "nl": [
            ("home page", "/", "Bewegingen bundelen krachten"),
            ("news list", "/nieuws/", "Bewegingen bundelen krachten"),
            ("publication list", "/publicaties/", "Katern onderwijs"),
            ("participant list", "/deelnemers/", "Gemiva"),
            ("theme list", "/themas/", "Zorgzame gemeenschappen"),
            ("RSS feed", "/nieuws/feed/", "Bewegingen bundelen krachten"),
            ("Atom feed", "/nieuws/feed/atom/", "Bewegingen bundelen krachten"),
            ("theme RSS", "/nieuws/feed/zorgzame-gemeenschappen/", "Bewegingen bundelen"),
            ("theme Atom", "/nieuws/feed/zorgzame-gemeenschappen/atom/", "Bewegingen bundelen"),
            ("keyword page", "/trefwoord/zorgonderwijs/", "Bewegingen bundelen krachten"),
            ("news item", dutch_pages["news"].url, "Bewegingen bundelen krachten"),
            ("theme page", dutch_pages["theme"].url, "Katern onderwijs"),
        ],
        "en": [
            ("home page", "/en/", "Movements join forces"),
            ("news list", "/en/news/", "Movements join forces"),
            ("publication list", "/en/publications/", "Education supplement"),
            ("participant list", "/en/participants/", "Gemiva"),
            ("theme list", "/en/themes/", "Caring communities"),
            ("RSS feed", "/en/news/feed/", "Movements join forces"),
            ("Atom feed", "/en/news/feed/atom/", "Movements join forces"),
            ("theme RSS", "/en/news/feed/caring-communities/", "Movements join forces"),
            ("theme Atom", "/en/news/feed/caring-communities/atom/", "Movements join forces"),
            ("keyword page", "/en/keyword/care-education/", "Movements join forces"),
            ("news item", english_pages["news"].url, "Movements join forces"),
            ("theme page", english_pages["theme"].url, "Education supplement"),
        ],
    }


def participant_count(html):
    return int(re.search(r'class="participants-teaser".*?<p>(\d+) ', html, re.S).group(1))


@pytest.fixture(params=CASES)
def hidden(request, bilingual, sections, home_pages, locales):
    build_hidden_content(request.param, sections, bilingual, home_pages, locales[1])
    return request.param


def test_hidden_content_is_on_no_list_feed_page_menu_or_sitemap_in_either_language(
    client, bilingual, hidden
):
    leaks = []
    for language, places in surfaces(*bilingual).items():
        for where, address, public_text in places:
            response = client.get(address)
            assert response.status_code == 200, (language, where, address)
            html = response.content.decode()
            assert public_text in html, (language, where, "public content missing")
            for mark in (DUTCH_MARK, ENGLISH_MARK):
                if mark in html.lower():
                    leaks.append((language, where, address, mark))
    assert leaks == []

    text = sitemap(client)
    assert "/en/news/movements-join-forces/" in text
    assert DUTCH_MARK not in text and ENGLISH_MARK not in text
    # The home page counts the fixture's one public participant, Gemiva, and no other.
    assert participant_count(client.get("/").content.decode()) == 1
    assert participant_count(client.get("/en/").content.decode()) == 1


def test_the_same_content_is_everywhere_once_public(
    client, bilingual, sections, home_pages, locales
):
    """The control: built the same way but left public, the hidden content shows on every
    surface, so the tests above fail when the privacy filter is dropped from one of them."""
    build_hidden_content("public", sections, bilingual, home_pages, locales[1])
    for language, places in surfaces(*bilingual).items():
        mark = DUTCH_MARK if language == "nl" else ENGLISH_MARK
        for where, address, _ in places:
            assert mark in client.get(address).content.decode().lower(), (language, where)
    assert DUTCH_MARK in sitemap(client) and ENGLISH_MARK in sitemap(client)
    assert participant_count(client.get("/").content.decode()) == 2
    assert participant_count(client.get("/en/").content.decode()) == 2
