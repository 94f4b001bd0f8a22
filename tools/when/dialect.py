"""Day and hour words of Swiss, Bavarian, Swabian and Austrian German, as a speech recogniser
writes them, replaced by the standard word before parsing: "Zischtig" -> "dienstag", "am Fritig"
-> "am freitag", "morga" -> "morgen", "um zwoa" -> "um zwei", "um ölfe" -> "um elf", "elf Uhr
fuffzehn" -> "elf uhr fünfzehn", "halbi achti" -> "halb acht", "hoibe sechse" -> "halb sechse",
"am Aabig" -> "am abend", "in acht Täg" -> "in acht tage", "Viertel ab sieben" -> "viertel nach
sieben"; Low German days and clock ("Sünnabend", "Dingsdag", "Middeweken", "Freedag", "Klock
tein" -> "um zehn", "half veer" -> "halb vier", "tokum Week" -> "nächste woche", "in acht Dag"),
Saxon "Sonnahmd", "frieh", Swabian "Nommedag", and a dialect day glued to a dialect part of the
day ("Samschdagmorge", "Freidignommedag" -> "samstag morgen", "freitag nachmittag").

A closed list (these words are few and irregular), in lower case with umlauts; the folded
spelling ("oelfe") is accepted as well. Words that are ordinary standard German elsewhere are
not listed ("elfe", "achte": the dialect hour with -e is read after a time word in
`tools.when.numbers`).
"""

from __future__ import annotations

import re

from tools.text_fold import fold
from tools.when.lexicon import GERMAN_WEEKDAYS

_STANDARD: dict[str, tuple[str, ...]] = {
    "montag": ("maandag", "mandag", "mondag", "mäntig", "mäntag", "mentig", "määntig", "mändig", "mondig", "mondag", "montig"),
    "dienstag": (
        "zischtig", "ziischtig", "zyschtig", "zistig", "zischtag", "dinschtig", "dinschtag",
        "deanschdag", "dienschtag", "erchtag", "ertag", "irtag", "irta", "ergetag", "diensdag",
        "dingsdag", "dinsdag", "dingstag", "dienschdach", "dienschdag", "dinschdag", "dinschdach",
    ),
    "mittwoch": (
        "mittwuch", "mitwuch", "mittwuche", "mittwoche", "midwoch", "middwoch", "middeweken",
        "middewecken", "middeweek", "mittweken", "mittwech", "mittwoach",
    ),
    "donnerstag": (
        "dunschtig", "donnschtig", "donschtig", "dunnschtig", "donnerschtig", "dunnschtag",
        "donnschtag", "pfinztag", "pfinsta", "donnaschdag", "donnerschdag", "dunnerstag",
        "dunnersdag", "dünnerdag", "donnersdag", "dunnerdag", "donnerschdach",
    ),
    "freitag": (
        "fritig", "frittig", "friitig", "fridig", "freidig", "freida", "freidag", "freedag",
        "friedag", "fridag", "freidach",
    ),
    "samstag": (
        "samschtig", "samstig", "samschtag", "samschdag", "samsdag", "samsdig", "samschtich",
        "sunnabig", "sünnabend", "sünnavend", "sönnabend", "sonnahmd", "sonnahbend", "sonnamd",
        "saterdag", "satersdag", "samschdach",
    ),
    "sonntag": (
        "sunntig", "sunndig", "sonntig", "sunndag", "sundig", "sunntag", "sonndag", "sünndag",
        "sönndag", "sonndach",
    ),
    "morgen": ("morga", "moarn", "moang", "moagn", "morn", "morgä", "morge", "morje", "morjen"),
    "übermorgen": ("übermorga", "übermorn", "übermoarn", "iebermorgen"),
    "heute": ("hüt", "hüüt", "heit", "hait", "hiit", "heid", "haid", "hoit", "hoid", "haite"),
    "nächste": ("nächscht", "nächschte", "nägschte", "nägscht", "naxte"),
    "nächsten": ("nächschten", "nägschten", "nächschta", "naxten"),
    "woche": ("wuche", "wocha"),
    "tag": ("tog", "toog", "dag", "daach"),  # "in ocht Tog", Low German "in acht Dag"
    "tage": ("täg", "tääg", "däg", "dääg"),  # Swiss and Swabian "in acht Täg": in acht Tagen
    "wochen": ("wochn", "wuchn"),  # Bavarian "in zwoa Wochn"
    "nachmittag": (
        "namittag", "nomittag", "nammittag", "noamittag", "nomittog", "nachmittog", "nochmittog",
        "nammittog", "namiddag", "nommedag", "nommidag", "nommdag", "nachmiddag", "nommitag",
        "nammidag",
    ),
    # Swiss "z'Morge" (the morning, breakfast time): never "morge", tomorrow
    "morgens": ("zmorge", "zmorga", "zmorgä"),
    "vormittag": ("vormittaag", "vomittag", "vormittog", "vomittog", "vormiddag", "vormiddach"),
    "mittag": ("mittog", "middog", "middag", "middach", "mittach"),
    # Swiss "am Aabig", "z'Aabig", Bavarian "am Obnd"
    "abend": (
        "obed", "abig", "oabend", "aabig", "aabed", "obnd", "obend", "abnd", "zaabig", "zabig",
        "zabend", "obig", "zobig",  # Swiss "z'Obig" (in the evening)
    ),
    "abends": ("aabigs", "obnds", "obends"),
    "früh": ("fria", "friah", "fruah", "früeh", "frieh", "freeh"),  # "in da Friah", Saxon "frieh"
    # Swiss "halbi achti", Bavarian "hoibe sechse", "hoib drei": half past
    "halb": ("halbi", "hoib", "hoibe", "hoiba", "hoibi"),
    "viertel": ("viertl", "virtl", "viatl", "viertu"),  # Bavarian "Viertl nach drei"
    "dreiviertel": ("dreiviertl", "dreiviatl", "dreiviertu"),
    "eins": ("oans", "eens"),  # Saxon and Berlin "um eens"
    "einer": ("oana", "oaner"),
    "zwei": ("zwoa", "zwoi", "zwöi", "zwai", "zwee", "zwää", "zwäi", "zwaa"),  # Saxon, Berlin, Swabian "zwee"
    "drei": ("drü", "drüü", "drui"),
    "vier": ("vieri", "viare", "viera"),
    "fünf": ("föifi", "foifi", "füfi", "fünfi", "fimfe", "fümfe"),
    "sechs": ("sächsi", "sechsi"),
    "sieben": ("sibni", "siebni", "siebne", "sieme", "siebme", "siebene"),
    "acht": ("achti", "ocht", "ochte", "achta"),
    "neun": ("nüni", "nüüni", "neine", "neini", "nüna", "neina"),  # Palatinate, Hessian "um neine"
    "zehn": ("zäni", "zehni", "zähni", "zäh"),
    "zwanzig": ("zwänzg", "zwanzg"),  # Swiss "zwänzg ab zwöi": twenty past two
    "elf": ("elfi", "ölfi", "ölf", "ölfe", "öife", "elfa", "ölfa"),  # Swabian, Alemannic -a
    "zwölf": ("zwölfi", "zwöufi", "zwölfe", "zwäif", "zwölfa", "zwelf", "zwelfe"),
    # the minutes of Berlin, Saxon and Hessian speech: "elf Uhr fuffzehn", "halb fuffzich"
    "fünfzehn": ("fuffzehn", "fuffzehne", "fuffzen", "fuchzehn", "fuchzen"),
    "fünfzig": ("fuffzig", "fuffzich", "fuchzig", "fuchzich", "fünfzich"),
}  # fmt: skip
_TABLE: dict[str, str] = {}
for _standard, _words in _STANDARD.items():
    for _word in _words:
        _TABLE[_word] = _standard
        _TABLE.setdefault(fold(_word), _standard)
