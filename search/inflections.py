"""Dutch word forms that the Snowball 3 Dutch stemmer leaves apart, as tables.

search/stemming.py rewrites a word with these before Snowball sees it, so that two forms
of one word reach the stemmer in shapes it already conflates. The rewriting is the same
for text and queries (both go through `stem()`), so a rewrite may produce a word that does
not exist: it only has to land on the same stem as the word's other forms.

Each table is matched on a word's ending, so that compounds follow their last part
("kinderen", "pleegkinderen"), but only when what stands before the ending is a whole
part of at least COMPOUND_PREFIX letters: "verleden" (the past) is no plural of "lid".
Why each table exists is said above it; tests/search/inflections_nl.txt holds the pairs
they were written for, and the words they must not merge.
"""

COMPOUND_PREFIX = 3

# Irregular plurals, written as their singular: Snowball stems "kinderen" as "kinder",
# "steden" as "steed" (which is another word) and "leden" as "leed" (suffering).
IRREGULAR_PLURALS = {
    "kinderen": "kind",
    "steden": "stad",
    "leden": "lid",
    "schepen": "schip",
    "bladeren": "blad",
    "liederen": "lied",
    "eieren": "ei",
    "volkeren": "volk",
    "gelederen": "gelid",
    "problemen": "probleem",
    "regelen": "regel",
    "catalogi": "catalogus",
    "alumni": "alumnus",
    "stimuli": "stimulus",
}

# Nouns in -es whose plural doubles the "s": Snowball stems "proces" as "proce" and
# "processen" as "proces". Written as the plural.
DOUBLED_S_SINGULARS = {
    "proces": "processen",
    "congres": "congressen",
    "adres": "adressen",
    "succes": "successen",
}

# Nouns whose "s" is their own (kans, wens): Snowball drops it as if it were a plural's.
# Written as the plural, as "mens" always was.
S_SINGULARS = {
    "kans": "kansen",
    "wens": "wensen",
    "grens": "grenzen",
    "dans": "dansen",
    "mens": "mensen",
}

# Nouns with a short vowel whose plural spells the vowel open: Snowball lengthens it in
# the plural ("dagen" -> "daag", as it must for "maken" -> "maak"), but not in the
# singular ("dag"). Written as the plural, the singular stems as the plural does; the
# other way round would part "uitdagen" from "uitdaagt".
SHORT_VOWEL_SINGULARS = {
    "dag": "dagen",
    "weg": "wegen",
    "pad": "paden",
    "bad": "baden",
    "spel": "spelen",
    "slot": "sloten",
    "lot": "loten",
    "glas": "glazen",
    "god": "goden",
    "dak": "daken",
    "gat": "gaten",
    "hof": "hoven",
    "staf": "staven",
    "gebrek": "gebreken",
    "bedrag": "bedragen",
    "verdrag": "verdragen",
    "oorlog": "oorlogen",
    "bevel": "bevelen",
    "gebed": "gebeden",
    "verbod": "verboden",
}

# Nouns ending in -ld or -rd: Snowball reads their plural as a past tense ("voorbeelden"
# like "speelden") and drops "-den", while the singular keeps its "d". The plural is
# written as the singular; past tenses such as "speelden" and "deelden" are left alone.
LD_RD_NOUNS = (
    "beeld",
    "veld",
    "woord",
    "wereld",
    "held",
    "schild",
    "akkoord",
    "standaard",
    "bord",
    "oord",
    "moord",
    "gebaard",
)
LD_RD_PLURALS = {noun + "en": noun for noun in LD_RD_NOUNS}

# Words that end like a table's key but are no form of it.
NOT_INFLECTED = frozenset(
    {
        "verleden",  # the past, not "ver" + "leden"
        "overleden",  # died
        "besteden",  # to spend
        "verkeerd",  # wrong: not a form of "verkeren" and "verkeer" (traffic)
    }
)

# Latin neuters in -um take -a in the plural (museum/musea, centrum/centra); Snowball
# keeps both endings. Written as the plural. Not: "album" (albums), "datum" (a date,
# whose "data" are other words), nor "-uum" (kostuum, vacuüm).
LATIN_UM_EXCEPTIONS = ("album", "datum", "forum")

