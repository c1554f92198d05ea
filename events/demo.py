"""The demo agenda, in the text format of `home.demo_data`, and how `load_demo_content` builds it.

The two past events are the movement's own: the "Week van de Radicale vernieuwing" of 8-12
November 2021 ("Samen doorbreken we muren", on location and online, with an online late-night
show at 20.30 every evening) and the half-yearly meeting of 7 April 2022, 13.00-17.00 in
Utrecht, both announced in the report of the half-yearly meeting of October 2021. The two
events of 2027 follow the same rhythm, so that the list of events to come is not empty.
"""

import datetime

from django.utils import timezone
from wagtail.rich_text import RichText

from events.models import EventIndexPage, EventPage, EventPageTheme
from home.demo_data import parse, single

AGENDA = single(
    parse("""
==
title: Agenda = Events
slug: agenda = events
intro: Bijeenkomsten van de beweging: de halfjaarlijkse ontmoetingen, de Week van de Radicale
  vernieuwing en wat deelnemers samen organiseren. = Meetings of the movement: the half-yearly
  gatherings, the Radical renewal week and what participants organise together.
""")[0][1]
)


def moment(text):
    """An aware datetime from "2022-04-07 13:00", in the site's time zone (Amsterdam)."""
    return timezone.make_aware(datetime.datetime.fromisoformat(text))


def event(header, fields):
    start, end, colour = header
    values = single(fields)
    registration = values.get("registration")
    return {
        "start": moment(start),
        "end": moment(end),
        "colour": colour,
        "slug": values["slug"],
        "title": values["title"],
        "lead": values["lead"],
        "location": values["location"],
        "themes": values["themes"].nl.split(),
        "registration_closed": registration is not None and registration.nl == "closed",
        "registration_url": registration.nl if registration and registration.nl != "closed" else "",
        "body": [value for key, value in fields if key == "p"],
    }


# Header: start | end | colour of the picture. `registration`: a link, or "closed".
EVENTS = [
    event(header, fields)
    for header, fields in parse("""
== 2021-11-08 09:00 | 2021-11-12 22:00 | #b5532a
slug: week-van-de-radicale-vernieuwing-2021 = radical-renewal-week-2021
title: Week van de Radicale vernieuwing: samen doorbreken we muren = Radical renewal week:
  together we break down walls
location: Bij deelnemende zorgorganisaties in het hele land, en online = At participating care
  organisations across the country, and online
lead: Vijf dagen lang inspiratiebijeenkomsten, op locatie en online. Elke avond om 20.30 uur
  blikt Aukje Lausberg in de online RV Late Nightshow met gasten terug op de dag. = Five days of
  inspiration meetings, on location and online. Every evening at 20.30, Aukje Lausberg looks back
  on the day with her guests in the online RV Late Nightshow.
themes: voorbij-sectoren mensen-en-initiatieven
p: Deelnemende organisaties openen hun deuren en iedereen kan online aansluiten. Raffy-Lale-De
  Leystroom organiseert op 8 november een eigen programma op locatie. = Participating
  organisations open their doors and anyone can join online. Raffy-Lale-De Leystroom runs a
  programme of its own on location on 8 November.
p: Op vrijdag 12 november staat de vraag centraal hoe de vernieuwingsbewegingen in de zorg elkaar
  kunnen versterken, met aandacht voor nieuwe vormen van wonen en samenleven. = On Friday 12
  November, the question is how the renewal movements in care can strengthen each other, with
  attention to new ways of living together.
== 2022-04-07 13:00 | 2022-04-07 17:00 | #1d5f8a
slug: halfjaarlijkse-bijeenkomst-april-2022 = half-yearly-meeting-april-2022
title: Halfjaarlijkse bijeenkomst van de beweging = The movement's half-yearly meeting
location: Utrecht
lead: Bestuurders en coördinatoren van de deelnemende zorgorganisaties, VWS en LOC Waardevolle
  zorg kijken terug op het afgelopen halfjaar en zetten de lijnen uit voor de komende maanden.
  = Directors and coordinators of the participating care organisations, the Ministry of Health
  and LOC Waardevolle zorg look back on the past six months and set out the lines for the months
  ahead.
themes: mensen-en-initiatieven vernieuwend-leren-en-verantwoorden
p: Naast het programma is er tijd om elkaar te spreken: de ontmoetingen die online bijeenkomsten
  niet bieden. = Besides the programme there is time to talk to each other: the encounters that
  online meetings do not offer.
== 2027-04-08 13:00 | 2027-04-08 17:00 | #2a6f6a
slug: halfjaarlijkse-bijeenkomst-voorjaar-2027 = half-yearly-meeting-spring-2027
title: Halfjaarlijkse bijeenkomst voorjaar 2027 = Half-yearly meeting, spring 2027
location: Utrecht
lead: De halfjaarlijkse ontmoeting van bestuurders en coördinatoren van de deelnemende
  zorgorganisaties. Deelnemers ontvangen een persoonlijke uitnodiging. = The half-yearly meeting
  of directors and coordinators of the participating care organisations. Participants receive a
  personal invitation.
themes: mensen-en-initiatieven
registration: closed
p: Op het programma: wat de actieteams het afgelopen halfjaar leerden, en de keuzes voor het
  najaar. = On the programme: what the action teams learned in the past six months, and the
  choices for the autumn.
== 2027-11-08 09:00 | 2027-11-12 22:00 | #6a3d8f
slug: week-van-de-radicale-vernieuwing-2027 = radical-renewal-week-2027
title: Week van de Radicale vernieuwing 2027 = Radical renewal week 2027
location: Bij deelnemende zorgorganisaties in het hele land, en online = At participating care
  organisations across the country, and online
lead: Vijf dagen inspiratiebijeenkomsten bij deelnemers in het hele land en online, met elke
  avond een online terugblik op de dag. = Five days of inspiration meetings at participants
  across the country and online, with an online look back on the day every evening.
themes: voorbij-sectoren zorgzame-gemeenschappen
registration: mailto:radicalevernieuwing@loc.nl?subject=Week%20van%20de%20Radicale%20vernieuwing
p: Meld je aan met een mail aan radicalevernieuwing@loc.nl en zeg erbij welke dagen je komt. =
  Register by mailing radicalevernieuwing@loc.nl and say which days you will come.
""")
]


def build(site, home):
    """The agenda under `home` and its events, with what `site` (the demo command's DemoSite)
    offers: pages found by slug or built, pictures, the themes, translation records."""
    from home.management.commands.load_demo_content import rich_text, translations

    agenda = site.page(
        home,
        EventIndexPage,
        AGENDA["slug"].nl,
        lambda: EventIndexPage(
            title=AGENDA["title"].nl,
            slug=AGENDA["slug"].nl,
            intro=rich_text(AGENDA["intro"].nl),
            show_in_menus=True,
        ),
        translations(AGENDA),
    )
    for data in EVENTS:

        def build_event(data=data):
            title = data["title"].nl
            return EventPage(
                title=title,
                slug=data["slug"].nl,
                start=data["start"],
                end=data["end"],
                location=data["location"].nl,
                registration_url=data["registration_url"],
                registration_closed=data["registration_closed"],
                lead=data["lead"].nl,
                image=site.image(title, f"Agenda {data['start'].year}", data["colour"]),
                body=[("paragraph", RichText(rich_text(part.nl))) for part in data["body"]],
                theme_links=[EventPageTheme(theme=site.themes[slug]) for slug in data["themes"]],
            )

        site.page(agenda, EventPage, data["slug"].nl, build_event, translations(data))
    return agenda
