"""A cancellation or a move said complete at a coming moment, with no condition, read as said now
(blind 42, claims103; a step of `reworded`): "Gleich ist Ihr Termin storniert", "In einer Sekunde
ist die Absage durch", "Gleich liegt Ihr Termin auf Donnerstag um drei", "In a moment your
appointment will be cancelled", "It'll be called off in a second", "In a moment your appointment
will be on Thursday at three". Convention 601 reads the booking so (`future_certain`): the
caller hears an outcome the calendar does not have yet; blind 42's writer extended it to the
cancellation and the move, and one wording of the outcome has one reading whatever the outcome.

Not: a condition or a doubt ("Wenn alles klappt, ist er gleich storniert", "If all goes well,
it'll be cancelled in a moment", "once you say yes": 100, 5), a denial, a question, and the
agent's act in progress or plan ("Ich storniere ihn gleich", "I'll cancel it now": 601).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_SOON_DE = (
    r"(?:gleich|sofort|in\s+(?:einer|einem|ein\s+paar|zwei|drei|fünf|wenigen)\s+"
    r"(?:sekunde|sekunden|moment|momenten|minute|minuten|augenblick|augenblicken)|"
    r"(?:binnen|innerhalb)\s+(?:weniger\s+|von\s+)?(?:sekunden|augenblicken|minuten))"
)
_WHO_DE = (
    r"(?:es|das|er|alles|(?:ihr|der)\s+(?:\w+)?termin|die\s+(?:absage|stornierung|verschiebung)|"
    r"ihre\s+(?:absage|stornierung|verschiebung))"
)
_OUTCOME_DE = (
    r"(?:storniert|abgesagt|gestrichen|verschoben|verlegt|umgebucht|durch|raus|"
    r"auf\s+(?:\w+\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag))"
)
_DE = lazy(
    rf"^(\W*){_SOON_DE}\s+(ist|sind|liegt|steht)\s+({_WHO_DE})\s+((?:\w+\s+){{0,2}}?{_OUTCOME_DE}\b)",
    re.IGNORECASE,
)
_SPAN_EN = (
    r"(?:(?:in|within)\s+(?:a|one|two|a\s+few|a\s+couple\s+of)\s+(?:secs?|seconds?|moments?|"
    r"minutes?|jiffy|tick)|within\s+(?:secs|seconds|moments)|shortly|"
    r"momentarily|any\s+(?:second|moment)\s+now)"
)
_WHO_EN = (
    r"(?:it|that|everything|you|the\s+appointment|your\s+appointment|your\s+\w+\s+appointment)"
)
_OUTCOME_EN = (
    r"(?:cancel+ed|called\s+off|moved|shifted|rescheduled|off\s+the\s+(?:books|calendar)|"
    r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday)\b)"
)
_EN_FRONT = lazy(
    rf"^(\W*){_SPAN_EN}\s*,?\s*({_WHO_EN})(?:'ll|\s+will)\s+be\s+({_OUTCOME_EN})",
    re.IGNORECASE,
)
_EN_BACK = lazy(
    rf"^(\W*)({_WHO_EN})(?:'ll|\s+will)\s+be\s+({_OUTCOME_EN}(?:\s+\w+)*?)\s+{_SPAN_EN}\s*([.!]?)\s*$",
    re.IGNORECASE,
)
_UPON = lazy(
    r"\b(?:wenn|falls|ob|sofern|erst|sobald|nicht|kein\w*|glatt|klappt|mitspielt|"
    r"dazwischenkommt|if|whether|unless|once|as\s+soon\s+as|not|yet|well|through|goes|going|"
    r"assuming|provided|hopefully|hoffentlich)\b|n't\b",
    re.IGNORECASE,
)


def _be(who: str) -> str:
    return "are" if who.lower() == "you" else "is"


def said_now(text: str, lang: str) -> str:
    """`text` with a coming cancellation or move said as it stands now (unchanged otherwise)."""
    if text.rstrip().endswith("?") or _UPON.search(text):
        return text
    if lang == "de":
        return _DE.sub(lambda m: f"{m.group(1)}{m.group(3)} {m.group(2)} {m.group(4)}", text)
    if lang == "en":
        text = _EN_FRONT.sub(
            lambda m: f"{m.group(1)}{m.group(2)} {_be(m.group(2))} {m.group(3)}", text
        )
        return _EN_BACK.sub(
            lambda m: f"{m.group(1)}{m.group(2)} {_be(m.group(2))} {m.group(3)}{m.group(4)}", text
        )
    return text