_WORD = re.compile(r"\b(" + "|".join(sorted(_TABLE, key=len, reverse=True)) + r")\b")


# "z Morge" as a recogniser may write "z'Morge": the morning
_Z_MORGE = re.compile(r"\bz\s+(?=morg[eaä]\b)")
# Swiss "Viertel ab sieben", "zwanzig ab vier", Austrian "viertel über zehn": minutes "ab" or
# "über" an hour are minutes past it (said of a number word of minutes only; "ab 3" alone stays
# "from 3")
_MINUTES_PAST = re.compile(r"\b(viertel|fünf|fuenf|zehn|zwanzig)\s+(?:ab|über|ueber)\s+(?=\w)")
# Saxon and Berlin "noch" for "nach" between the minutes and the hour ("viertl noch zehn")
_HOUR_WORDS = (
    r"(?:\d{1,2}|eins|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf)"
)
_NOCH_FOR_NACH = re.compile(
    rf"\b(viertel|fünf|fuenf|zehn|zwanzig|\d{{1,2}})\s+noch\s+(?={_HOUR_WORDS}\b)"
)
# the indefinite article of "in einer Woche" as the dialects say it: Saxon "in ener", Swabian
# "in ere", Swiss "i einere", Bavarian "in na"
_IN_ONE = re.compile(r"\bi[n]?\s+(?:ener|enner|ere|einere|ra|na|nera)\s+(?=woch|wuch)")
# Swiss "am vieri", "am elfi", "am halbi zwöi", "am zwänzg ab zwöi": "am" before a Swiss hour word
# is "um" (at that hour), never the day of the month ("am elf" would be the 11th: round 59)
_SWISS_HOURS = (
    "eis", "zwöi", "zwoi", "drü", "drüü", "vieri", "föifi", "foifi", "füfi", "sächsi", "sibni",
    "siebni", "achti", "nüni", "nüüni", "zähni", "zäni", "zehni", "elfi", "ölfi", "zwölfi", "zwöufi",
)  # fmt: skip
_SWISS_HOUR_RE = "|".join(sorted({*_SWISS_HOURS, *map(fold, _SWISS_HOURS)}, key=len, reverse=True))
_SWISS_AM = re.compile(
    r"\bam\s+(?=(?:(?:viertel|zwänzg|zwaenzg|zwanzg|zäh|zaeh|füf|fuef|föif|foeif)\s+(?:ab|vor)\s+"
    rf"|halbi\s+)?(?:{_SWISS_HOUR_RE})\b)"
)
# "kurz vor knapp zehn": the idiom "kurz vor knapp" (at the last moment) said of an hour is
# "kurz vor zehn"
_SHORT_OF = re.compile(r"\bkurz\s+vor\s+knapp\s+(?=\w)")


