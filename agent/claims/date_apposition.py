"""A date set off by commas after its weekday is one day, not a clause.

"Ihr Termin am Donnerstag, 26. November, um 11 Uhr ist storniert", "Friday, November 28th,
2025, at 10": the date is an apposition of the weekday. Cut at its commas, "Ihr Termin am
Donnerstag" became a clause of its own, read as the appointment presupposed (booked) beside the
cancellation, and a verb bracket around the date ("Ich habe Ihren Termin am Freitag, 28.
November um 10 Uhr storniert") lost its participle. `clauses.split` does not cut at the comma
after the weekday nor at one before a year inside the date. The comma closing the date still
cuts (a new clause may start there); what stands before it without a verb is the subject of the
clause after it, and the readers take its details for that clause's claim (`subject_phrase`).

The same day named twice is one day too (blind 41): "ob übermorgen, also am Freitag, um zehn
… frei ist", "am Freitag, also übermorgen", "the day after tomorrow, so Friday, at ten",
"Friday, that's the 28th": the comma after a day word before "also" / "so" / "that's" / "i.e."
and another name of a day does not cut, so the open question ("ob", "whether") or the claim
around it keeps both names and its verb.
"""

from __future__ import annotations

from collections.abc import Sequence

from agent.claims.details import MONTHS, RELATIVE_DAYS, WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.tokens import Token

_ARTICLES = frozenset({"den", "dem", "der", "the"})
_DAY = lazy(r"\d{1,2}(?:\.|st|nd|rd|th)|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?")  # 28. 28th 28.11.
_NUMBER = lazy(r"\d{1,2}")
_ORDINAL_WORD = lazy(r"[a-zäöüß-]{3,}(?:ten|ter|tem|sten|ster|stem|th|first|second|third)")
_YEAR = lazy(r"(?:19|20)\d{2}")
# words that say "the same day, named again": "also", "so", "sprich", "that's", "i.e.", "d.h."
_SAME_DAY = frozenset(
    {
        "also",
        "so",
        "sprich",
        "nämlich",
        "that",
        "that's",
        "is",
        "'s",
        "i.e.",
        "ie",
        "d.h.",
        "dh",
        "das",
        "heißt",
        "heisst",
        "which",
        "being",
        "meaning",
    }
)
_DAY_PREPOSITIONS = frozenset({"am", "an", "on", "this", "in"})
# what starts the time of a day just named: "…, um 10", "…, at ten", "…, vormittags"
_TIME_STARTS = frozenset(
    {"um", "at", "gegen", "vormittags", "nachmittags", "morgens", "abends", "mittags"}
)
_DAY_COUNT = lazy(r"\d{1,2}|zwei|drei|vier|fünf|two|three|four|five")


def _text(tokens: Sequence[Token], k: int) -> str:
    return tokens[k].text if 0 <= k < len(tokens) else ""


def _date_end(tokens: Sequence[Token], j: int) -> int | None:
    """Where the date starting at `j` ends (exclusive), or None if no date starts there:
    "28. November", "den 28.", "28.11.", "achtundzwanzigsten November", "November 28th",
    "28 November", "the 28th", "twenty-eighth of November", each with an optional year."""
    article = _text(tokens, j) in _ARTICLES
    k = j + article
    t = _text(tokens, k)
    if t in MONTHS:  # "November 28th", "November 28"
        if not (_DAY.fullmatch(_text(tokens, k + 1)) or _NUMBER.fullmatch(_text(tokens, k + 1))):
            return None
        end = k + 2
    elif _DAY.fullmatch(t) or _NUMBER.fullmatch(t) or _ORDINAL_WORD.fullmatch(t):
        end = k + 1
        if _text(tokens, end) == "of" and _text(tokens, end + 1) in MONTHS:
            end += 1
        month = _text(tokens, end) in MONTHS
        end += month
        if not month and (_NUMBER.fullmatch(t) or (_ORDINAL_WORD.fullmatch(t) and not article)):
            return None  # "Freitag, 10 Uhr": a time; "Friday, second thoughts": no date
    else:
        return None
    if _YEAR.fullmatch(_text(tokens, end)):
        end += 1
    elif _text(tokens, end) == "," and _YEAR.fullmatch(_text(tokens, end + 1)):
        end += 2
    return end


def _is_day_word(word: str) -> bool:
    return word in WEEKDAYS or word in RELATIVE_DAYS


def _day_again_end(tokens: Sequence[Token], j: int) -> int | None:
    """Where "also am Freitag", "so Friday", "that's the 28th", "also in drei Tagen" starting at
    `j` ends (exclusive): a word of sameness, then another name of a day; None if none does."""
    k = j
    while _text(tokens, k) in _SAME_DAY and k < j + 3:
        k += 1
    if k == j:
        return None
    if _text(tokens, k) == "in" and _DAY_COUNT.fullmatch(_text(tokens, k + 1)):
        return k + 3 if _text(tokens, k + 2) in ("tagen", "days") else None
    k += _text(tokens, k) in _DAY_PREPOSITIONS
    if _is_day_word(_text(tokens, k)):
        return k + 1
    if _text(tokens, k) == "the" and _text(tokens, k + 3) == "tomorrow":  # the day after tomorrow
        return k + 4
    return _date_end(tokens, k)


def _time_follows(tokens: Sequence[Token], comma: int) -> bool:
    """Whether the comma at `comma` closes a day and a time of that day follows: "…, um 10"."""
    return _text(tokens, comma) == "," and _text(tokens, comma + 1) in _TIME_STARTS


def apposition_commas(tokens: Sequence[Token]) -> frozenset[int]:
    """Indices of the commas around a date that follows its weekday, and of those before the
    same day named again (see above)."""
    out: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.text == "," and _is_day_word(_text(tokens, i - 1)):
            again = _day_again_end(tokens, i + 1)
            if again is not None:
                out.add(i)
                if _time_follows(tokens, again):
                    out.add(again)
                continue
        if tok.text != "," or _text(tokens, i - 1) not in WEEKDAYS:
            continue
        end = _date_end(tokens, i + 1)
        if end is None:
            continue
        out.add(i)
        out.update(k for k in range(i + 1, end) if tokens[k].text == ",")  # "28th, 2025"
        if _time_follows(tokens, end):  # "am Freitag, 28. November, um 10": one day, one time
            out.add(end)
    return frozenset(out)
