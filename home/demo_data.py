"""The demo site's content, in Dutch with its English translation: the home and index pages,
sectors, publication types, themes and participants. News items and publications are in
`home.demo_news`.

The facts (themes, organisations, sectors, people, places, dates) come from the
movement's own articles; the wording is written for this demo.

Most of it is written in a small text format, easier to read and edit than nested Python:

    == header fields | separated | by bars
    key: Dutch text, continued on
      indented lines
      = English text, also continued on indented lines
    short: Dutch = English

A field without an English part (a name, a keyword) is the same in both languages.
"""

from typing import NamedTuple


class T(NamedTuple):
    """A text in Dutch with its English translation."""

    nl: str
    en: str


def parse(text):
    """[(header fields, [(key, T), ...]), ...] from text in the format above."""
    records = []
    for line in text.strip().splitlines():
        if line.startswith("=="):
            records.append(([field.strip() for field in line[2:].split("|")], []))
        elif line[:1].isspace():
            records[-1][1][-1][1] += " " + line.strip()
        else:
            key, _, value = line.partition(":")
            records[-1][1].append([key.strip(), value.strip()])
    return [(header, [(key, pair(value)) for key, value in fields]) for header, fields in records]


def pair(value, separator=" = "):
    """T from 'Dutch = English', or from text that is the same in both languages."""
    dutch, _, english = value.partition(separator)
    return T(dutch.strip(), (english or dutch).strip())


def single(fields):
    """The fields of a record as a dict (the last value wins for a repeated key)."""
    return dict(fields)


HOME = single(
    parse("""
==
title: Radicale vernieuwing
slug: home = home-en
intro: Radicale vernieuwing is een beweging van zorgorganisaties in de ouderenzorg,
  gehandicaptenzorg, ggz en jeugdzorg. Samen werken we aan zorg die draait om relaties in plaats
  van regels.
  = Radicale vernieuwing is a movement of care organisations in elderly care, disability care,
  mental health care and youth care. Together we work on care built on relationships rather than
  rules.
""")[0][1]
)


# Keyed by role; in this order they form the main navigation.
INDEX_PAGES = {
    header[0]: single(fields)
    for header, fields in parse("""
== themes
title: Thema's = Themes
slug: themas = themes
intro: Rond deze thema's zetten deelnemers samen experimenten op, delen ze wat ze leren en gaan
  ze in gesprek met beleidsmakers. Vier thema's staan centraal in de brede beweging.
  = Around these themes, participants set up experiments together, share what they learn and
  talk with policymakers. Four themes are central to the broad movement.
== news
title: Nieuws = News
slug: nieuws = news
intro: Verslagen van bijeenkomsten en werkbezoeken, en de nieuwe stappen die deelnemers samen
  zetten. = Reports from meetings and working visits, and the new steps participants take
  together.
== publications
title: Publicaties = Publications
slug: publicaties = publications
intro: Magazines, katernen, brochures en rapporten van de beweging, om te downloaden en te delen.
  = Magazines, supplements, brochures and reports from the movement, to download and share.
== participants
title: Deelnemers = Participants
slug: deelnemers = participants
intro: Zorgorganisaties uit de gehandicaptenzorg, de ggz, de verpleeghuiszorg en zorg thuis en de
  jeugdzorg die samen werken aan zorg vanuit relaties.
  = Care organisations in disability care, mental health care, nursing home and home care and
  youth care, working together on care built on relationships.
""")
}

# In the order the participant overview lists them.
SECTORS = [
    T("Gehandicaptenzorg", "Disability care"),
    T("GGZ", "Mental health care"),
    T("Zorg in het verpleeghuis en thuis", "Nursing home and home care"),
    T("Jeugdzorg", "Youth care"),
]

PUBLICATION_TYPES = [
    T("Magazine", "Magazine"),
    T("Rapport", "Report"),
    T("Brochure", "Brochure"),
    T("Katern", "Supplement"),
]

