"""Number words to digits ("vierzehn Uhr dreißig" -> "14 Uhr 30", "den siebenundzwanzigsten"
-> "den 27.", "half past two" -> "half past 2"), German and English, with `text2num`.

text2num reads cardinals and ordinals in both languages (German ordinals become "27."). What it
leaves alone is handled here: the spoken "zwoten", folded spellings ("fuenf"), the dialect hour
("um viere", "gegen achte"), and words glued to a time word ("dreiviertelzehn", "halbdrei",
"viertelnachvier", "fünfzehnuhrdreißig", "zehnnachhalbdrei").
"""

from __future__ import annotations

import re

from text_to_num import alpha2digit

_UNITS = "ein|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"
_NUMBER_END = rf"(?:{_UNITS}|zehn|zig|ßig|ssig)"
_GLUED = (
    (re.compile(rf"({_NUMBER_END})uhr(?=[a-zäöüß])"), r"\1 uhr "),
    (
        re.compile(rf"\b({_UNITS}|zwanzig|fünfundzwanzig)(nach|vor)(?=halb|(?:{_UNITS})\b)"),
        r"\1 \2 ",
    ),
    (re.compile(rf"\b(drei)?viertel(?=(?:nach|vor|{_UNITS})\b)"), r"\1viertel "),
    (re.compile(rf"\b(drei)?viertel(nach|vor)(?=(?:halb|{_UNITS})\b)"), r"\1viertel \2 "),
    (re.compile(rf"\bhalb(?=(?:{_UNITS})\b)"), "halb "),
    (re.compile(r"\bdreiviertel\b"), "drei viertel"),
    (re.compile(r"\bviertel(nach|vor)\b"), r"viertel \1"),
)
# "um viere", "gegen achte", "halb sechse": the dialect hour, a number word with an -e. Read
# after a time word only, where "achte" cannot be the ordinal ("am achten").
_DIALECT_HOUR = re.compile(
    r"\b(um|gegen|bis|ab|nach|vor|halb|viertel|so|punkt|^)\s*"
    r"(zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf)e\b"
)
_FOLDED = {"fuenf": "fünf", "zwoelf": "zwölf", "zwoten": "zweiten", "zwote": "zweite"}
# Number words that are no numbers here: "ein paar Tage", "als Erstes", "den ersten freien Termin".
_NOT_NUMBERS = (
    (re.compile(r"\b(?:ein|eine|einem|einen|a)\s+(paar|bisschen|couple|few)\b"), r"\1"),
    (re.compile(r"\bals\s+(?:erstes|erster|erste|allererstes)\b|\bfirst\s+thing\b"), "zuerst"),
    (
        re.compile(
            r"\b(?:de[nr]|die|das|the)?\s*(?:erste[nrs]?|first)\s+(freie[nrs]?|available|moeglich\w*|möglich\w*)"
        ),
        r"nächster \1",
    ),
)
_FOLDED_RE = re.compile("|".join(_FOLDED))


def words_to_digits(text: str) -> str:
    """Lower-cased text with every number word as digits; other words unchanged."""
    text = _FOLDED_RE.sub(lambda m: _FOLDED[m[0]], text)
    for pattern, repl in _NOT_NUMBERS:
        text = pattern.sub(repl, text)
    for pattern, repl in _GLUED:
        text = pattern.sub(repl, text)
    text = _DIALECT_HOUR.sub(lambda m: f"{m[1]} {m[2]}".strip(), text)
    text = alpha2digit(text, "de", threshold=0)
    return alpha2digit(text, "en", threshold=0)
