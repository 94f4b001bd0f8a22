"""Words for days and times in German and English, in folded spelling (see `normalize.fold`).

Language knowledge only: which word names which weekday, month or part of the day. What a salon
is open and which holidays it keeps live in the salon file.
"""

from __future__ import annotations

import functools

# Each day's German and English name, Monday first, then other spellings of it (their plurals
# written out). Both names are also said in the plural with "-s" ("dienstags", "on Tuesdays"):
# those are added below. One place for every spelling: the patterns below are made from these.
_WEEKDAY_NAMES = (
    ("montag", "monday"),
    ("dienstag", "tuesday", "tues"),
    ("mittwoch", "wednesday", "weds"),
    ("donnerstag", "thursday", "thurs", "thur"),
    ("freitag", "friday"),
    ("samstag", "saturday", "sonnabend", "sonnabends"),
    ("sonntag", "sunday"),
)
GERMAN_WEEKDAYS = tuple(names[0] for names in _WEEKDAY_NAMES)  # "montag" ... "sonntag"
ENGLISH_WEEKDAYS = tuple(names[1] for names in _WEEKDAY_NAMES)  # "monday" ... "sunday"

WEEKDAYS: dict[str, int] = {}
for _index, (_german, _english, *_others) in enumerate(_WEEKDAY_NAMES):
    for _name in (_german, f"{_german}s", *_others, _english, f"{_english}s"):
        WEEKDAYS[_name] = _index

# Days named from today, German and English.
GERMAN_NEAR_DAYS = ("heute", "morgen", "uebermorgen")
ENGLISH_NEAR_DAYS = ("today", "tomorrow")

# Abbreviations are read only where they cannot be ordinary words ("so" is "about", "do" is
# English): as a whole field ("Fr") or written with a dot ("Fr.").
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mo": 0, "mon": 0, "di": 1, "tue": 1, "mi": 2, "wed": 2, "do": 3, "thu": 3,
    "fr": 4, "fri": 4, "sa": 5, "sat": 5, "so": 6, "sun": 6,
}  # fmt: skip

