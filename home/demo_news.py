"""The demo publications and news items, in the text format of `home.demo_data`.

Facts (events, dates, places, people) come from the movement's own articles; the wording
is written for this demo. Quotes give the gist of what people said, in new words.
"""

import datetime

from home.demo_data import T, parse, single

PHOTO_CREDIT = T("LOC Waardevolle zorg", "LOC Waardevolle zorg")
# The keys of a news item's body, in the order they appear; `by` and `role` belong to the
# quote before them.
BODY_KEYS = {"p": "paragraph", "h": "heading", "q": "quote", "img": "image"}


def publication(header, fields):
    kind, date, colour = header
    values = single(fields)
    return {
        "type": kind,
        "date": datetime.date.fromisoformat(date),
        "colour": colour,
        "slug": values["slug"],
        "title": values["title"],
        "summary": [value for key, value in fields if key == "summary"],
        "themes": values["themes"].nl.split(),
        "keywords": values["keywords"].nl.split("; "),
    }


def news_item(header, fields):
    date, colour = header
    values = single(fields)
    body = []
    for key, value in fields:
        if key in BODY_KEYS:
            body.append({"type": BODY_KEYS[key], "text": value})
        elif key in ("by", "role"):
            body[-1][key] = value
    return {
        "date": datetime.date.fromisoformat(date),
        "colour": colour,
        "slug": values["slug"],
        "title": values["title"],
        "lead": values["lead"],
        "caption": values["caption"],
        "credit": values.get("credit", PHOTO_CREDIT),
        "themes": values["themes"].nl.split(),
        "keywords": values["keywords"].nl.split("; "),
        "participants": values["participants"].nl.split("; ") if "participants" in values else [],
        "publication": values["publication"].nl if "publication" in values else None,
        "body": body,
    }


# Header: type (Dutch) | date | colour of the cover.
PUBLICATIONS = [
    publication(header, fields)
    for header, fields in parse("""
== Brochure | 2019-06-13 | #0b6b66
slug: radicale-vernieuwing-zorgonderwijs = radical-renewal-of-care-education
title: Radicale vernieuwing zorgonderwijs = Radical renewal of care education
summary: Hoe pak je als zorgorganisatie samen met een school de vernieuwing van het zorgonderwijs
  aan? Deze brochure bundelt de ervaring van deelnemers die er al mee bezig zijn. = How can a
  care organisation and a school renew care education together? This brochure gathers the
  experience of participants who have already started.
themes: zorgonderwijs
keywords: zorgonderwijs; verpleeghuiszorg en zorg thuis
== Katern | 2019-10-01 | #a8431c
slug: toekomstbeeld-radicale-vernieuwing-verpleeghuiszorg = future-of-radical-renewal-nursing-homes
title: Toekomstbeeld Radicale vernieuwing verpleeghuiszorg = The future of radical renewal in
  nursing homes
summary: Bijlage bij Zorg & Zeggenschap van oktober 2019. De subsidie van VWS stopt eind 2019,
  maar ruim twintig zorgorganisaties gaan op eigen kracht verder. = Supplement to the October
  2019 issue of Zorg & Zeggenschap. The Ministry's subsidy ends in late 2019, but more than
  twenty care organisations carry on under their own steam.
summary: Met verhalen over de leernetwerken voor bestuurders, het actieonderzoek naar
  ondersteunende diensten, onderzoek naar de autonomie van bewoners en het zorgonderwijs. = With
  stories on the learning networks for directors, the action research into support services,
  research into residents' autonomy and care education.
themes: mensen-en-initiatieven vernieuwend-leren-en-verantwoorden
keywords: radicale vernieuwing; verpleeghuiszorg en zorg thuis
== Rapport | 2019-10-28 | #6a3d8f
slug: lessen-actieonderzoek-ondersteunende-diensten = lessons-action-research-support-services
title: Lessen uit het actieonderzoek ondersteunende diensten = Lessons from the action research
  into support services
summary: Dertien zorgorganisaties onderzochten anderhalf jaar wat werken vanuit relaties vraagt
  van catering, ict, hrm, financiën, huisvesting en groen. Elk beschrijft op twee pagina's wat het
  leerde. = Over eighteen months, thirteen care organisations explored what working from
  relationships asks of catering, IT, HR, finance, housing and grounds teams. Each describes in
  two pages what it learned.
themes: vernieuwend-leren-en-verantwoorden
keywords: radicale vernieuwing; verpleeghuiszorg en zorg thuis
== Magazine | 2021-12-02 | #a8431c
slug: zorg-en-zeggenschap-vrijheid-en-veiligheid = zorg-en-zeggenschap-freedom-and-safety
title: Zorg & Zeggenschap: vrijheid en veiligheid = Zorg & Zeggenschap: freedom and safety
summary: Het kwartaalblad van LOC Waardevolle zorg over het actieteam dat werkt vanuit de
  bedoeling van de Wet zorg en dwang, en over deuren in het verpleeghuis die open kunnen. = The
  quarterly magazine of LOC Waardevolle zorg on the action team working from the intention of
  the Care and Coercion Act, and on nursing home doors that can be opened.
themes: vrijheid-en-veiligheid ruimte-voor-dementie
keywords: radicale vernieuwing; verpleeghuiszorg en zorg thuis
== Rapport | 2025-01-23 | #1f5b8f
slug: een-brede-beweging-terugblik-2024 = one-broad-movement-review-2024
title: Eén brede beweging: terugblik op 2024 = One broad movement: looking back on 2024
summary: Het eerste jaar van de brede beweging met deelnemers uit de ouderenzorg,
  gehandicaptenzorg en ggz: de start in Utrecht, de vier regiogroepen en de centrale thema's.
  = The first year of the broad movement with participants from elderly care, disability care
  and mental health care: the start in Utrecht, the four regional groups and the central themes.
themes: voorbij-sectoren mensen-en-initiatieven
keywords: radicale vernieuwing; gehandicaptenzorg; ggz
""")
]

