"""Demo reactions (load_demo_content): a few approved ones and one awaiting moderation, under
two Dutch news items and one English one, added only where missing. The newest item keeps
reactions open for a year from the first load, so the form can be tried on the demo site;
the other closed long ago, as articles do after the set number of days."""

import datetime

from django.utils import timezone

from news.models import NewsPage
from reactions.models import Reaction, ReactionPeriod, ReactionSettings

# (Dutch slug of the item, language, [(days after the item, name, text, status)])
DEMO_REACTIONS = [
    (
        "terugblik-eerste-jaar-brede-beweging",
        "nl",
        [
            (
                2,
                "Marieke",
                "Fijn om terug te lezen wat er in één jaar is gebeurd. Bij ons in de "
                "thuiszorg merken we dat de gesprekken met andere sectoren echt iets opleveren.",
                Reaction.Status.APPROVED,
            ),
            (
                4,
                "Ruud van Dam",
                "Goed dat de regiogroepen zo’n plek krijgen. Komt er ook een verslag van "
                "de bijeenkomst in het noorden?",
                Reaction.Status.APPROVED,
            ),
            (
                6,
                "Anoniem",
                "Ik mis in dit overzicht de stem van mantelzorgers. Wie neemt dat op?",
                Reaction.Status.PENDING,
            ),
        ],
    ),
    (
        "werkbezoek-gemiva",
        "nl",
        [
            (
                1,
                "Jolanda",
                "Mooi om te zien hoe de bewoners zelf de rondleiding gaven. Zo hoort het.",
                Reaction.Status.APPROVED,
            ),
            (
                3,
                "Henk Bos",
                "Wij willen graag eens bij Gemiva komen kijken. Bij wie kunnen we terecht?",
                Reaction.Status.APPROVED,
            ),
        ],
    ),
    (
        "terugblik-eerste-jaar-brede-beweging",
        "en",
        [
            (
                3,
                "Sarah",
                "Good to see a movement review its own year so openly. The regional groups "
                "sound like the part worth copying elsewhere.",
                Reaction.Status.APPROVED,
            ),
        ],
    ),
]
# The item whose reactions stay open on the demo site, in both languages.
OPEN_ITEM = "terugblik-eerste-jaar-brede-beweging"
OPEN_FOR = datetime.timedelta(days=365)


def add_demo_reactions():
    """Add the demo reactions and the open item's own period where missing; return how
    many objects were added."""
    added = 0
    for slug, language, reactions in DEMO_REACTIONS:
        page = demo_item(slug, language)
        if page is None:
            continue
        for days_after, name, text, status in reactions:
            received = timezone.make_aware(
                datetime.datetime.combine(page.date, datetime.time(10))
            ) + datetime.timedelta(days=days_after, hours=days_after)
            _reaction, created = Reaction.objects.get_or_create(
                page=page,
                name=name,
                text=text,
                defaults={
                    "email": f"{name.split()[0].lower()}@example.org",
                    "status": status,
                    "created_at": received,
                },
            )
            added += created
        if slug == OPEN_ITEM:
            _period, created = ReactionPeriod.objects.get_or_create(
                page=page,
                defaults={
                    "settings": ReactionSettings.load(),
                    "open_until": timezone.localdate() + OPEN_FOR,
                },
            )
            added += created
    return added


def demo_item(dutch_slug, language):
    dutch = NewsPage.objects.filter(locale__language_code="nl", slug=dutch_slug).first()
    if dutch is None or language == "nl":
        return dutch
    return NewsPage.objects.filter(
        locale__language_code=language, translation_key=dutch.translation_key
    ).first()
