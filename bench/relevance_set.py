"""The relevance benchmark's articles and queries (bench/relevance_bench.py).

Each article is about one subject that no other page of the site is about, written for
this benchmark in the manner of the movement's news: a place, an organisation, a practice.
Each query is what a visitor looking for that article might type: another form of its
words, a name, its words without quotes, a misspelling, a question in a few words; each
word of a query, or another form of it, is in the article it should find, which is named by
its title.
"""

from types import SimpleNamespace


def article(title, lead, *paragraphs):
    return SimpleNamespace(title=title, lead=lead, paragraphs=paragraphs)


DUTCH_ARTICLES = [
    article(
        "Wijkcoöperatie in Zwolle neemt de thuiszorg zelf in handen",
        "Bewoners van Holtenbroek richtten een coöperatie op die hun eigen zorg regelt.",
        "De coöperatie huurt twee wijkverpleegkundigen in en werkt met vaste gezichten. "
        "Wie zorg nodig heeft, belt een buurman en niet een callcenter.",
        "Na een jaar zijn er minder ziekenhuisopnames en meer vrijwilligers dan verwacht.",
    ),
    article(
        "Kleinschalig wonen met dementie op een boerenerf",
        "In Drenthe wonen acht mensen met dementie op een werkende boerderij.",
        "Ze voeren de kippen, helpen in de moestuin en eten samen aan een lange tafel. "
        "Het personeel draagt geen uniform.",
        "Familie komt vaker op bezoek dan in het verpleeghuis waar de bewoners eerst woonden.",
    ),
    article(
        "Minder registratielast: zo schrapte een jeugdzorgaanbieder de helft van de formulieren",
        "Jeugdhulpverleners besteedden een derde van hun tijd aan administratie.",
        "Samen met de gemeente werd elk formulier langsgelopen: wie leest het en waarom? "
        "Wat niemand las, verdween.",
        "De tijd die vrijkwam gaat nu naar gesprekken met gezinnen.",
    ),
    article(
        "Herstelacademie Utrecht: cursussen door en voor ervaringsdeskundigen",
        "Mensen met psychische kwetsbaarheid geven er les aan elkaar.",
        "Een herstelacademie biedt cursussen over eigen regie, rouw en terugkeer naar werk. "
        "De docenten hebben zelf een herstelproces doorgemaakt.",
        "De GGZ-instelling stelt ruimte beschikbaar maar bepaalt het programma niet.",
    ),
    article(
        "Zorgboerderij De Hooiberg vraagt geen indicatie meer",
        "Wie wil meedoen, mag komen: de dagbesteding is vrij toegankelijk geworden.",
        "De gemeente betaalt een vast bedrag per jaar in plaats van per deelnemer. "
        "Daardoor verdween het wachten op een indicatie.",
        "Ook buurtbewoners zonder hulpvraag komen helpen.",
    ),
    article(
        "Leerwerkplaats in het verpleeghuis leidt zij-instromers op",
        "Zij-instromers leren het vak op de afdeling, met een vaste leermeester.",
        "De leerwerkplaats combineert een mbo-opleiding met werken in een klein team. "
        "Na twee jaar hebben de meeste deelnemers een diploma en een vaste baan.",
    ),
    article(
        "Familieraad krijgt beslissende stem over de dagindeling",
        "In een woonzorgcentrum in Tilburg besluit de familieraad mee over roosters.",
        "Bezoektijden, maaltijden en activiteiten worden niet meer van bovenaf vastgesteld. "
        "De raad komt elke maand bijeen met de teamleider.",
    ),
    article(
        "Buurtteam Lombok werkt zonder wachtlijst",
        "Het buurtteam in de Utrechtse wijk Lombok helpt iedereen binnen een week.",
        "Er is geen intake meer met vaste vragenlijsten. Een medewerker gaat langs en "
        "vraagt wat er nodig is.",
        "Volgens het team voorkomt snelle hulp dat problemen groter worden.",
    ),
    article(
        "Regelarme instelling: een jaar experimenteren met minder protocollen",
        "Een instelling voor gehandicaptenzorg mocht een jaar afwijken van haar eigen regels.",
        "Begeleiders kregen ruimte om samen met cliënten te bepalen wat goede zorg is. "
        "De inspectie keek mee.",
        "Van de tweehonderd protocollen bleven er veertig over.",
    ),
    article(
        "Mantelzorgers in Almere krijgen een vaste contactpersoon",
        "Wie voor een naaste zorgt, hoeft niet meer zelf alle loketten af.",
        "De gemeente Almere wijst elke mantelzorger één contactpersoon toe die alles "
        "regelt, van respijtzorg tot huishoudelijke hulp.",
    ),
    article(
        "Ouderen koken voor statushouders in Deventer",
        "Een kookclub brengt oudere buurtbewoners en nieuwkomers bij elkaar.",
        "Elke donderdag koken ze samen in het buurthuis. Recepten uit Syrië en Eritrea "
        "staan naast stamppot.",
        "De eenzaamheid onder de deelnemers nam merkbaar af.",
    ),
    article(
        "Persoonsvolgend budget maakt verhuizen binnen de regio mogelijk",
        "Het budget volgt de cliënt, niet de instelling.",
        "Cliënten met een beperking kunnen daardoor kiezen voor een andere woonvorm "
        "zonder opnieuw een aanvraag te doen.",
    ),
    article(
        "Nachtzorg op afstand met slimme sensoren",
        "In een woonvoorziening letten sensoren 's nachts op onrust.",
        "Nachtdienstmedewerkers worden alleen gewaarschuwd als een bewoner hulp nodig "
        "heeft. Bewoners slapen beter omdat niemand meer komt kijken.",
    ),
    article(
        "Schoolmaatschappelijk werk in het speciaal onderwijs",
        "Een jeugdzorgaanbieder en drie scholen werken met één team.",
        "Leerlingen met gedragsproblemen krijgen hulp op school in plaats van na "
        "schooltijd op een kantoor. Leerkrachten kunnen direct overleggen.",
    ),
    article(
        "Woningcorporatie en zorgaanbieder bouwen samen een hofje",
        "In Leeuwarden verrijst een hofje voor ouderen en jonge gezinnen.",
        "De woningcorporatie bouwt, de zorgaanbieder levert zorg aan huis en de "
        "bewoners beheren samen de gemeenschappelijke tuin.",
    ),
    article(
        "Vrijwilligers vervoeren ouderen met elektrische buurtbus",
        "Een dorp in Zeeland heeft zijn eigen vervoersdienst opgezet.",
        "Twintig vrijwillige chauffeurs rijden ouderen naar de huisarts, de markt en "
        "familie. De bus is gekocht met geld uit een dorpsfonds.",
    ),
    article(
        "Inspraak van jongeren in de jeugdhulp via een jongerenpanel",
        "Jongeren beoordelen zelf de hulp die ze krijgen.",
        "Het jongerenpanel adviseert de gemeente over nieuwe contracten met "
        "jeugdhulpaanbieders. Panelleden worden betaald voor hun tijd.",
    ),
    article(
        "Zelfroosteren geeft verpleegkundigen grip op hun werktijden",
        "Teams maken hun eigen rooster in een ziekenhuis in Enschede.",
        "Het ziekteverzuim daalde en minder verpleegkundigen vertrokken. "
        "Roosteraars werden coaches van de teams.",
    ),
    article(
        "Het Buurtpension: tijdelijk logeren om mantelzorgers te ontlasten",
        "Ouderen kunnen een paar dagen logeren in een pension in hun eigen wijk.",
        "Mantelzorgers krijgen zo even rust, terwijl de oudere in een bekende omgeving "
        "blijft. Vrijwilligers uit de buurt koken en doen spelletjes.",
    ),
    article(
        "Geldzorgen vroeg signaleren met de huisarts",
        "Huisartsen in Rotterdam-Zuid vragen patiënten naar schulden.",
        "Wie betalingsachterstanden heeft, wordt dezelfde dag doorverwezen naar "
        "schuldhulpverlening. Stress door schulden maakt mensen ziek.",
    ),
    article(
        "Ervaringsdeskundigheid in de wijkverpleging",
        "Een wijkverpleegkundige met een eigen ziektegeschiedenis vertelt.",
        "Zij weet hoe het is om afhankelijk te zijn van zorg. Dat maakt gesprekken "
        "met cliënten anders en eerlijker.",
    ),
    article(
        "Een moestuin op het dak van de ggz-kliniek",
        "Patiënten en medewerkers kweken samen groenten boven op het gebouw.",
        "Het werk in de tuin geeft structuur aan de dag. De oogst gaat naar de keuken "
        "van de kliniek en naar de voedselbank.",
    ),
    article(
        "Gemeente Nijmegen schaft de eigen bijdrage voor dagbesteding af",
        "Inwoners betalen niets meer voor dagbesteding in de buurt.",
        "De gemeente verwacht dat meer mensen op tijd meedoen en minder snel zwaardere "
        "zorg nodig hebben. Het besluit geldt voor vier jaar.",
    ),
    article(
        "Praktijkvoorbeelden van samenwerking tussen school en zorg",
        "Drie voorbeelden van scholen die zorg in de klas halen.",
        "In elk voorbeeld werken leerkracht en hulpverlener met één plan per kind. "
        "Ouders schuiven aan bij de bespreking.",
    ),
]