MONTHS: dict[str, int] = {}
for _index, _names in enumerate(
    (
        ("januar", "jaenner", "january", "jan"),
        ("februar", "feber", "february", "feb"),
        ("maerz", "marz", "march", "maer", "mar"),
        ("april", "apr"),
        ("mai", "may"),
        ("juni", "juno", "june", "jun"),
        ("juli", "julei", "july", "jul"),
        ("august", "aug"),
        ("september", "sept", "sep"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nov"),
        ("dezember", "december", "dez", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _index

WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
# The weekdays' names alone, no plural or other spelling: "montag|...|sonntag|monday|...|sunday"
WEEKDAY_NAME_RE = "|".join((*GERMAN_WEEKDAYS, *ENGLISH_WEEKDAYS))
NEAR_DAY_RE = "|".join((*GERMAN_NEAR_DAYS, *ENGLISH_NEAR_DAYS))  # "heute|morgen|...|tomorrow"
GERMAN_NEAR_DAY_RE = "|".join(GERMAN_NEAR_DAYS)
# Without "übermorgen", for the two readers that have never read it (work_bound, cannot_then)
TODAY_TOMORROW_RE = "|".join(
    d for d in (*GERMAN_NEAR_DAYS, *ENGLISH_NEAR_DAYS) if d != "uebermorgen"
)

# Words a speech recogniser splits in two ("Frei tag", "über morgen"); joined back when the pair
# spells one of these.
JOINABLE = frozenset(
    [
        *WEEKDAYS,
        "uebermorgen", "ueberuebermorgen", "vorvorgestern", "vormittag", "vormittags", "nachmittag", "nachmittags", "heiligabend",
        "wochenende", "monatsende", "monatsanfang", "ostermontag", "ostersonntag",
        "pfingstmontag", "pfingstsonntag", "karfreitag", "karsamstag", "neujahr", "silvester",
        "weihnachten", "weihnachtstag", "mittagspause", "mittagszeit", "feierabend",
        "vorgestern", "spaetnachmittags", "fruehmorgens",
        # "über nächste Woche", "am über nächsten Freitag": the week or day after next
        "uebernaechste", "uebernaechsten", "uebernaechster", "uebernaechstes",
    ]
)  # fmt: skip

# Parts of a compound such as "Freitagnachmittag" or "morgenfrüh" that name a part of the day.
DAY_PART_SUFFIXES = (
    "morgen", "morgens", "frueh", "vormittag", "vormittags", "mittag", "mittags",
    "nachmittag", "nachmittags", "abend", "abends", "nacht", "nachts",
)  # fmt: skip
DAY_WORD_PREFIXES = (
    *WEEKDAYS, *GERMAN_NEAR_DAYS, "heiligabend", "silvester", "neujahr",
    "karfreitag", "karsamstag", "ostersonntag", "ostermontag", "pfingstsonntag", "pfingstmontag",
    "gruendonnerstag",
)  # fmt: skip

# Words that belong to a day phrase: left over after parsing, they mean part of what the caller
# said was not understood ("in der nächsten Woche" without its weekday rule, "den Freitag
# drauf"), and the answer is a question, not the half that was understood.
TEMPORAL_WORDS = frozenset(
    """
    woche wochen monat monate monaten monats jahr jahre jahres jahren naechste naechsten
    naechster naechstes kommende kommenden kommender kommendes uebernaechste uebernaechsten
    uebernaechster letzte letzten letzter vergangene vergangenen vorige vorigen voriger anfang
    mitte ende tage tagen
    drauf darauf danach davor vorher stunde stunden minuten hour hours minutes week
    vor nach halb viertel dreiviertel bis gegen zwischen kurz und past half quarter until between
    around weeks month months year years next last
    early mid late end beginning middle following after before previous
    herbst sommer winter fruehling fruehjahr autumn summer
    """.split()
)

# Parts of words that name a stretch of time, a feast or a time of day: an unknown word holding
# one ("Januarwoche", "Adventssonntag", "Osterferien", "Brückentag") is part of the day the caller
# means, so it is asked about instead of being dropped.
TEMPORAL_STEMS = (
    "woche", "monat", "jahr", "tag", "advent", "ferien", "urlaub", "fest", "feier", "abend",
    "nacht", "mittag", "morgen", "frueh", "uhr", "stunde", "minute", "oster", "pfingst",
    "weihnacht", "silvester", "neujahr", "karneval", "fasching", "fastnacht", "week", "month",
    "year", "holiday", "vacation", "christmas", "easter", "night", "morning", "noon", "evening",
    "afternoon", "day",
    # another calendar's feast ("chinesisches Neujahr", "orthodoxe Ostern", "Lunar New Year",
    # "Jewish New Year"): the salon file's feast of that name is not meant, so it is asked (W45)
    "chinesisch", "juedisch", "islamisch", "muslimisch", "orthodox", "persisch", "iranisch",
    "hinduist", "buddhist", "julianisch", "hebraeisch", "vietnames", "thailaendisch", "koreanisch",
    "russisch", "aethiopisch", "lunar", "chinese", "jewish", "islamic", "muslim",
    "hebrew", "vietnamese", "korean", "russian", "ethiopian", "persian",
)  # fmt: skip


# English words that end in "-ish" and say nothing about a time: a language or a people, a wish.
# Any other "-ish" word left unread ("tennish" before it was read, "blorfish") is a time said
# about and not understood: asked, never dropped
_NOT_ABOUT_ISH = frozenset(
    "english british irish scottish cornish spanish polish turkish danish swedish finnish jewish "
    "kurdish flemish amish wish fish dish finish rubbish publish".split()
)


@functools.lru_cache(maxsize=65536)  # pure; called per word of every phrase, every name
def is_temporal(word: str) -> bool:
    """A word (folded) that says something about the day or time: never silently dropped."""
    return (
        word in TEMPORAL_WORDS
        or (len(word) > 4 and word.endswith("ish") and word not in _NOT_ABOUT_ISH)
        or any(stem in word for stem in TEMPORAL_STEMS)
        or any(name in word for name in (*WEEKDAYS, *(m for m in MONTHS if len(m) >= 4)))
    )


# Words around a day or time that carry no meaning of their own.
FILLERS = frozenset(
    """
    am an dem den der die das des um im in ab zu zum zur bei beim fuer mit ja also bitte gern gerne
    dann so ok okay oh aeh aehm hm wenn es geht moeglich moeglichst vielleicht eventuell lieber
    liebsten besten passt geht ginge gehen ich haette hatte wuerde moechte will mal einen einem
    eine ein termin uhrzeit zeit tag datum wie waere mir uns wir uhr auch noch schon doch denn
    halt eben gleich genau ungefaehr etwa circa so besser eher
    on the at a an for please maybe perhaps would like could be is it i we please day time date
    around about sometime some of this that
    """.split()
)

NEGATIONS = frozenset({"nicht", "kein", "keine", "keinen", "ausser", "not", "except", "no"})
ALTERNATIVES = frozenset({"oder", "or", "bzw", "beziehungsweise"})

RETRACTIONS = (
    "doch nicht", "stimmt nicht", "stimmt ja nicht", "falsch", "vergiss es", "vergiss das",
    "never mind", "nevermind", "forget that", "forget it", "on second thought",
    "on second thoughts", "second thoughts",
    # the whole wish withdrawn ("Friday, no wait, scratch that"; "Freitag, streichen Sie das")
    "scratch that", "scrap that", "cancel that", "strike that", "forget about it",
    "forget i said that", "streich das", "streichen sie das", "vergessen sie das",
    "vergessen sie es", "vergessen sies", "vergessen wir das", "lassen wir das",
)  # fmt: skip

# Words (folded) with which callers correct themselves: what follows replaces what came before
# ("Freitag, nein, Samstag"; "um drei, äh, halb vier"; "Wednesday, I mean Thursday").
CORRECTION_PHRASES = (
    "nein", "nee", "ne", "noe", "naa", "quatsch", "sorry", "pardon", "warte", "moment",
    "aeh", "aehm", "oeh", "oehm", "ehm", "hm", "hmm", "uh", "uhm", "erm", "korrektur", "besser gesagt", "ich meine", "ich mein", "meine ich", "mein ich", "ich meinte",
    "meinte ich", "i mean", "i meant", "sorry i mean", "rather", "no wait", "actually",
    "entschuldigung", "entschuldige", "verzeihung", "verzeihen sie", "excuse me", "oops",
    "hoppla", "oh nein", "stopp", "ach was", "ich korrigiere", "korrigiere", "streich das",
    "scratch that", "make that", "on reflection", "correction",
    # words that take back what was just said: "Freitag, nein, doch nicht, Samstag", "Freitag,
    # ach nee, doch lieber Samstag", "Freitag, stimmt nicht, Samstag", "Friday, never mind,
    # Saturday" (said last, with nothing after them, the day is taken back and asked)
    *RETRACTIONS, "doch lieber", "doch eher", "doch besser", "lieber doch", "eher doch",
    "wait", "hang on", "hold on",
    # "three, no, four pm"; not "no earlier than", "no particular time"
    r"no(?!\s+(?:earlier|later|sooner|more|less|than|preference|problem|rush|time|need|particular"
    r"|specific|special|idea|clue|matter|way|longer|one|thanks|worries)\b)",
)  # fmt: skip
