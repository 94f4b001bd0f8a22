"""Day and time words as dialect and a speech recogniser spell them, repaired to the one
spelling the parser knows: "Freitach"/"Diensdach"/"morchen" (g spoken as ch), "Donnastag"/"Dezemba"
(Berlin -a for -er), "übermorgn"/"nächstn" (a swallowed e), "Mitwoch" (one letter slipped),
"Dienschdag"/"Samsta"/"Dunnerschdig" (dialect weekdays).

Only words that are no known word are touched, and only when exactly one day or time word is
reached: "Sontag" is one letter from both "Sonntag" and "Montag" and stays as said (then asked).
"""

from __future__ import annotations

import functools
import re

from tools.when.foreign_days import FOREIGN_DAY_WORDS
from tools.when.lexicon import (
    ALTERNATIVES,
    DAY_PART_SUFFIXES,
    FILLERS,
    JOINABLE,
    MONTHS,
    NEGATIONS,
    TEMPORAL_WORDS,
    WEEKDAYS,
)
from tools.when.one_slip import OneSlip

# The words a repair may reach (folded spelling).
TARGETS = frozenset(
    [
        *WEEKDAYS, *(m for m in MONTHS if len(m) >= 4), *JOINABLE, *DAY_PART_SUFFIXES,
        "heute", "gestern", "morgen", "woche", "wochen", "naechste", "naechsten", "naechster",
        "naechstes", "uebernaechste", "uebernaechsten", "kommende", "kommenden", "diesen",
        "dieser", "letzten", "vorigen", "vormittag", "nachmittag", "abend", "mittag", "viertel",
        "dreiviertel", "halb", "frueh", "spaet", "feiertag", "wochenende",
    ]
)  # fmt: skip
# Reached only by a dialect's sound shifts, never by a slip: the ordinals of a date ("erschdn",
# "zwoatn") and the hour with the dialect's -e ("achde", "zwölwe"), which `tools.when.numbers`
# reads after a time word
_ORDINAL_STEMS = (
    "erst", "zweit", "dritt", "viert", "fuenft", "sechst", "siebt", "acht", "neunt", "zehnt",
    "elft", "zwoelft",
)  # fmt: skip
_HOURS = (
    "eins", "zwei", "drei", "vier", "fuenf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
    "zwoelf",
)  # fmt: skip
DIALECT_ONLY = frozenset(
    [*(f"{s}{e}" for s in _ORDINAL_STEMS for e in ("e", "en", "er")), *(f"{h}e" for h in _HOURS)]
)
DIALECT_TARGETS = TARGETS | DIALECT_ONLY
# Real words that are one slip away from a target and must stay what they are.
_KEEP = frozenset(
    """
    feiertag feiertage feiertagen brueckentag brueckentage montage mittage abende wochende
    samstage freitage dienstage donnerstage mittwoche sonntage morgenfrueh vierteln viertels
    sechser
    """.split()
)
_SLIP_MIN_LENGTH = 6


@functools.cache
def _known() -> frozenset[str]:
    # a weekday of another language ("zondag", "viernes") is a word as it is, never a slip
    return TARGETS | FILLERS | TEMPORAL_WORDS | NEGATIONS | ALTERNATIVES | _KEEP | FOREIGN_DAY_WORDS


def is_known_word(word: str) -> bool:
    """A word (folded) the day and time reader knows as it is: never repaired to another."""
    return word in _known()


def _weekday_forms(word: str) -> list[str]:
    """The Swabian, Alemannic and Bavarian weekday as the standard one: "sch" before d/t
    ("Dienschdag", "Donnerschdig"), a soft t ("Freidich"), -ig/-ich/-og/-a for "-tag" ("Samsta",
    "Mondog")."""
    soft = re.sub(r"(?<=.)d", "t", re.sub(r"sch(?=[dt])", "s", word))
    day = re.sub(r"t(?:ig|ich|ik|og|ag|a)$", "tag", soft)
    return [f for f in dict.fromkeys((soft, day)) if f != word]