ENGLISH_ARTICLES = [
    article(
        "Neighbourhood cooperative in Zwolle runs its own home care",
        "Residents of Holtenbroek set up a cooperative that arranges their care.",
        "The cooperative hires two district nurses and works with familiar faces. "
        "Anyone who needs care calls a neighbour, not a call centre.",
    ),
    article(
        "Small-scale living with dementia on a working farm",
        "In Drenthe eight people with dementia live on a farm.",
        "They feed the chickens, help in the vegetable garden and eat together at a "
        "long table. Staff wear no uniform.",
    ),
    article(
        "Less paperwork: a youth care provider scrapped half of its forms",
        "Youth workers spent a third of their time on administration.",
        "Together with the municipality every form was reviewed: who reads it and why? "
        "What nobody read was dropped.",
    ),
    article(
        "Recovery college in Utrecht: courses by and for peer experts",
        "People with mental health problems teach each other.",
        "The recovery college offers courses on self-direction, grief and returning to "
        "work. The teachers went through recovery themselves.",
    ),
    article(
        "Care farm stops asking for referrals",
        "Anyone who wants to take part is welcome: day activities are open to all.",
        "The municipality pays a fixed yearly sum instead of a fee per participant, so "
        "the wait for a referral is gone.",
    ),
    article(
        "Family council gets a decisive vote on the daily routine",
        "In a care home in Tilburg the family council decides on schedules.",
        "Visiting hours, meals and activities are no longer set from above. The council "
        "meets the team leader every month.",
    ),
    article(
        "Neighbourhood team in Lombok works without a waiting list",
        "The team in the Utrecht district of Lombok helps everyone within a week.",
        "There is no intake with fixed questionnaires any more. A worker visits and asks "
        "what is needed.",
    ),
    article(
        "Older residents cook for refugees in Deventer",
        "A cooking club brings older neighbours and newcomers together.",
        "Every Thursday they cook together in the community centre. Recipes from Syria "
        "and Eritrea sit beside Dutch stews.",
    ),
    article(
        "Remote night care with smart sensors",
        "In a supported living home sensors watch for restlessness at night.",
        "Night staff are alerted only when a resident needs help. Residents sleep better "
        "because nobody comes to check on them.",
    ),
    article(
        "Self-rostering gives nurses a grip on their hours",
        "Teams make their own rosters in a hospital in Enschede.",
        "Sick leave fell and fewer nurses left. The schedulers became coaches of the teams.",
    ),
    article(
        "Spotting money worries early at the GP",
        "General practitioners in Rotterdam-Zuid ask patients about debts.",
        "Anyone behind on payments is referred to debt counselling the same day. Stress "
        "about debt makes people ill.",
    ),
    article(
        "A vegetable garden on the roof of the mental health clinic",
        "Patients and staff grow vegetables together on top of the building.",
        "Work in the garden gives the day structure. The harvest goes to the clinic's "
        "kitchen and to the food bank.",
    ),
]

