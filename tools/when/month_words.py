"""Month names after a day of month as speech to text writes them: split into pieces ("den 6. Ap
ril", "Dezem ber", "Ma i") or misheard ("Merz", "Mei", "Maii", "Jully", "Agust", "Junni",
"Aprill", "Sebtember", "the 8th of Octobre").

Pieces are joined when, without the spaces, they spell a month name. A word that spells none is
read as the month it is nearest to by edit distance (rapidfuzz's Levenshtein) among the month
names of both languages, only when that month is clearly nearest: at most one letter off (two
from six letters on) and every other month at least one letter further ("Juki" is as near to
Juni as to Juli: not read). Only the words right after a day of month ("den 6.", "am 12ten",
"the 8th of") are read this way, so "Mai" in other words is never guessed.

What is still not read there ("den 20. Blumen", "den 20. Ju") is returned by `unread_after_day`:
the resolver asks, and never drops the word to leave a bare day of month, which would be a
confident wrong date ("den 7. Ju li" read as this month's 7th).

Works on normalized text (`tools.when.normalize`).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from tools.when.lexicon import (
    ALTERNATIVES,
    CORRECTION_PHRASES,
    FILLERS,
    MONTHS,
    NEGATIONS,
    is_temporal,
)

# Full month names (German, Austrian, English); abbreviations ("jun", "jul") are too short to
# measure a distance to.
_FULL = {name: month for name, month in MONTHS.items() if len(name) >= 4 or name in ("mai", "may")}
# A day of month as normalize leaves it: "6.", "12ten", "8th", then "of" / "des" / "im"
_DAY = r"(?<![\d.:/])\d{1,2}(?:\.|ten|te|ter|th|st|nd|rd)(?![\d])(?:\s+(?:of|des|im))?"
_AFTER_DAY = re.compile(rf"(?:{_DAY})\s+((?:[a-z]+\s*){{1,3}})")
_MAX_PIECES = 3
# Words that may follow a day of month without naming a month ("ab dem Ersten hab ich", "den 4.,
# nein, den 5.", "den 20. wäre gut", "um den 20. herum", the polite frame's "Wäre es Ihnen am 29.
# recht?", "ist Ihnen der 29. genehm?"): read, never asked. Corrections and fillers come from the
# lexicon.
_NOT_A_MONTH = frozenset(
    """
    hab habe hat haben hatte ist sind war waren bin kann koennte koennen muss passt passen gut
    super toll prima perfekt klappt klappen klappt da dort weil und aber sondern sonst bis vom
    nach vor man mal mit mich mein meine nur nun na nie noch neu hier hin ganz gar gern
    herum rum drum umher
    recht genehm angenehm lieb machbar moeglich frei ideal optimal praktisch guenstig passend
    and but or if is was be ok fine good great works
    """.split()
)
_CORRECTIONS = frozenset(w for p in CORRECTION_PHRASES if p.isalpha() for w in p.split())


def _known(word: str) -> bool:
    return (
        word in MONTHS
        or word in FILLERS
        or word in NEGATIONS
        or word in ALTERNATIVES
        or word in _NOT_A_MONTH
        or word in _CORRECTIONS
        or is_temporal(word)
    )


def nearest_month(word: str) -> str | None:
    """The month name `word` is clearly nearest to (misheard), or None."""
    if word in _FULL:
        return word
    if len(word) < 3:
        return None
    allowed = 1 if len(word) <= 5 else 2
    by_month: dict[int, tuple[int, str]] = {}
    for name, month in _FULL.items():
        d = Levenshtein.distance(word, name)
        if month not in by_month or d < by_month[month][0]:
            by_month[month] = (d, name)
    ranked = sorted(by_month.values())
    best, name = ranked[0]
    if best > allowed or (len(ranked) > 1 and ranked[1][0] <= best):
        return None
    return name


def _read_run(words: list[str]) -> tuple[str, int] | None:
    """The month the first words spell (joined pieces, or one misheard word), and how many
    words it takes."""
    for n in range(min(_MAX_PIECES, len(words)), 1, -1):  # "dezem ber", "sep tem ber"
        run = words[:n]
        if any(w in MONTHS or (len(w) > 1 and (w in FILLERS or w in _NOT_A_MONTH)) for w in run):
            continue
        joined = "".join(run)
        name = nearest_month(joined)
        if name is not None and not all(_known(w) for w in run):
            return name, n
    first = words[0] if words else ""
    # "Aprill", "Märtz" hold a month name and count as day words, but are none as said ("day"
    # and other day words are not misheard months)
    holds_month = any(name in first for name in _FULL if len(name) >= 4)
    if first and first not in MONTHS and (not _known(first) or holds_month):
        name = nearest_month(first)
        if name is not None:
            return name, 1
    return None


def read_months(text: str) -> str:
    """`text` with split or misheard month names after a day of month spelt as months."""

    def fix(m: re.Match[str]) -> str:
        words = m[1].split()
        read = _read_run(words)
        if read is None:
            return m[0]
        name, n = read
        head = m[0][: m.start(1) - m.start(0)]
        end = " " if m[0][-1].isspace() else ""
        return head + " ".join([name, *words[n:]]) + end

    return _AFTER_DAY.sub(fix, text)


# "the 1st day of school", "am 1. tag der schule", "the last day of term": the first day of
# something only the caller knows, never the month's 1st (round 46: asked)
_DAY_OF_EVENT = re.compile(
    r"\b(?:1(?:\.|st|ten|te)|letzte[nr]?|last)\s+(?:day|tag)\s+(?:of|der|des|vom|von|in)\s+"
    r"(?:(?:the|my|our|his|her|meine[rsm]?|unsere[rsm]?|seine[rsm]?|ihre[rsm]?|dem|den|die)\s+)?"
    r"([a-z]+)"
)


def unread_after_day(text: str) -> list[str]:
    """Words right after a day of month that the resolver does not read ("den 20. Blumen"), and
    the caller's own thing a first or last day is of ("the first day of school"): asked, never
    dropped."""
    return [
        m[1].split()[0]
        for m in _AFTER_DAY.finditer(text)
        if not _known(m[1].split()[0]) and len(m[1].split()[0]) > 1
    ] + [m[1] for m in _DAY_OF_EVENT.finditer(text) if not is_temporal(m[1]) and m[1] not in MONTHS]
