"""Word lists for the benchmark's generated text, most frequent first, in both languages.

The text is nonsense made of real words, so that stemming, compounds and the vocabulary
see what they see on the real site: inflected forms, compounds, names of places.
"""

from types import SimpleNamespace


def _words(text):
    return list(dict.fromkeys(text.split()))


DUTCH_COMMON = _words(
    """de het een en van in op te voor met is dat die zijn aan om als bij er ook naar door
    zorg mensen bewoners wijk gemeenschap gemeenschappen samen elkaar leren werken
    buurt dorp organisatie organisaties zorgorganisatie zorgorganisaties jeugdzorg
    ouderenzorg thuiszorg wijkverpleging verpleging dementie familie naasten vrijwilligers
    vrijwilliger burgerinitiatief burgerinitiatieven initiatief initiatieven gemeente
    gemeenten beweging bewegingen vernieuwing radicale verpleeghuis verpleeghuizen
    huiskamer muziek koken tuin wandelen verhalen verhaal leven gewone regels ruimte
    vrijheid veiligheid zeggenschap samenzeggenschap bestuurders medewerkers teams team
    professionals cliënten cliënt kinderen jongeren ouderen gezinnen gezin school onderwijs
    zorgonderwijs opleiding stage praktijk onderzoek rapport magazine bijeenkomst
    werkbezoek netwerk netwerken sectoren sector gehandicaptenzorg ggz geestelijke
    gezondheidszorg herstel ervaringsdeskundigen kwaliteit verantwoorden verantwoording
    vertrouwen toezicht inspectie financiering budget geld tijd aandacht betekenis
    relaties relatie autonomie eigen regie keuzes dagbesteding daginvulling zinvolle
    zorgzame vernieuwend verzakelijkt verzakelijken bureaucratie administratie
    registratie minder meer nieuwe goede kleine grote lokale regionale landelijke
    samenwerking samenwerken delen ervaringen vertellen luisteren vragen antwoorden
    ontmoeten ontmoeting afspraken plannen plan experiment experimenten proeftuin
    proeftuinen leernetwerk leernetwerken welzijn wonen woningen woonzorg mantelzorg
    mantelzorgers buren buurtzorg buurthuis dorpshuis sport bewegen eten maaltijd""",
)

ENGLISH_COMMON = _words(
    """the a and of in to for with is that are on as by at from it this be care people
    residents neighbourhood community communities together each other learning learn
    working work village organisation organisations care organisations youth care elderly
    home care district nursing nursing dementia family relatives volunteers volunteer
    citizens initiative initiatives municipality municipalities movement movements
    renewal radical nursing home nursing homes living room music cooking garden walking
    stories story life ordinary rules room freedom safety say ownership directors staff
    teams team professionals clients client children young older families family school
    education care education training placement practice research report magazine
    meeting working visit network networks sectors sector disability care mental health
    recovery peer experts quality accountability trust supervision inspection funding
    budget money time attention meaning relationships relationship autonomy own choices
    day activities meaningful caring innovative businesslike bureaucracy administration
    registration less more new good small large local regional national cooperation
    cooperate share experiences tell listen ask answers meet encounter agreements plans
    plan experiment experiments pilot pilots learning networks wellbeing housing homes
    informal carers neighbours community centre village hall sport exercise food meal""",
)


def _themes(words):
    """Twenty theme titles from the content words (the list's function words left out)."""
    start = 22
    return [f"{words[i].capitalize()} en {words[i + 1]}" for i in range(start, start + 60, 3)]


def _keywords(words, language):
    """Keyword names, unique across both languages (taggit tags share one namespace)."""
    nouns = words[20:]
    return [f"{nouns[i % len(nouns)]} {language}{i // len(nouns) + 1}" for i in range(200)]


WORDS = {
    "nl": SimpleNamespace(
        common=DUTCH_COMMON,
        themes=_themes(DUTCH_COMMON),
        keywords=_keywords(DUTCH_COMMON, "nl"),
        sector="Verpleeghuiszorg",
        cities=["Utrecht", "Zwolle", "Den Haag", "Tilburg", "Groningen", "Arnhem"],
    ),
    "en": SimpleNamespace(
        common=ENGLISH_COMMON,
        themes=[title.replace(" en ", " and ") for title in _themes(ENGLISH_COMMON)],
        keywords=_keywords(ENGLISH_COMMON, "en"),
        sector="Nursing home care",
        cities=["Utrecht", "Zwolle", "The Hague", "Tilburg", "Groningen", "Arnhem"],
    ),
}
