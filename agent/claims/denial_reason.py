"""The speaker's own booking denied, then its reason (the lead's D52, convention 1119; convention
48's denial): "Ich habe Sie nicht eingetragen, weil der Platz weg war", "Ich habe Sie nicht
eingetragen, weil Sie noch überlegen wollten", "I haven't booked it because the slot was gone".
A reason changes nothing: the sentence is read as its main clause, the denial (`not_booked`).
Read with the reason, its modal or its words of loss ("wollten", "weg") left the sentence
neutral. Not: a reason in front (reason_aside.py reads those), a denial of someone else's act,
the English past simple ("I didn't book anything": the gated tune reads it as a past event,
neutral; a question for the lead in 1119), a main clause that is not the speaker's denial.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy

_DE = lazy(
    r"^(\W*(?:nein,\s*)?ich\s+(?:habe|hab)\s+(?:sie|ihn|es|das|den\s+termin|ihren\s+termin)\s+"
    r"(?:noch\s+|leider\s+)*nicht\s+(?:eingetragen|gebucht|eingebucht|festgemacht))\s*,?\s+"
    r"(?:weil|da)\b[^.!?]*[.!]?\s*$",
)
_EN = lazy(
    r"^(\W*(?:no,\s*)?i\s+(?:haven't|have\s+not)\s+(?:yet\s+)?(?:booked|put|entered)\s+(?:you|it|that|"
    r"the\s+appointment|your\s+appointment)(?:\s+(?:in|down))?(?:\s+yet)?)\s*,?\s+"
    r"(?:because|since|as)\b[^.!?]*[.!]?\s*$",
)


def without_reason_after_denial(sentence: str, lang: str) -> str | None:
    """The denial alone where `sentence` is the speaker's booking denied with a reason after it."""
    m = (_DE if lang == "de" else _EN).match(sentence.lower())
    return None if m is None else sentence[: len(m.group(1))].rstrip(" ,") + "."