# The sound shifts of the dialects as a recogniser writes them (round 62: Saxon, Berlin,
# Swabian, Bavarian): each may or may not have happened in a word, so every combination is tried.
# Consonants: a soft d or b ("Middwoch", "achde"), g spoken as ch, sch or j ("morchen",
# "morschn", "morjen"), "sch" before d/t ("erschde"), Saxon w for f ("zwölwe"). Vowels: Low and
# Middle German u for o ("Dunnersdach"), unrounded ü and eu ("iebermorgen", "heite"), a short i
# for ie ("Dinsdach"), Bavarian oa for ei ("zwoatn").
_SHIFTS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern), repl, trigger)
    for pattern, repl, trigger in (
        (r"(?<=.)d", "t", "d"),
        (r"(?<=.)b(?=[aeiou]|$)", "p", "b"),
        (r"(?<!s)ch", "g", "ch"),
        (r"sch(?=e?n?$)", "g", "sch"),
        (r"j", "g", "j"),
        (r"sch(?=[dt])", "s", "sch"),
        (r"(?<=l)w", "f", "lw"),
        (r"u(?!e)", "o", "u"),
        (r"ie", "ue", "ie"),
        (r"(?<![aeu])i(?!e)", "ue", "i"),
        (r"(?<![aeu])i(?!e)", "ie", "i"),
        (r"ei", "eu", "ei"),
        (r"oa", "ei", "oa"),
    )
)
_MAX_FORMS = 512  # a long word with every shift possible: enough forms to reach its word


def _shifted(word: str) -> list[str]:
    """The word with each combination of the dialects' sound shifts undone (a shift is tried
    only on forms holding its letters: this runs for every word the reader does not know)."""
    forms = [word]
    seen = {word}
    for pattern, repl, trigger in _SHIFTS:
        for form in [f for f in forms if trigger in f]:
            shifted = pattern.sub(repl, form)
            if shifted not in seen:
                seen.add(shifted)
                forms.append(shifted)
        if len(forms) > _MAX_FORMS:
            break
    return forms


def _dialect(word: str) -> list[str]:
    """Spellings the word may stand for: the dialects' sound shifts (`_shifted`), -er spoken as
    -a, a swallowed e, Bavarian "ea" for "ie", "ei" written as English "y", a dialect weekday
    (`_weekday_forms`), "-tach" / "-tak" for "-tag"."""
    endings = (("tach", "tag"), ("dach", "tag"), ("tachs", "tags"), ("dachs", "tags"))
    # the final g heard hard ("Frei tack", "Sams tak"): "-tag"
    endings += (("tack", "tag"), ("dack", "tag"), ("tak", "tag"))

    def with_endings(forms: list[str]) -> list[str]:
        return forms + [
            f[: -len(end)] + repl for f in forms for end, repl in endings if f.endswith(end)
        ]

    plain = [word, *_weekday_forms(word)]
    if "ea" in word:  # Bavarian "ea" for "ie" ("Deanstag", heard "Dean stag")
        plain.append(word.replace("ea", "ie"))
    if "y" in word:  # "ei" heard as English "y" ("Fry tag"): "Freitag"
        plain.append(word.replace("y", "ei"))
    plain = list(dict.fromkeys(with_endings(plain)))
    # Berlin -a for -er ("Donnastag") on the word as said; the shifted forms stand on their own
    forms = plain + [f[:i] + "er" + f[i + 1 :] for f in plain for i, c in enumerate(f) if c == "a"]
    forms += with_endings(_shifted(word))
    for form in list(forms):
        if len(form) > 3 and form[-1] == "n" and form[-2] not in "aeiou":
            forms.append(form[:-1] + "en")
    return forms


def _reached(word: str) -> set[str]:
    """The targets the word's dialect forms reach; an e added at the end ("heut" -> "heute")
    reaches a target of the day and time words only, never an ordinal or the dialect hour
    ("nein" is no "neune")."""
    forms = _dialect(word)
    reached = {f for f in forms if f in DIALECT_TARGETS}
    return reached | {f + "e" for f in forms if f + "e" in TARGETS}


@functools.lru_cache(maxsize=4096)
def repair(word: str) -> str:
    """The day or time word an unknown word stands for, or the word as it was."""
    if not word.isalpha() or len(word) < 4 or word in _known():
        return word
    reached = _reached(word)
    if len(reached) == 1:
        return reached.pop()
    if reached or len(word) < _SLIP_MIN_LENGTH:
        return word
    forms = (word, *(f for f in _weekday_forms(word) if f.endswith("tag")))
    near = {t for f in forms for t in _long_targets().near(f)}
    return near.pop() if len(near) == 1 else word


@functools.cache
def _long_targets() -> OneSlip:
    """The targets long enough to be reached by one slip."""
    return OneSlip(t for t in TARGETS if len(t) >= _SLIP_MIN_LENGTH)
