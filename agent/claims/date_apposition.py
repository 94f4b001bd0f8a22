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

A denial's end after the date (claims126, blind 49): "Eingetragen habe ich Sie am Freitag, den
28., noch nicht", "Gebucht habe ich Sie am Samstag, den 29., um elf noch nicht": the date is a
detail inside the clause and the verbless tail after its closing comma ends the clause with its
negation, so that comma does not cut either (cut, "Eingetragen habe ich Sie am Freitag, den 28."
read as the booking). The same for an English detail set off by commas between a negated
auxiliary and its participle: "I haven't, for Friday the 28th, booked it yet", "I haven't yet,
for Saturday the 29th at eleven, put you in".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent.claims.details import MONTHS, RELATIVE_DAYS, WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import fold
from agent.claims.tokens import Token, tokenize

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
        closing = article and _NUMBER.fullmatch(t) and _text(tokens, end) in {".", ""}
        if (
            not month
            and not closing  # blind 59: "Gebucht ist Donnerstag, der 28." (its dot cut off)
            and (_NUMBER.fullmatch(t) or (_ORDINAL_WORD.fullmatch(t) and not article))
        ):
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


# a verbless tail that ends a clause with its denial: "…, noch nicht", "…, um elf bei Lena noch nicht"
_DENIAL_END = frozenset({"nicht", "nie", "keineswegs"})
_FINITE_DE = frozenset(
    {"ist", "sind", "war", "waren", "hat", "habe", "haben", "wird", "wurde", "werden", "kann",
     "können", "muss", "soll", "steht", "stehen", "geht", "gibt", "bin", "sein", "mache"}
)  # fmt: skip
_TAIL_MAX = 8
# an English auxiliary left without its participle before a comma: "I haven't, …", "I haven't yet, …"
_BARE_AUX = frozenset(
    {"haven't", "hasn't", "hadn't", "not", "yet", "already", "have", "has", "i've", "we've"}
)
_DETAIL_PREPOSITIONS = frozenset({"for", "on", "at"})
_PARTICIPLE_EN = lazy(r"[a-z]+ed|put|set|got|made|done")


# the same in plain text, for the readers that cut at commas themselves (`not_yet_parts`,
# `partial.two`): "Gebucht habe ich Sie am Samstag, den 29., um elf noch nicht" is one clause
# denied, not "Samstag gebucht, um elf noch nicht"
DENIED_AFTER_DATE = lazy(
    r"\w+tag,\s+(?:(?:den|dem|der)\s+)?\d{1,2}\.(?:\s*\d{1,2}\.(?:\d{2,4})?)?(?:\s+[a-zäöü]+)?,"
    r"\s*[^,.;:!?]*\bnicht\W*$",
    re.IGNORECASE,
)


def _denial_tail(tokens: Sequence[Token], comma: int) -> bool:
    """Whether the comma at `comma` is followed by a verbless tail that ends its sentence with a
    denial ("…, noch nicht.", "…, um elf bei Lena leider noch nicht")."""
    if _text(tokens, comma) != ",":
        return False
    end = _verbless_tail_end(tokens, comma)
    return end is not None and _text(tokens, end - 1) in _DENIAL_END


def _verbless_tail_end(tokens: Sequence[Token], comma: int) -> int | None:
    """The end of the tail after the comma at `comma` when it has no finite verb, no comma and at
    most `_TAIL_MAX` tokens before its sentence's end; None for an empty or longer tail."""
    k = comma + 1
    while k < len(tokens) and tokens[k].text not in {".", "!", "?", ";", ":", "–", "—"}:
        if tokens[k].text == "," or tokens[k].text in _FINITE_DE or k - comma > _TAIL_MAX:
            return None
        k += 1
    return k if k > comma + 1 else None


# the finite verb that opens a German verb bracket before the date, and the bracket's end after it
_BRACKET_OPEN = _FINITE_DE | frozenset(
    {"müssen", "brauchen", "braucht", "sollen", "sollten", "dürfen", "darf", "hab", "hatte"}
)
_NON_FINITE = lazy(r"[a-zäöüß]+(?:en|iert|ert|t)")


def _bracket_end(tokens: Sequence[Token], opening: int, comma: int) -> bool:
    """Whether the date between `opening` and `comma` sits inside a verb bracket (blind 56,
    claims148): a finite verb before the weekday, and after the closing comma a tail with no
    finite verb and no comma that ends the sentence on the bracket's infinitive or participle
    ("Sie müssen am Freitag, 28. November, nicht mehr kommen", "Ich habe Ihren Termin am
    Freitag, 28. November, storniert")."""
    if _text(tokens, comma) != "," or not any(
        _text(tokens, k) in _BRACKET_OPEN for k in range(opening)
    ):
        return False
    end = _verbless_tail_end(tokens, comma)
    return end is not None and _NON_FINITE.fullmatch(_text(tokens, end - 1)) is not None


def _detail_between_verb(tokens: Sequence[Token], comma: int) -> int | None:
    """The closing comma of an English detail set off between a bare auxiliary and its
    participle ("I haven't, for Friday the 28th, booked it yet"), or None."""
    if _text(tokens, comma - 1) not in _BARE_AUX or _text(tokens, comma + 1) not in (
        _DETAIL_PREPOSITIONS
    ):
        return None
    if not any(_is_day_word(_text(tokens, k)) for k in range(comma + 2, comma + 4)):
        return None
    for k in range(comma + 2, min(comma + 10, len(tokens))):
        if tokens[k].text == ",":
            return k if _PARTICIPLE_EN.fullmatch(_text(tokens, k + 1)) else None
    return None


def _time_follows(tokens: Sequence[Token], comma: int) -> bool:
    """Whether the comma at `comma` closes a day and a time of that day follows: "…, um 10"."""
    return _text(tokens, comma) == "," and _text(tokens, comma + 1) in _TIME_STARTS


def apposition_commas(tokens: Sequence[Token]) -> frozenset[int]:
    """Indices of the commas around a date that follows its weekday, and of those before the
    same day named again (see above)."""
    out: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.text == ",":
            closing = _detail_between_verb(tokens, i)
            if closing is not None:
                out.update((i, closing))
                continue
        if tok.text == "," and _is_day_word(_text(tokens, i - 1)):
            again = _day_again_end(tokens, i + 1)
            if again is not None:
                out.add(i)
                if _time_follows(tokens, again) or _denial_tail(tokens, again):
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
        elif _denial_tail(tokens, end):  # "am Freitag, den 28., noch nicht": one clause
            out.add(end)
        elif _bracket_end(tokens, i, end):  # "müssen am Freitag, 28. November, nicht mehr kommen"
            out.add(end)
    return frozenset(out)


def without_apposition_commas(sentence: str, lang: str) -> str | None:
    """`sentence` without the commas `apposition_commas` finds, or None if it has none: for
    the readers that read the plain text, not the clauses (claims135, blind 49: "There's
    nothing for you on Friday, the 28th of November, at half past ten any more", "I've got a
    free slot on Friday, the 28th of November, at a quarter past ten …": the date between
    commas hid the day and time from the "nothing … any more" and offer readers, and the
    sentence was read as claiming nothing)."""
    if "," not in sentence:
        return None
    folded = fold(sentence)
    tokens = tokenize(folded, sentence, lang, lambda _lemma: False)
    commas = apposition_commas(tokens)
    if not commas:
        return None
    out = sentence
    for k in sorted(commas, reverse=True):
        start, end = folded.span(tokens[k].start, tokens[k].end)
        if out[start:end] != ",":
            return None  # the folded text does not map back comma for comma
        out = out[:start] + out[end:]
    return out
