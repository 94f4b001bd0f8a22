"""An intensifier before the word of the outcome changes no claim (blind 20): "Jetzt ist der
Termin aber richtig drin", "it's properly in now", "Sie sind jetzt wirklich eingetragen", "Friday's well and truly off"; so does an assurance
before it ("I can assure you it's in"). The
sentence is also read without the intensifier right before the outcome word, and the claims of
that reading are kept beside the sentence's own.

Not: the same words elsewhere ("richtig" as "correct" at the end, "Ist das wirklich so?"): only
an intensifier directly before an outcome word of the lexicon's kind (drin, in, eingetragen,
gebucht, fest, booked, confirmed, sorted) is taken out.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_INTENSIFIER = (
    r"(?:richtig|wirklich|tatsächlich|definitiv|echt|properly|really|definitely|truly|"
    r"actually|genuinely|absolut|absolutely|totally|very\s+much|well\s+and\s+truly|"
    # claims106 (probe 36): "totally, utterly confirmed", "completely and utterly"
    r"utterly|completely|entirely|"
    # claims84: "one hundred percent booked", "a hundred percent locked in"
    r"(?:one|a)\s+hundred\s+percent|hundred\s+percent|100\s*%)"
)
_BEFORE_OUTCOME = lazy(
    r"\b" + _INTENSIFIER + r"(?:\s*,\s*|\s+and\s+|\s+)"
    # blind 33 (claims70): "it really is in", "Friday's definitely off", "very much on the books"
    r"(?=(?:" + _INTENSIFIER + r"(?:\s*,\s*|\s+and\s+|\s+))*"
    r"(?:(?:is|are|ist|sind)\s+)?(?:drin|in|eingetragen|gebucht|fest|bestätigt|booked|"
    r"confirmed|sorted|entered|off|on\s+the\s+books|down|cancell?ed|moved|storniert|abgesagt|"
    r"verschoben|umgebucht|locked\s+in)\b)",
    re.IGNORECASE,
)
# claims84: more than certain is certain ("Your appointment is beyond certain", "mehr als sicher")
_BEYOND = lazy(r"\b(?:beyond|more\s+than|mehr\s+als)\s+(?=(?:certain|sicher)\b)", re.IGNORECASE)
# blind 36 (claims81): a loose hedge before the outcome keeps it (convention 511: "Basically done",
# "Pretty much sorted", "praktisch erledigt"); an approximator that it is not reached ("almost",
# "so gut wie") is `approximated`'s
_HEDGE = lazy(
    r"\b(?:basically|practically|pretty\s+much|more\s+or\s+less|im\s+grunde(?:\s+genommen)?|"
    r"praktisch)\s+(?=(?:(?:is|are|ist|sind)\s+)?(?:done|sorted|taken\s+care\s+of|erledigt|"
    r"booked|confirmed|cancell?ed|gebucht|eingetragen|bestätigt|storniert|abgesagt)\b)",
    re.IGNORECASE,
)
# blind 33 (claims70): an assurance before the outcome ("I can assure you it's in", "I promise
# you it's cancelled") says it, as "I can confirm" does
_ASSURED = lazy(
    r"^\W*(?:(?:oh|so|and|well|yes|yeah),?\s+)?i\s+(?:can\s+)?(?:assure|promise|guarantee)\s+"
    r"(?:you\s+)?(?:that\s+)?(?=\w)",
    re.IGNORECASE,
)


# blind 37 (claims85): the focus particle "even" between the auxiliary and its participle names
# nothing more (conventions 341, 482): "I've even set a reminder", "The Friday cancellation has
# even gone through"; not "not even", "even if", "even though" (no auxiliary before it)
_EVEN = lazy(
    r"(?P<aux>\b(?:has|have|had|is|are|was|were)|'ve|'s)\s+even\s+(?=\w+(?:ed|en|t|ne)\b)",
    re.IGNORECASE,
)


# blind 42 (claims102): "sogar" before "schon / bereits" names nothing more either (341, 482):
# "Ist sogar schon durch", "Der Termin ist sogar schon eingetragen"
_SOGAR = lazy(r"\bsogar\s+(?=(?:schon|bereits)\b)", re.IGNORECASE)


# "immer noch" is "noch" (still), not "immer" (always, a habit): "Der steht immer noch, keine
# Sorge" (blind 30, claims74)
_STILL = lazy(r"\bimmer\s+(?=noch\b)", re.IGNORECASE)


def without_intensifier(sentence: str) -> str | None:
    """`sentence` without an intensifier before its outcome word, or None when it has none."""
    if "?" in sentence:
        return None
    plain = _HEDGE.sub(
        "",
        _BEFORE_OUTCOME.sub("", _STILL.sub("", _EVEN.sub(r"\g<aux> ", _SOGAR.sub("", sentence)))),
    )
    plain = _BEYOND.sub("", plain)
    plain = _ASSURED.sub("", plain, count=1)
    return None if plain == sentence else plain