# Header: "central" or "other", and the colour of the theme's picture: the colour the theme
# takes from its place in the list (themes.models.THEME_COLOURS, in that order), so picture
# and page agree without a colour chosen.
THEMES = [
    {"is_central": header[0] == "central", "colour": header[1], **single(fields)}
    for header, fields in parse("""
== central | #0b6b66
title: Voorbij sectoren = Beyond sectors
slug: voorbij-sectoren = beyond-sectors
intro: Wie zorg nodig heeft, past zelden netjes in één sector. Daarom leren organisaties uit de
  ouderenzorg, gehandicaptenzorg en ggz van elkaar en zoeken ze samen oplossingen over de grenzen
  heen. = People who need care rarely fit neatly into one sector. So organisations in elderly
  care, disability care and mental health care learn from each other and look for solutions
  across the boundaries together.
body: Schotten tussen sectoren, geldstromen en regels maken het soms lastig om te doen wat iemand
  echt nodig heeft. Binnen dit thema zoeken deelnemers die grenzen bewust op, bijvoorbeeld door
  mensen met een beperking met goede begeleiding een werkplek te bieden in de ouderenzorg.
  = Walls between sectors, funding streams and rules sometimes make it hard to do what a person
  really needs. Within this theme participants deliberately test those boundaries, for instance
  by offering people with a disability a workplace in elderly care, with good support.
== central | #1f5b8f
title: Vernieuwend leren en verantwoorden = New ways of learning and accountability
slug: vernieuwend-leren-en-verantwoorden = new-ways-of-learning-and-accountability
intro: Verantwoorden kan ook door te laten zien wat je leert. Deelnemers zoeken vormen van
  verantwoording die recht doen aan de relatie tussen cliënt, naaste en medewerker.
  = Accountability can also mean showing what you learn. Participants look for ways of
  accounting for their work that do justice to the relationship between client, relative and
  care worker.
body: In leernetwerken bespreken bestuurders, coördinatoren en ervaringsdeskundigen wat werkt en
  wat niet. Ook wat mislukt komt op tafel, want daar zitten vaak de meeste lessen in. Met
  zorgkantoren, inspectie en ministerie verkennen ze hoe toezicht kan aansluiten bij de praktijk.
  = In learning networks, directors, coordinators and experts by experience discuss what works
  and what does not. Failures are shared too, as they often hold the most lessons. With care
  offices, the inspectorate and the ministry they explore how supervision can fit practice.
== central | #2e6a34
title: Zorgzame gemeenschappen = Caring communities
slug: zorgzame-gemeenschappen = caring-communities
intro: Het gewone leven in de buurt staat voorop, niet de zorg. Deelnemers werken aan wijken en
  dorpen waar mensen naar elkaar omkijken en professionele zorg aanvult in plaats van overneemt.
  = Ordinary life in the neighbourhood comes first, not care. Participants work towards
  neighbourhoods and villages where people look out for each other and professional care adds
  to that instead of taking over.
body: Veel instellingen zijn ooit naast de samenleving gebouwd, en wie er komt wonen verliest vaak
  een groot deel van zijn netwerk. Dit thema gaat over de omgekeerde beweging: bewoners, naasten,
  vrijwilligers en burgerinitiatieven krijgen ruimte, en zorgorganisaties ondersteunen hen.
  = Many institutions were once built beside society, and people who move in often lose much of
  their network. This theme is about the opposite movement: residents, relatives, volunteers and
  citizens' initiatives get room, and care organisations support them.
== central | #87560a
title: Mensen en initiatieven = People and initiatives
slug: mensen-en-initiatieven = people-and-initiatives
intro: De beweging bestaat uit mensen: cliënten, naasten, medewerkers en bestuurders die iets in
  gang zetten. Hier lees je over hun initiatieven. = The movement is made up of people: clients,
  relatives, care workers and directors who get things moving. Here you can read about their
  initiatives.
body: Sinds de start in 2017, met het motto 'van regels naar relaties', groeide het netwerk van
  een groep verpleeghuisorganisaties uit tot een brede beweging met deelnemers uit meerdere
  sectoren. Ervaringsdeskundigen spelen daarin een steeds grotere rol.
  = Since its start in 2017, under the motto 'from rules to relationships', the network has grown
  from a group of nursing home organisations into a broad movement with participants from
  several sectors. Experts by experience play an ever larger part in it.
== other | #6a3d8f
title: Zinvolle daginvulling = Meaningful days
slug: zinvolle-daginvulling = meaningful-days
intro: Een reden hebben om 's ochtends op te staan. Dit thema gaat over werk, vrijwilligerswerk en
  bezigheden die voor mensen zelf betekenis hebben. = Having a reason to get up in the morning.
  This theme is about work, volunteering and activities that mean something to people
  themselves.
body: Dagbesteding hoeft geen apart zorgproduct te zijn. Deelnemers zoeken plekken waar mensen
  naar vermogen bijdragen: in de tuin, in de keuken van een verpleeghuis of bij een
  buurtinitiatief. = Day activities need not be a separate care product. Participants look for
  places where people contribute as far as they are able: in the garden, in a nursing home's
  kitchen or in a neighbourhood initiative.
== other | #a8431c
title: De mens en zijn levensverhaal = The person and their life story
slug: de-mens-en-zijn-levensverhaal = the-person-and-their-life-story
intro: Achter elke cliënt zit een heel leven. Wie dat verhaal kent, kan zorg bieden die past bij
  wie iemand is. = Behind every client lies a whole life. Knowing that story makes it possible
  to offer care that fits who someone is.
body: Medewerkers die tijd nemen voor het levensverhaal van een bewoner, zien de mens achter de
  diagnose. Deelnemers delen manieren om verhalen samen met naasten op te halen en levend te
  houden in het werk van teams. = Care workers who take time for a resident's life story see the
  person behind the diagnosis. Participants share ways of gathering those stories with
  relatives and keeping them alive in the work of teams.
== other | #0b6b66
title: Optrekken met naasten = Working together with relatives
slug: optrekken-met-naasten = working-together-with-relatives
intro: Naasten kennen iemand vaak het langst en het best. Ze zijn geen bezoekers, maar partners
  in de zorg. = Relatives often know someone longest and best. They are not visitors but
  partners in care.
body: Onderzoek in verpleeghuizen laat zien dat een open en flexibele houding van zorgverleners
  naasten helpt om betrokken te blijven. Deelnemers proberen vaste aanspreekpunten, gezamenlijke
  gesprekken en ruimte om mee te doen op de woning. = Research in nursing homes shows that an
  open and flexible attitude among care workers helps relatives stay involved. Participants try
  out fixed contacts, joint conversations and room to take part in daily life on the ward.
== other | #1f5b8f
title: Samenzeggenschap = Shared decision-making
slug: samenzeggenschap = shared-decision-making
intro: De mensen om wie het gaat, bepalen mee hoe hun leven en hun ondersteuning eruitzien. Als
  individu en samen, als groep, buurt of organisatie. = The people concerned help decide what
  their lives and their support look like. As individuals and together, as a group, a
  neighbourhood or an organisation.
body: Sommige deelnemers verkennen tripartite besturen: een bestuur met, naast de bestuurder, een
  cliënt of cliëntvertegenwoordiger en een zorgmedewerker. Anderen geven cliëntenraden en teams
  meer ruimte om zelf te beslissen. = Some participants are exploring tripartite governance: a
  board on which a client or client representative and a care worker sit alongside the
  director. Others give client councils and teams more room to decide for themselves.
== other | #2e6a34
title: Vrijheid en veiligheid = Freedom and safety
slug: vrijheid-en-veiligheid = freedom-and-safety
intro: Veiligheid telt, maar mag het levensgeluk van cliënten niet in de weg zitten. Dit thema
  zoekt de balans tussen risico's en een leven dat de moeite waard is. = Safety matters, but it
  should not stand in the way of clients' happiness. This theme looks for the balance between
  risks and a life worth living.
body: Een actieteam van deelnemers kreeg experimenteerruimte om te werken vanuit de bedoeling van
  de Wet zorg en dwang in plaats van vanuit de letter van de regels. De ervaringen gaan naar het
  ministerie van VWS en de inspectie. = An action team of participants was given room to
  experiment with working from the intention of the Care and Coercion Act rather than the letter
  of the rules. What they learn goes to the Ministry of Health and the inspectorate.
== other | #87560a
title: Ruimte voor dementie = Room for dementia
slug: ruimte-voor-dementie = room-for-dementia
intro: Ook mensen met dementie willen naar buiten, de buurt in en hun eigen keuzes maken. Dit
  thema werkt aan verpleeghuizen zonder onnodig gesloten deuren. = People with dementia also want
  to go outside, into the neighbourhood, and make their own choices. This theme works towards
  nursing homes without needlessly locked doors.
body: Het actieteam Ruimte voor dementie wil af van de gesloten afdeling als vanzelfsprekend
  uitgangspunt. Dat vraagt om andere gebouwen en tuinen, afspraken met de buurt en vertrouwen
  tussen bewoners, naasten en medewerkers. = The Room for dementia action team wants the locked
  ward to stop being the default. That takes different buildings and gardens, arrangements with
  the neighbourhood and trust between residents, relatives and care workers.
== other | #6a3d8f
title: Zorgonderwijs = Care education
slug: zorgonderwijs = care-education
intro: Goed onderwijs sluit aan bij de zorg van morgen. Deelnemers werken met scholen aan
  opleidingen waarin de relatie met bewoners en naasten voorop staat. = Good education matches
  the care of tomorrow. Participants work with schools on training in which the relationship
  with residents and relatives comes first.
body: Wie al tijdens de opleiding leert werken vanuit relaties, kan na het diploma meteen aan de
  slag. Ook zittende medewerkers krijgen bijscholing die past bij wat bewoners en naasten vragen.
  = Students who learn to work from relationships during their training can start straight away
  once they qualify. Existing staff also get further training that fits what residents and
  relatives ask for.
""")
]