# Low German hours, read only after a clock word ("Klock tein", "half veer", "um dree"): "een",
# "twee", "elven" are other words elsewhere
_LOW_GERMAN_HOURS = {
    "een": "eins", "twee": "zwei", "dree": "drei", "veer": "vier", "fiev": "fünf", "fief": "fünf",
    "söss": "sechs", "sös": "sechs", "söben": "sieben", "acht": "acht", "negen": "neun",
    "teihn": "zehn", "tein": "zehn", "teihen": "zehn", "ölven": "elf", "elven": "elf",
    "twölf": "zwölf",
}  # fmt: skip
_LOW_GERMAN_HOUR_TABLE = _LOW_GERMAN_HOURS | {fold(w): n for w, n in _LOW_GERMAN_HOURS.items()}
_HOUR_NUMBERS = "|".join(sorted(_LOW_GERMAN_HOUR_TABLE, key=len, reverse=True))
# "Klock tein": "Klock" (o'clock) comes before the hour; "half veer" is half past three (as
# German "halb vier", never the English "half four")
_KLOCK = re.compile(rf"\b(?:klock|klok)\s+(?:(half)\s+)?({_HOUR_NUMBERS}|\d{{1,2}})\b")
_LOW_GERMAN_AFTER = re.compile(
    rf"\b(half|um|gegen|so|bit|bis|vör|vor|na|nach)\s+({_HOUR_NUMBERS})\b"
)
# "tokum Week", "tokum Dingsdag": the coming week, the coming Tuesday
_TOKUM = re.compile(r"\btokum(?:en|mende?n?)?\s+(?:(week|weke|woch)\b)?")
_DAY_HEADS = GERMAN_WEEKDAYS
_DAY_PARTS = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "abends", "früh")
# A dialect day glued to a part of the day, one of them dialect ("Samschdagmorge",
# "Freidignommedag", "Sünnabendmiddag"): the day and the part as two standard words
_GLUED_DAY_PART = re.compile(
    r"\b("
    + "|".join(sorted((w for w, n in _TABLE.items() if n in _DAY_HEADS), key=len, reverse=True))
    + "|" + "|".join(_DAY_HEADS) + r")("
    + "|".join(sorted((w for w, n in _TABLE.items() if n in _DAY_PARTS), key=len, reverse=True))
    + "|" + "|".join(_DAY_PARTS) + r")\b"
)  # fmt: skip


def _glued_day_part(m: re.Match[str]) -> str:
    return f"{_TABLE.get(m[1], m[1])} {_TABLE.get(m[2], m[2])}"


def _low_german_clock(m: re.Match[str]) -> str:
    hour = _LOW_GERMAN_HOUR_TABLE.get(m[2], m[2])
    return f"um halb {hour}" if m[1] else f"um {hour}"


def _low_german_after(m: re.Match[str]) -> str:
    word = {"half": "halb", "bit": "bis", "vör": "vor", "na": "nach"}.get(m[1], m[1])
    return f"{word} {_LOW_GERMAN_HOUR_TABLE[m[2]]}"


def _tokum(m: re.Match[str]) -> str:
    return "nächste woche " if m[1] else "nächsten "


def standard_words(text: str) -> str:
    """Lower-cased text with every dialect day or hour word as its standard word."""
    text = _Z_MORGE.sub("z", text)
    text = _SWISS_AM.sub("um ", text)
    text = _GLUED_DAY_PART.sub(_glued_day_part, text)
    text = _KLOCK.sub(_low_german_clock, text)
    text = _LOW_GERMAN_AFTER.sub(_low_german_after, text)
    text = _TOKUM.sub(_tokum, text)
    text = _WORD.sub(lambda m: _TABLE[m[1]], text)
    text = _SHORT_OF.sub("kurz vor ", text)
    text = _IN_ONE.sub("in einer ", text)
    text = _NOCH_FOR_NACH.sub(r"\1 nach ", text)
    return _MINUTES_PAST.sub(r"\1 nach ", text)
