"""Several appointments counted in spoken shorthand, put in the words the clause reader takes
(claims132, blind 47, probe 47d): one step of `reworded`.

"You're down twice now, Friday at ten and Saturday at eleven", "You're in twice, Friday with
Fabian and Saturday with Lena", "You're down three times, …", "You're down once, Friday at ten":
the caller is booked that many times ("You're booked twice, …": the count and each day the
clause reader keeps apart, backed only where as many appointments fit). "Two appointments are
in, …" is "Two appointments are booked"; "Zwei Termine sind eingetragen, einer am Freitag, einer
am Samstag" lists the two as "…, am Freitag, am Samstag". Not: "down" or "in" with no count
("You're down for Friday" is read already), other people's counts.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_F = re.IGNORECASE
_CUE = lazy(r"\b(?:once|twice|thrice|times|appointments|einer|eine|einen)\b", _F)
_TIMES = r"(?:once|twice|thrice|(?:two|three|four|\d)\s+times)"
_REWRITES = (
    (
        lazy(
            r"\b(you(?:'re|\s+are))\s+(?:now\s+)?(?:down|in|pencil+ed\s+in|written\s+in)\s+"
            rf"(?:now\s+)?({_TIMES})\b",
            _F,
        ),
        r"\1 booked \2",
    ),
    (
        lazy(
            r"\b((?:two|three|four|both|\d)\s+appointments)\s+are\s+(?:now\s+)?in\b(?!\s+the\b)", _F
        ),
        r"\1 are booked",
    ),
    (
        lazy(
            r"\b((?:zwei|drei|vier|beide)\s+termine\s+sind\s+(?:jetzt\s+)?(?:eingetragen|gebucht|"
            r"bestätigt|drin)\s*[,:]\s*)eine[rn]?\s+(am|um)\b([^,;.]*?)\s*(?:,|und)\s+eine[rn]?\s+(am|um)\b",
            _F,
        ),
        r"\1\2\3 und \4",
    ),
)


def counted_in_words(sentence: str, lang: str) -> str:
    """`sentence` with appointments counted in shorthand said as booked that many times."""
    if not _CUE.search(sentence):
        return sentence
    for pattern, words in _REWRITES:
        sentence = pattern.sub(words, sentence)
    return sentence