# (query, title of the article it should find)
DUTCH_QUERIES = [
    ("wijkcoöperatie", DUTCH_ARTICLES[0].title),
    ("wijkcooperatie zwolle", DUTCH_ARTICLES[0].title),
    ("coöperatie thuiszorg", DUTCH_ARTICLES[0].title),
    ("dementie boerderij", DUTCH_ARTICLES[1].title),
    ("wonen met dementie op een boerenerf", DUTCH_ARTICLES[1].title),
    ("registratielast", DUTCH_ARTICLES[2].title),
    ("formulieren schrappen jeugdzorg", DUTCH_ARTICLES[2].title),
    ("herstelacademie", DUTCH_ARTICLES[3].title),
    ("ervaringsdeskundige cursus", DUTCH_ARTICLES[3].title),
    ("zorgboerderij indicatie", DUTCH_ARTICLES[4].title),
    ("hooiberg", DUTCH_ARTICLES[4].title),
    ("leerwerkplaats", DUTCH_ARTICLES[5].title),
    ("zij-instromer opleiding", DUTCH_ARTICLES[5].title),
    ("familieraad", DUTCH_ARTICLES[6].title),
    ("buurtteam lombok", DUTCH_ARTICLES[7].title),
    ("wachtlijsten buurtteam", DUTCH_ARTICLES[7].title),
    ("regelarm", DUTCH_ARTICLES[8].title),
    ("minder protocollen", DUTCH_ARTICLES[8].title),
    ("mantelzorger contactpersoon", DUTCH_ARTICLES[9].title),
    ("statushouders koken", DUTCH_ARTICLES[10].title),
    ("persoonsvolgend budget", DUTCH_ARTICLES[11].title),
    ("sensoren nachtzorg", DUTCH_ARTICLES[12].title),
    ("schoolmaatschappelijk werk", DUTCH_ARTICLES[13].title),
    ("hofje woningcorporatie", DUTCH_ARTICLES[14].title),
    ("buurtbus vrijwilligers", DUTCH_ARTICLES[15].title),
    ("jongerenpanel", DUTCH_ARTICLES[16].title),
    ("zelfroosteren", DUTCH_ARTICLES[17].title),
    ("zelf roosteren verpleegkundigen", DUTCH_ARTICLES[17].title),
    ("buurtpension", DUTCH_ARTICLES[18].title),
    ("logeren mantelzorgers ontlasten", DUTCH_ARTICLES[18].title),
    ("schulden huisarts", DUTCH_ARTICLES[19].title),
    ("geldzorgen", DUTCH_ARTICLES[19].title),
    ("moestuin ggz", DUTCH_ARTICLES[21].title),
    ("eigen bijdrage dagbesteding", DUTCH_ARTICLES[22].title),
    ("praktijkvoorbeeld school zorg", DUTCH_ARTICLES[23].title),
    ("herstelacadmie", DUTCH_ARTICLES[3].title),  # misspelt
    ("registratelast", DUTCH_ARTICLES[2].title),  # misspelt
    # Common words, which thousands of other pages use too: the article must still win.
    ("ouderen koken met nieuwkomers", DUTCH_ARTICLES[10].title),
    ("mensen met dementie op de boerderij", DUTCH_ARTICLES[1].title),
    ("zorg regelen via de buurman", DUTCH_ARTICLES[0].title),
    ("verpleegkundigen maken zelf hun rooster", DUTCH_ARTICLES[17].title),
    ("vrijwilligers rijden ouderen", DUTCH_ARTICLES[15].title),
    ("jongeren beoordelen de jeugdhulp", DUTCH_ARTICLES[16].title),
    ("familie besluit mee over roosters", DUTCH_ARTICLES[6].title),
    ("hulp op school bij gedragsproblemen", DUTCH_ARTICLES[13].title),
    ("patiënten werken in de tuin", DUTCH_ARTICLES[21].title),
    ("stress door schulden", DUTCH_ARTICLES[19].title),
    ("minder administratie meer tijd voor gezinnen", DUTCH_ARTICLES[2].title),
    ("bouwen voor ouderen en jonge gezinnen", DUTCH_ARTICLES[14].title),
    ("inwoners betalen niets voor dagbesteding", DUTCH_ARTICLES[22].title),
    ("hulp binnen een week zonder intake", DUTCH_ARTICLES[7].title),
    ("minder regels in de gehandicaptenzorg", DUTCH_ARTICLES[8].title),
    # Other forms of the article's words.
    ("zorgboerderijen", DUTCH_ARTICLES[4].title),
    ("mantelzorgers", DUTCH_ARTICLES[9].title),
    ("sensor", DUTCH_ARTICLES[12].title),
    ("leerwerkplaatsen", DUTCH_ARTICLES[5].title),
    ("familieraden", DUTCH_ARTICLES[6].title),
    ("buurtteams zonder wachtlijsten", DUTCH_ARTICLES[7].title),
    ("ervaringsdeskundigheid", DUTCH_ARTICLES[20].title),
]