def participant(header, fields):
    name, sector, region, city = header
    fields = single(fields)
    return {
        "name": name,
        "sector": sector,
        "region": region,
        "city": pair(city.strip("-"), separator="/"),
        "themes": fields.pop("themes").nl.split(),
        **fields,
    }


# Every organisation on the movement's list of participants of 2024.
# Header: name | sector (Dutch) | region | city (Dutch/English if they differ, - if unknown).
PARTICIPANTS = [
    participant(header, fields)
    for header, fields in parse("""
== Gemiva | Gehandicaptenzorg | west | Gouda
themes: voorbij-sectoren zinvolle-daginvulling
description: Ondersteunt mensen met een beperking in Zuid-Holland en ontving in 2024 het eerste
  werkbezoek van een regiogroep. = Supports people with disabilities in South Holland and hosted
  the first working visit of a regional group in 2024.
== Ons Tweede Thuis | Gehandicaptenzorg | west | Aalsmeer
themes: samenzeggenschap zorgzame-gemeenschappen
description: Organisatie voor mensen met een verstandelijke beperking, waar cliënten meedenken
  over de koers, ook die van de beweging. = Organisation for people with intellectual
  disabilities where clients help set the course, including that of the movement.
== GGZ Noord-Holland-Noord | GGZ | west | Heerhugowaard
themes: voorbij-sectoren zorgzame-gemeenschappen
description: Ggz-instelling die met andere sectoren werkt aan herstel midden in de samenleving.
  = Mental health provider working with other sectors on recovery in the midst of society.
== LEVANTOgroep | GGZ | west | -
themes: voorbij-sectoren vernieuwend-leren-en-verantwoorden
description: Begeleidt mensen met een psychische kwetsbaarheid en wil leren van de ervaring die de
  ouderenzorg in de beweging opdeed. = Supports people with mental health vulnerabilities and
  wants to learn from what elderly care has gained in the movement.
== Mentrum (Arkin) | GGZ | west | Amsterdam
themes: zorgzame-gemeenschappen
description: Onderdeel van Arkin dat langdurige ggz biedt in Amsterdam, vanuit de persoon en zijn
  netwerk. = Part of Arkin, offering long-term mental health care in Amsterdam that starts from
  the person and their network.
== Avoord | Zorg in het verpleeghuis en thuis | zuid | Etten-Leur
themes: de-mens-en-zijn-levensverhaal
description: Ouderenzorg in West-Brabant die bewoners de regie over hun eigen dag teruggeeft.
  = Elderly care in West Brabant that gives residents back control over their own day.
== Carintreggeland | Zorg in het verpleeghuis en thuis | oost | Hengelo
themes: optrekken-met-naasten
description: Verpleeghuizen en zorg thuis in Twente, dicht bij de buurt. = Nursing homes and
  home care in Twente, close to the neighbourhood.
== Cederhof | Zorg in het verpleeghuis en thuis | noord | -
themes: de-mens-en-zijn-levensverhaal
description: Kleinschalig wonen met aandacht voor ieders levensverhaal. = Small-scale living with
  attention to everyone's life story.
== De Posten | Zorg in het verpleeghuis en thuis | noord | -
themes: zinvolle-daginvulling
description: Werkt aan een gewoon dagritme voor bewoners, met ruimte voor eigen bezigheden.
  = Works on an ordinary daily rhythm for residents, with room for their own pursuits.
== Driezorg | Zorg in het verpleeghuis en thuis | oost | Zwolle
themes: mensen-en-initiatieven
description: Ouderenzorg in Zwolle die zich in 2024 voor minstens vijf jaar aan de beweging
  verbond. = Elderly care in Zwolle that committed itself to the movement for at least five
  years in 2024.
== Iets terug doen | Zorg in het verpleeghuis en thuis | west | -
themes: zorgzame-gemeenschappen
description: Initiatief waarin buurtbewoners en zorg samen iets betekenen voor ouderen in de wijk.
  = Initiative in which neighbours and care work together for older people in the area.
== Innoforte | Zorg in het verpleeghuis en thuis | noord | -
themes: optrekken-met-naasten
description: Ouderenzorg die werkt aan een thuis waar naasten vanzelfsprekend meedoen.
  = Elderly care working towards a home where relatives naturally take part.
== Jonkerszorg | Zorg in het verpleeghuis en thuis | noord | -
themes: de-mens-en-zijn-levensverhaal
description: Zorg thuis en kleinschalige woonvormen voor ouderen. = Home care and small-scale
  housing for older people.
== Mijzo | Zorg in het verpleeghuis en thuis | zuid | Waalwijk
themes: vrijheid-en-veiligheid
description: Verpleeghuiszorg, zorg thuis en welzijn in de Langstraat. = Nursing home care, home
  care and welfare services in the Langstraat area.
== Reigershoeve | Zorg in het verpleeghuis en thuis | west | Heerhugowaard
themes: ruimte-voor-dementie
description: Woonboerderij voor mensen met dementie, met dieren, een moestuin en ruimte om naar
  buiten te gaan. = Care farm for people with dementia, with animals, a vegetable garden and room
  to go outdoors.
== Santé Partners | Zorg in het verpleeghuis en thuis | zuid | -
themes: vrijheid-en-veiligheid
description: Ouderenzorg waarvan de bestuurder in 2021 voor het eerst live aanschoof bij de
  halfjaarlijkse ontmoeting. = Elderly care organisation whose director first joined the
  half-yearly meeting in person in 2021.
== Topaz | Zorg in het verpleeghuis en thuis | west | Leiden
themes: vernieuwend-leren-en-verantwoorden
description: Ouderenzorg in de regio Leiden en een van de vier ambassadeurs uit de beginjaren van
  de beweging. = Elderly care in the Leiden area and one of the four ambassadors of the
  movement's early years.
== Viattence | Zorg in het verpleeghuis en thuis | oost | Epe
themes: vernieuwend-leren-en-verantwoorden
description: Ouderenzorg op de Veluwe, waar de bestuurder zijn manier van besturen zag veranderen.
  = Elderly care in the Veluwe, where the director saw his way of leading change.
== WarmThuis | Zorg in het verpleeghuis en thuis | noord | -
themes: vernieuwend-leren-en-verantwoorden
description: Kleinschalig wonen; de bestuurder zette de leernetwerken voor bestuurders mee op.
  = Small-scale living; its director helped set up the learning networks for directors.
== Woonlandschap De Leyhoeve | Zorg in het verpleeghuis en thuis | zuid | Tilburg
themes: ruimte-voor-dementie optrekken-met-naasten
description: Woonlandschap waar onderzoek liet zien hoe relaties de autonomie van bewoners met
  dementie versterken. = Residential community where research showed how relationships
  strengthen the autonomy of residents with dementia.
== Woonzorggroep Samen | Zorg in het verpleeghuis en thuis | west | -
themes: zorgzame-gemeenschappen
description: Ouderenzorg in de kop van Noord-Holland die de najaarsbijeenkomst van 2021 mee
  voorbereidde. = Elderly care in the north of North Holland that helped prepare the autumn
  meeting of 2021.
== Zonnehuisgroep IJssel-Vecht | Zorg in het verpleeghuis en thuis | oost | Zwolle
themes: mensen-en-initiatieven voorbij-sectoren
description: Ouderenzorg rond Zwolle, de eerste die zich voor minstens vijf jaar aan de beweging
  verbond. = Elderly care around Zwolle, the first to commit itself to the movement for at least
  five years.
== D3 | Jeugdzorg | noord | -
themes: samenzeggenschap
description: Jeugdzorgorganisatie in de aparte jeugdzorgbeweging, die steeds vaker de brede
  beweging opzoekt. = Youth care organisation in the separate youth care movement, increasingly
  working with the broad movement.
== Entrea Lindenhout | Jeugdzorg | oost | Nijmegen
themes: optrekken-met-naasten voorbij-sectoren
description: Jeugdzorg en opvoedondersteuning in Gelderland, samen met ouders en het netwerk van
  het kind. = Youth care and parenting support in Gelderland, together with parents and the
  child's network.
== Jeugdbescherming Gelderland | Jeugdzorg | oost | Arnhem
themes: vrijheid-en-veiligheid
description: Beschermt kinderen in Gelderland en zoekt ruimte om relaties boven procedures te
  stellen. = Protects children in Gelderland and looks for room to put relationships before
  procedures.
== Jeugdbescherming West | Jeugdzorg | west | Den Haag/The Hague
themes: vrijheid-en-veiligheid samenzeggenschap
description: Jeugdbescherming in Haaglanden en Zuid-Holland West. = Child protection in the
  Haaglanden and South Holland West region.
== Leger des Heils Jeugdbescherming | Jeugdzorg | zuid | -
themes: vrijheid-en-veiligheid
description: Jeugdbescherming van het Leger des Heils, met aandacht voor het hele gezin.
  = The Salvation Army's child protection service, with attention to the whole family.
== Partners voor Jeugd | Jeugdzorg | west | -
themes: samenzeggenschap
description: Jeugdbescherming die met jongeren en ouders zoekt naar wat wel werkt. = Child
  protection service that looks with young people and parents for what does work.
== Samen Veilig Midden-Nederland | Jeugdzorg | west | Utrecht
themes: vrijheid-en-veiligheid zorgzame-gemeenschappen
description: Werkt in de provincie Utrecht aan veiligheid voor kinderen en volwassenen, samen met
  hun omgeving. = Works in the province of Utrecht on safety for children and adults, together
  with those around them.
""")
]

# English names of the demo keywords; KeywordName translations carry them.
KEYWORDS_EN = {
    "bestuurders": "board members",
    "dementie": "dementia",
    "gehandicaptenzorg": "disability care",
    "ggz": "mental health care",
    "onderzoek": "research",
    "radicale vernieuwing": "radical renewal",
    "regio's": "regions",
    "verpleeghuiszorg en zorg thuis": "nursing home and home care",
    "zorgonderwijs": "care education",
}

# The footer and newsletter texts staff can edit (core.SiteTexts), in both languages.
SITE_TEXTS = {
    "newsletter_title": T(
        "Elke week het nieuws van de beweging", "The movement's news, every week"
    ),
    "newsletter_text": T(
        "Verhalen uit de praktijk, nieuwe publicaties en bijeenkomsten: meld je aan.",
        "Stories from practice, new publications and meetings: sign up.",
    ),
    "footer_text": T(
        "Radicale vernieuwing wordt ondersteund door LOC Waardevolle zorg.",
        "Radicale vernieuwing is supported by LOC Waardevolle zorg.",
    ),
}