# Header: date | colour of the main image.
NEWS = [
    news_item(header, fields)
    for header, fields in parse("""
== 2019-06-27 | #6a3d8f
slug: leernetwerken-bestuurders-van-start = learning-networks-for-directors-start
title: Leernetwerken voor bestuurders van start = Learning networks for directors get going
lead: Na de zomer komen drie groepen van hoogstens tien bestuurders een paar keer per jaar bij
  elkaar om van en met elkaar te leren. = After the summer, three groups of at most ten
  directors will meet a few times a year to learn from and with each other.
caption: Bestuurders in gesprek tijdens een eerdere bijeenkomst = Directors in conversation at
  an earlier meeting
themes: vernieuwend-leren-en-verantwoorden mensen-en-initiatieven
keywords: radicale vernieuwing; verpleeghuiszorg en zorg thuis; bestuurders
participants: WarmThuis; Topaz; Viattence
p: Het idee ontstond bij een bijeenkomst bij Sensire, waar bestuurders openhartig spraken over
  wat de beweging van hun manier van besturen vraagt. Een eerste opzet met een externe begeleider
  sloeg niet aan. = The idea came up at a meeting at Sensire, where directors spoke openly about
  what the movement asks of the way they lead. A first attempt with an outside facilitator did
  not catch on.
h: Zelf organiseren = Organising it themselves
p: Begin 2019 nam Hans van Amstel van WarmThuis het initiatief voor een nieuwe vorm, samen met
  Margje Mahler, Lia de Jongh van Topaz en LOC. Ook managers van zorgkantoren en het ministerie
  van VWS doen mee. = In early 2019 Hans van Amstel of WarmThuis proposed a new approach,
  together with Margje Mahler, Lia de Jongh of Topaz and LOC. Managers from care offices and
  the Ministry of Health take part as well.
q: We hebben geen externe begeleiding nodig: we bereiden de bijeenkomsten zelf voor en nodigen
  gasten uit die ons scherp houden. = We do not need an outside facilitator: we prepare the
  meetings ourselves and invite guests who keep us sharp.
by: Hans van Amstel
role: bestuurder WarmThuis = director, WarmThuis
== 2019-10-10 | #a8431c
slug: beweging-gaat-op-eigen-kracht-verder = movement-carries-on-under-its-own-steam
title: Beweging gaat op eigen kracht verder = The movement carries on under its own steam
lead: De subsidie van het ministerie van VWS stopt eind 2019. Ruim twintig zorgorganisaties
  willen doorgaan en dragen daar zelf aan bij. = The Ministry of Health's subsidy ends in late
  2019. More than twenty care organisations want to continue and are paying their own way.
caption: Deelnemers bij een landelijke bijeenkomst = Participants at a national meeting
themes: mensen-en-initiatieven vernieuwend-leren-en-verantwoorden
keywords: radicale vernieuwing; verpleeghuiszorg en zorg thuis
participants: Topaz; Woonlandschap De Leyhoeve
publication: toekomstbeeld-radicale-vernieuwing-verpleeghuiszorg
p: Sinds de start in 2017 groeide een levendig netwerk van zorgorganisaties, zorgkantoren, de
  inspectie, VWS en LOC. Elke organisatie draagt vanaf 2020 naar draagkracht bij. = Since the
  start in 2017 a lively network of care organisations, care offices, the inspectorate, the
  ministry and LOC has grown. From 2020 each organisation contributes according to its means.
h: Van vier ambassadeurs naar een heel netwerk = From four ambassadors to a whole network
p: Tot nu toe speelden Topaz, Sensire, Surplus en De Leyhoeve als ambassadeurs een grote rol. Die
  rol gaat nu naar alle deelnemers. = Until now Topaz, Sensire, Surplus and De Leyhoeve played a
  large part as ambassadors. That role now passes to all participants.
q: Veel organisaties willen niet alleen doorgaan, maar er ook zelf in investeren. = Many
  organisations do not just want to carry on, they want to invest in it themselves.
by: Marthijn Laterveer
role: coördinator LOC Waardevolle zorg = coordinator, LOC Waardevolle zorg
== 2019-10-30 | #6a3d8f
slug: dertien-organisaties-delen-lessen = thirteen-organisations-share-lessons
title: Dertien organisaties delen lessen over ondersteunende diensten = Thirteen organisations
  share lessons on support services
lead: Wat vraagt zorg vanuit relaties van de catering, ict, hrm en financiën? Op 28 oktober
  presenteerden de deelnemers aan het actieonderzoek hun meesterproef. = What does care built on
  relationships ask of catering, IT, HR and finance? On 28 October the participants in the
  action research presented their final piece.
caption: Werkbezoek bij een van de deelnemende organisaties = Working visit to one of the
  participating organisations
themes: vernieuwend-leren-en-verantwoorden
keywords: radicale vernieuwing; verpleeghuiszorg en zorg thuis
publication: lessen-actieonderzoek-ondersteunende-diensten
p: Anderhalf jaar lang kwamen de organisaties bij elkaar op locatie. Deze zomer bezochten ze elkaar
  in tweetallen en keken ze naar de voor- en achterkant van de organisatie. = For eighteen months
  the organisations met at each other's sites. This summer they visited each other in pairs,
  looking at both the front and the back of the organisation.
h: Twee pagina's per organisatie = Two pages per organisation
p: Elke organisatie schreef op wat het leerde en welke stappen het zette. Samen vormen die
  bijdragen een publicatie voor wie ook aan de slag wil. = Each organisation wrote down what it
  learned and which steps it took. Together those contributions form a publication for anyone
  who wants to start too.
q: Leren staat centraal, in de teams en in de ondersteunende diensten. = Learning comes first,
  in the care teams and in the support services.
by: Jaap Peters
role: DeLimes Nieuw organiseren
== 2019-11-21 | #2e6a34
slug: relaties-maken-autonomie-mogelijk = relationships-make-autonomy-possible
title: Onderzoek: relaties maken autonomie in het verpleeghuis mogelijk = Research:
  relationships make autonomy possible in nursing homes
lead: Hoe blijf je je eigen leven leiden als je door dementie niet meer thuis kunt wonen? Jogé
  Boumans van Tranzo zocht het uit. = How do you keep living your own life when dementia means
  you can no longer live at home? Jogé Boumans of Tranzo set out to find out.
caption: De tuin van een woonlandschap in Tilburg = The garden of a residential community in
  Tilburg
credit: Woonlandschap De Leyhoeve
themes: ruimte-voor-dementie optrekken-met-naasten
keywords: dementie; verpleeghuiszorg en zorg thuis; onderzoek
participants: Woonlandschap De Leyhoeve
p: Het promotieonderzoek aan Tilburg University volgt twee zorgconcepten in Tilburg, waaronder De
  Leyhoeve. Een eerste literatuurstudie besprak 49 artikelen. = The doctoral research at Tilburg
  University follows two care concepts in Tilburg, including De Leyhoeve. A first literature
  review covered 49 articles.
h: De relatie maakt het verschil = The relationship makes the difference
p: Hoe beter bewoner en zorgverlener elkaar kennen, hoe meer ruimte er is voor eigen keuzes. Ook
  een tuin en slimme technologie helpen, omdat ze tijd vrijmaken voor een echt gesprek. = The
  better residents and care workers know each other, the more room there is for personal
  choices. A garden and smart technology help too, because they free up time for a real talk.
img: Bewoners en naasten in de tuin = Residents and relatives in the garden
q: Een open houding van zorgverleners nodigt naasten uit om mee te blijven doen. = An open
  attitude among care workers invites relatives to stay involved.
by: Elly van der Wijk
role: coördinator Radicale vernieuwing bij De Leyhoeve = Radicale vernieuwing coordinator at De
  Leyhoeve
== 2020-02-13 | #0b6b66
slug: vernieuwing-zorgonderwijs-doe-mee = renewing-care-education-join-in
title: Vernieuwing van het zorgonderwijs: doe mee = Renewing care education: join in
lead: Zorgorganisaties in de beweging willen onderwijs dat naadloos aansluit bij de praktijk. De
  eerste resultaten zijn hoopvol. = Care organisations in the movement want education that fits
  practice seamlessly. The first results are encouraging.
caption: Leerlingen en docenten op een leerafdeling = Students and teachers on a training ward
themes: zorgonderwijs
keywords: zorgonderwijs; verpleeghuiszorg en zorg thuis
publication: radicale-vernieuwing-zorgonderwijs
p: Leerlingen, docenten en zorgorganisaties zijn enthousiast over de eerste stappen. Wie leert in
  de praktijk, kiest vaker voor de zorg en blijft er ook werken. = Students, teachers and care
  organisations are enthusiastic about the first steps. People who learn in practice choose
  care more often, and stay in it.
h: Hoe begin je? = How do you start?
p: Binnen de beweging zijn al veel organisaties actief met onderwijsvernieuwing. Ze delen hun
  kennis graag, en in het hele land zijn inspiratiebijeenkomsten. = Many organisations in the
  movement are already renewing education. They are glad to share what they know, and there are
  inspiration meetings across the country.
q: Zorg en onderwijs kunnen elkaar echt versterken. = Care and education can really strengthen
  each other.
by: Marthijn Laterveer
role: coördinator LOC Waardevolle zorg = coordinator, LOC Waardevolle zorg
== 2021-07-08 | #a8431c
slug: experimenteerruimte-vrijheid-en-veiligheid = room-to-experiment-freedom-and-safety
title: Experimenteerruimte voor vrijheid en veiligheid = Room to experiment with freedom and
  safety
lead: Veertien deelnemende zorgorganisaties mogen werken vanuit de bedoeling van de Wet zorg en
  dwang, minder vanuit de regels. = Fourteen participating care organisations may work from the
  intention of the Care and Coercion Act, and less from its rules.
caption: Een open deur naar de tuin = An open door to the garden
themes: vrijheid-en-veiligheid ruimte-voor-dementie
keywords: verpleeghuiszorg en zorg thuis; dementie
p: Vlak voor de zomer bracht het actieteam een tussentijds advies uit. Daarover praat het nu met
  het ministerie van VWS en de Inspectie Gezondheidszorg en Jeugd. = Just before the summer the
  action team issued an interim advice, which it is now discussing with the Ministry of Health
  and the Health and Youth Care Inspectorate.
h: Levensgeluk voorop = Happiness first
p: Het actieteam Ruimte voor dementie sluit hierop aan en werkt aan minder gesloten deuren in
  verpleeghuizen. = The Room for dementia action team builds on this and works towards fewer
  locked doors in nursing homes.
q: We willen de aandacht verleggen van voldoen aan de wet naar wat cliënten zelf wensen. = We
  want to shift the focus from complying with the law to what clients themselves wish for.
by: Een lid van het actieteam = A member of the action team
role: vrijheid en veiligheid = freedom and safety
== 2021-10-28 | #a8431c
slug: halfjaarlijkse-ontmoeting-plannen-2022 = half-yearly-meeting-plans-2022
title: Halfjaarlijkse ontmoeting: plannen voor 2022 = Half-yearly meeting: plans for 2022
lead: Op 6 oktober kwamen bestuurders en coördinatoren voor het eerst in twee jaar weer live bij
  elkaar, bij Bar Beton in Utrecht. = On 6 October, directors and coordinators met in person for
  the first time in two years, at Bar Beton in Utrecht.
caption: De halfjaarlijkse ontmoeting in Utrecht = The half-yearly meeting in Utrecht
themes: mensen-en-initiatieven vernieuwend-leren-en-verantwoorden
keywords: radicale vernieuwing; verpleeghuiszorg en zorg thuis
participants: Woonzorggroep Samen; Topaz; Viattence
p: Caroline Beentjes van Woonzorggroep Samen en Eva van Zelm van Topaz bereidden de middag voor met
  LOC. Isabelle van der Wijk, eerder zorgmanager bij Viattence, stelde zich voor als nieuwe
  coördinator. = Caroline Beentjes of Woonzorggroep Samen and Eva van Zelm of Topaz prepared the
  afternoon with LOC. Isabelle van der Wijk, formerly a care manager at Viattence, introduced
  herself as the new coordinator.
h: Keuzes voor het komende jaar = Choices for the coming year
p: De deelnemers steunden het plan voor 2022: meer organisaties werven, de bijdrage met tien
  procent verhogen en kiezen welke actieteams doorgaan. = The participants backed the plan for
  2022: recruit more organisations, raise the contribution by ten percent and choose which
  action teams carry on.
img: Gesprekken in kleine groepjes = Conversations in small groups
q: Ik denk graag met jullie mee over hoe het anders kan, en neem signalen mee naar het
  beleid. = I am glad to think with you about how things can be done differently, and to take
  your signals back into policy.
by: Anja Kohler
role: ministerie van VWS = Ministry of Health
== 2024-03-07 | #1f5b8f
slug: bewegingen-radicale-vernieuwing-bundelen-krachten = radical-renewal-movements-join-forces
title: Bewegingen Radicale vernieuwing bundelen krachten = Radical renewal movements join forces
lead: Op 29 februari gaven deelnemers in Utrecht het startschot voor één brede beweging, met
  organisaties uit de ouderenzorg, de ggz en de gehandicaptenzorg. = On 29 February in Utrecht,
  participants launched one broad movement, with organisations from elderly care, mental health
  care and disability care.
caption: De feestelijke startbijeenkomst in Utrecht = The festive launch meeting in Utrecht
themes: mensen-en-initiatieven voorbij-sectoren
keywords: radicale vernieuwing; gehandicaptenzorg; ggz; verpleeghuiszorg en zorg thuis
participants: LEVANTOgroep; Ons Tweede Thuis; Gemiva
p: De beweging bestaat zeven jaar. Ervaringsdeskundigen bereidden de dag mee voor, en samen
  herijkten de deelnemers het waarom, hoe en wat van de beweging. = The movement is seven years
  old. Experts by experience helped prepare the day, and together the participants revisited
  the why, how and what of the movement.
h: Drie centrale thema's = Three central themes
p: Voorbij sectoren, Vernieuwend leren en verantwoorden en Zorgzame gemeenschappen staan voorop.
  De jeugdzorg blijft voorlopig een eigen beweging, al groeit de samenwerking. = Beyond sectors,
  New ways of learning and accountability and Caring communities come first. Youth care remains
  a movement of its own for now, though the cooperation is growing.
img: Deelnemers schrijven hun antwoorden op = Participants write down their answers
q: In de ouderenzorg is zeven jaar ervaring opgedaan. Daar wil ik graag van leren. = Elderly
  care has seven years of experience. I would very much like to learn from that.
by: Johan Dreesen
role: LEVANTOgroep
== 2024-03-21 | #a8431c
slug: vijf-jaar-verbonden = committed-for-five-years
title: Twee organisaties verbinden zich voor vijf jaar = Two organisations commit for five years
lead: Zonnehuisgroep IJssel-Vecht en Driezorg zijn de eersten die zich voor minstens vijf jaar aan
  de beweging verbinden, ook financieel. = Zonnehuisgroep IJssel-Vecht and Driezorg are the
  first to commit to the movement for at least five years, financially as well.
caption: Afspraken voor de lange termijn = Agreements for the long term
themes: mensen-en-initiatieven
keywords: radicale vernieuwing; verpleeghuiszorg en zorg thuis
participants: Zonnehuisgroep IJssel-Vecht; Driezorg
p: De deelnemers zorgen er samen voor dat de beweging zichzelf kan bedruipen. Een team van
  deelnemers zoekt nu naar extra inkomsten. = Together, the participants make sure the movement
  pays its own way. A team of participants is now looking for extra income.
h: Rust en ruimte = Calm and room
q: Wie de beweging echt ruimte wil geven, verbindt zich niet per jaar maar voor vijf jaar. = If
  you really want to give the movement room, you commit for five years, not year by year.
by: Marco van Alderwegen
role: bestuurder Zonnehuisgroep IJssel-Vecht en Driezorg = director, Zonnehuisgroep IJssel-Vecht
  and Driezorg
== 2024-04-18 | #2e6a34
slug: groepen-in-vier-regios = groups-in-four-regions
title: Deelnemers vormen groepen in vier regio's = Participants form groups in four regions
lead: Na de start van de brede beweging zoeken deelnemers elkaar ook dichter bij huis op, in de
  regio's Noord, Oost, Zuid en West. = After the broad movement's launch, participants also meet
  closer to home, in the North, East, South and West regions.
caption: Kennismaking in een van de regio's = Getting acquainted in one of the regions
themes: zorgzame-gemeenschappen voorbij-sectoren
keywords: regio's; radicale vernieuwing
p: De contactgegevens zijn uitgewisseld en de eerste kennismakingen staan gepland. = Contact
  details have been exchanged and the first introductions are planned.
h: Ondersteuning door LOC = Support from LOC
p: LOC Waardevolle zorg blijft de beweging ondersteunen, met Vera Jansweijer als coördinator en
  Ingrid Rebel voor de jeugdzorg. = LOC Waardevolle zorg continues to support the movement, with
  Vera Jansweijer as coordinator and Ingrid Rebel for youth care.
q: Elke organisatie is uniek, dus vernieuwing kan vele vormen aannemen. = Every organisation is
  unique, so renewal can take many forms.
by: Aukje Lausberg
role: secretaris van de beweging = secretary of the movement
== 2024-05-16 | #87560a
slug: werkbezoek-gemiva = working-visit-to-gemiva
title: Werkbezoek bij Gemiva = Working visit to Gemiva
lead: De regiogroep West bracht als eerste regiogroep een werkbezoek, bij Gemiva. = The West
  regional group was the first to pay a working visit, to Gemiva.
caption: Deelnemers op bezoek bij Gemiva = Participants visiting Gemiva
themes: zinvolle-daginvulling voorbij-sectoren
keywords: regio's; gehandicaptenzorg
participants: Gemiva
p: Deelnemers uit verschillende sectoren keken mee in de praktijk en spraken over zingeving en
  meedoen in de buurt. = Participants from different sectors looked at daily practice and talked
  about meaning and taking part in the neighbourhood.
h: Werken over de grens = Working across the line
p: Een voorbeeld: mensen uit de gehandicaptenzorg die met goede ondersteuning in de ouderenzorg
  werken, en daarmee van betekenis zijn voor anderen. = One example: people from disability care
  who, with good support, work in elderly care and so mean something to others.
img: Een rondleiding op locatie = A tour on site
q: Het leven draait om betekenisvolle relaties, niet om zorg. = Life is about meaningful
  relationships, not about care.
by: Een deelnemer = A participant
role: gehandicaptenzorg = disability care
== 2024-09-12 | #1f5b8f
slug: besturen-met-client-en-medewerker = governing-with-client-and-care-worker
title: Besturen met cliënt en zorgmedewerker aan tafel = Governing with a client and a care
  worker at the table
lead: Enkele deelnemers verkennen tripartite besturen: een bestuur met een
  cliëntvertegenwoordiger en een zorgmedewerker. = Some participants are exploring tripartite
  governance: a board with a client representative and a care worker.
caption: Cliëntenraad en bestuur in gesprek = Client council and board in conversation
themes: samenzeggenschap vernieuwend-leren-en-verantwoorden
keywords: gehandicaptenzorg; radicale vernieuwing
participants: Ons Tweede Thuis
p: Vraag het aan mensen met ervaring in de praktijk, zeggen ervaringsdeskundigen steeds weer. Wie
  de mensen om wie het gaat betrekt, ziet de mens als geheel. = Ask the people with experience
  in practice, experts by experience say again and again. Involving the people concerned means
  seeing the whole person.
h: Durven delen = Daring to share
p: Jorgen Bunte, lid van de centrale cliëntenraad van Ons Tweede Thuis, dacht mee over de aanpak.
  = Jorgen Bunte, member of the central client council of Ons Tweede Thuis, helped shape the
  approach.
q: Deel ook wat misging. Als het een beetje schuurt, zijn we op de goede weg. = Share what went
  wrong too. If it chafes a little, we are on the right track.
by: Susan Veenhoff
role: bestuurder Ons Tweede Thuis = director, Ons Tweede Thuis
== 2025-01-23 | #1f5b8f
slug: terugblik-eerste-jaar-brede-beweging = looking-back-first-year-broad-movement
title: Terugblik: het eerste jaar als brede beweging = Looking back: the first year as a broad
  movement
lead: Een jaar na de start in Utrecht verschijnt een rapport over wat de brede beweging opleverde.
  = A year after the launch in Utrecht, a report looks at what the broad movement achieved.
caption: Terugblik op een jaar brede beweging = Looking back on a year of the broad movement
themes: voorbij-sectoren mensen-en-initiatieven
keywords: radicale vernieuwing; ggz; gehandicaptenzorg
publication: een-brede-beweging-terugblik-2024
p: Het rapport volgt de vier regiogroepen en de centrale thema's. = The report follows the four
  regional groups and the central themes.
h: Samen met de jeugdzorg = Together with youth care
p: De jeugdzorg is nog een aparte beweging, maar zoekt de brede beweging steeds vaker op. Die
  samenwerking groeit verder. = Youth care is still a separate movement, but works with the
  broad movement more and more often. That cooperation keeps growing.
q: Bevrijd de mens, bevrijd de samenleving. = Free the person, free society.
by: Motto van de beweging = The movement's motto
role: Radicale vernieuwing
""")
]

# What the Dutch home page highlights: (kind, Dutch slug).
FEATURED = [
    ("theme", "zorgzame-gemeenschappen"),
    ("news", "bewegingen-radicale-vernieuwing-bundelen-krachten"),
    ("publication", "een-brede-beweging-terugblik-2024"),
]