ENGLISH_QUERIES = [
    ("cooperative home care", ENGLISH_ARTICLES[0].title),
    ("zwolle", ENGLISH_ARTICLES[0].title),
    ("dementia farm", ENGLISH_ARTICLES[1].title),
    ("paperwork forms", ENGLISH_ARTICLES[2].title),
    ("recovery college", ENGLISH_ARTICLES[3].title),
    ("peer expert courses", ENGLISH_ARTICLES[3].title),
    ("care farm referral", ENGLISH_ARTICLES[4].title),
    ("family council", ENGLISH_ARTICLES[5].title),
    ("waiting list lombok", ENGLISH_ARTICLES[6].title),
    ("refugees cooking", ENGLISH_ARTICLES[7].title),
    ("sensors night", ENGLISH_ARTICLES[8].title),
    ("self rostering", ENGLISH_ARTICLES[9].title),
    ("debt general practitioner", ENGLISH_ARTICLES[10].title),
    ("roof garden clinic", ENGLISH_ARTICLES[11].title),
    ("recovry colege", ENGLISH_ARTICLES[3].title),  # misspelt
    # Common words, which thousands of other pages use too.
    ("older people cook with newcomers", ENGLISH_ARTICLES[7].title),
    ("people with dementia living on a farm", ENGLISH_ARTICLES[1].title),
    ("nurses make their own schedules", ENGLISH_ARTICLES[9].title),
    ("families decide in the care home", ENGLISH_ARTICLES[5].title),
    ("stress about debt", ENGLISH_ARTICLES[10].title),
    ("patients work in the garden", ENGLISH_ARTICLES[11].title),
    ("help within a week without intake", ENGLISH_ARTICLES[6].title),
    ("less administration for youth workers", ENGLISH_ARTICLES[2].title),
    # Other forms of the article's words.
    ("cooperatives", ENGLISH_ARTICLES[0].title),
    ("sensor", ENGLISH_ARTICLES[8].title),
    ("farms", ENGLISH_ARTICLES[1].title),
]
