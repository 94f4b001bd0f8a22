"""Day and hour words of Swiss, Bavarian, Swabian and Austrian German, as a speech recogniser
writes them, replaced by the standard word before parsing: "Zischtig" -> "dienstag", "am Fritig"
-> "am freitag", "morga" -> "morgen", "um zwoa" -> "um zwei", "um ölfe" -> "um elf", "elf Uhr
fuffzehn" -> "elf uhr fünfzehn", "halbi achti" -> "halb acht", "hoibe sechse" -> "halb sechse",
"am Aabig" -> "am abend", "in acht Täg" -> "in acht tage", "Viertel ab sieben" -> "viertel nach
sieben".

A closed list (these words are few and irregular), in lower case with umlauts; the folded
spelling ("oelfe") is accepted as well. Words that are ordinary standard German elsewhere are
not listed ("elfe", "achte": the dialect hour with -e is read after a time word in
`tools.when.numbers`).
"""

from __future__ import annotations

import re

from tools.text_fold import fold

_STANDARD: dict[str, tuple[str, ...]] = {
    "montag": ("mäntig", "mäntag", "mentig", "määntig", "mändig", "mondig", "mondag", "montig"),
    "dienstag": (
        "zischtig", "ziischtig", "zyschtig", "zistig", "zischtag", "dinschtig", "dinschtag",
        "deanschdag", "dienschtag", "erchtag", "ertag", "irtag", "irta", "ergetag", "diensdag",
    ),
    "mittwoch": ("mittwuch", "mitwuch", "mittwuche", "mittwoche", "midwoch", "middwoch"),
    "donnerstag": (
        "dunschtig", "donnschtig", "donschtig", "dunnschtig", "donnerschtig", "dunnschtag",
        "donnschtag", "pfinztag", "pfinsta", "donnaschdag", "donnerschdag", "dunnerstag",
    ),
    "freitag": ("fritig", "frittig", "friitig", "fridig", "freidig", "freida", "freidag"),
    "samstag": (
        "samschtig", "samstig", "samschtag", "samschdag", "samsdag", "samsdig", "samschtich",
        "sunnabig",
    ),
    "sonntag": ("sunntig", "sunndig", "sonntig", "sunndag", "sundig", "sunntag", "sonndag"),
    "morgen": ("morga", "moarn", "moang", "moagn", "morn", "morgä", "morge", "morje", "morjen"),
    "übermorgen": ("übermorga", "übermorn", "übermoarn", "iebermorgen"),
    "heute": ("hüt", "hüüt", "heit", "hait", "hiit", "heid", "haid", "hoit", "hoid", "haite"),
    "nächste": ("nächscht", "nächschte", "nägschte", "nägscht", "naxte"),
    "nächsten": ("nächschten", "nägschten", "nächschta", "naxten"),
    "woche": ("wuche", "wocha"),
    "tag": ("tog", "toog"),  # "in ocht Tog": in acht Tagen
    "tage": ("täg", "tääg", "däg", "dääg"),  # Swiss and Swabian "in acht Täg": in acht Tagen
    "wochen": ("wochn", "wuchn"),  # Bavarian "in zwoa Wochn"
    "nachmittag": (
        "namittag", "nomittag", "nammittag", "noamittag", "nomittog", "nachmittog", "nochmittog",
        "nammittog", "namiddag",
    ),
    "vormittag": ("vormittaag", "vomittag", "vormittog", "vomittog", "vormiddag"),
    "mittag": ("mittog", "middog"),
    # Swiss "am Aabig", "z'Aabig", Bavarian "am Obnd"
    "abend": ("obed", "abig", "oabend", "aabig", "aabed", "obnd", "obend", "abnd", "zaabig", "zabig", "zabend"),
    "abends": ("aabigs", "obnds", "obends"),
    "früh": ("fria", "friah", "fruah", "früeh"),  # Bavarian "in da Friah"
    # Swiss "halbi achti", Bavarian "hoibe sechse", "hoib drei": half past
    "halb": ("halbi", "hoib", "hoibe", "hoiba", "hoibi"),
    "viertel": ("viertl", "virtl", "viatl", "viertu"),  # Bavarian "Viertl nach drei"
    "dreiviertel": ("dreiviertl", "dreiviatl", "dreiviertu"),
    "eins": ("oans",),
    "einer": ("oana", "oaner"),
    "zwei": ("zwoa", "zwoi", "zwöi", "zwai"),
    "drei": ("drü", "drüü", "drui"),
    "vier": ("vieri", "viare"),
    "fünf": ("föifi", "foifi", "füfi", "fünfi", "fimfe", "fümfe"),
    "sechs": ("sächsi", "sechsi"),
    "sieben": ("sibni", "siebni"),
    "acht": ("achti", "ocht", "ochte"),
    "neun": ("nüni", "nüüni"),
    "zehn": ("zäni", "zehni"),
    "elf": ("elfi", "ölfi", "ölf", "ölfe", "öife"),
    "zwölf": ("zwölfi", "zwöufi", "zwölfe", "zwäif"),
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


# Swiss "Viertel ab sieben", "zwanzig ab vier": minutes "ab" an hour are minutes past it (said
# of a number word of minutes only; "ab 3" alone stays "from 3")
_MINUTES_PAST = re.compile(r"\b(viertel|fünf|fuenf|zehn|zwanzig)\s+ab\s+(?=\w)")


def standard_words(text: str) -> str:
    """Lower-cased text with every dialect day or hour word as its standard word."""
    text = _WORD.sub(lambda m: _TABLE[m[1]], text)
    return _MINUTES_PAST.sub(r"\1 nach ", text)