# Common irregular Dutch verb forms, as their infinitive: present forms that no rule can
# tell from a noun, and strong past tenses and participles. Whole words only.
DUTCH_IRREGULAR_VERBS = {
    "kan": "kunnen",
    "kunt": "kunnen",
    "wil": "willen",
    "wilt": "willen",
    "gaat": "gaan",
    "ging": "gaan",
    "gingen": "gaan",
    "doet": "doen",
    "deed": "doen",
    "deden": "doen",
    "gedaan": "doen",
    "ziet": "zien",
    "zag": "zien",
    "zagen": "zien",
    "gezien": "zien",
    "komt": "komen",
    "kwam": "komen",
    "kwamen": "komen",
    "gekomen": "komen",
    "nam": "nemen",
    "namen": "nemen",
    "genomen": "nemen",
    "gaf": "geven",
    "gaven": "geven",
    "werd": "worden",
    "werden": "worden",
    "geworden": "worden",
    "heeft": "hebben",
    "had": "hebben",
    "hadden": "hebben",
    "gehad": "hebben",
    "bleef": "blijven",
    "bleven": "blijven",
    "gebleven": "blijven",
    "bracht": "brengen",
    "brachten": "brengen",
    "gebracht": "brengen",
    "dacht": "denken",
    "dachten": "denken",
    "gedacht": "denken",
    "vond": "vinden",
    "vonden": "vinden",
    "gevonden": "vinden",
    "kreeg": "krijgen",
    "kregen": "krijgen",
    "gekregen": "krijgen",
    "zei": "zeggen",
    "zeiden": "zeggen",
    "gezegd": "zeggen",
    "sprak": "spreken",
    "spraken": "spreken",
    "gesproken": "spreken",
    "schreef": "schrijven",
    "schreven": "schrijven",
    "geschreven": "schrijven",
    "begon": "beginnen",
    "begonnen": "beginnen",
    "koos": "kiezen",
    "kozen": "kiezen",
    "gekozen": "kiezen",
    "stond": "staan",
    "stonden": "staan",
    "ontstond": "ontstaan",
    "ontstonden": "ontstaan",
    "betrokken": "betrekken",
}


def ending_table_match(word, table):
    """The table's rewrite of `word` if it is a key or a compound ending in one, else None."""
    if word in NOT_INFLECTED:
        return None
    if word in table:
        return table[word]
    for start in range(COMPOUND_PREFIX, len(word) - 1):
        ending = word[start:]
        if ending in table:
            return word[:start] + table[ending]
    return None


# English forms that no suffix rule reaches, written as the form whose stem they share:
# irregular plurals and the past forms of common irregular verbs. Not "left" (leave, or
# the side), "found" (find, or to found an organisation), "leaves" (leaf, or leave).
ENGLISH_IRREGULAR = {
    # plurals
    "children": "child",
    "people": "person",
    "men": "man",
    "women": "woman",
    "life": "live",  # "lives" is both; "life" joins "live", "living" and "lives"
    "wives": "wife",
    "halves": "half",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "media": "medium",
    "curricula": "curriculum",
    "indices": "index",
    "appendices": "appendix",
    "matrices": "matrix",
    # verbs
    "went": "go",
    "gone": "go",
    "came": "come",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "grew": "grow",
    "grown": "grow",
    "spoke": "speak",
    "spoken": "speak",
    "wrote": "write",
    "written": "write",
    "thought": "think",
    "brought": "bring",
    "made": "make",
    "began": "begin",
    "begun": "begin",
    "ran": "run",
    "built": "build",
    "learnt": "learn",
    "said": "say",
    "told": "tell",
    "kept": "keep",
    "held": "hold",
    "met": "meet",
    "paid": "pay",
    "sent": "send",
    "spent": "spend",
    "taught": "teach",
    "understood": "understand",
    "chose": "choose",
    "chosen": "choose",
    "knew": "know",
    "known": "know",
    "did": "do",
    "done": "do",
    "became": "become",
    "led": "lead",
    "meant": "mean",
    "heard": "hear",
    "stood": "stand",
    "sought": "seek",
    "felt": "feel",
}
