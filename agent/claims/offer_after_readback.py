"""A read-back followed by an offer to book it (blind 29, claims55; convention 2; a step of
`reworded`).

"Also: Dauerwelle, Freitag zehn, bei Fabian. Soll ich das so buchen?", "So that's a perm,
Friday at ten, with Fabian. Shall I book it?" say what "Dauerwelle, Freitag zehn, bei Fabian –
soll ich das so buchen?" says in one sentence: the slot named is there to be booked (`available`,
as the dash-joined form is read). Read as that one sentence. Only a read-back that names a day
or a time, and only a question that offers to book what it names ("das", "it", "that"). "Ich
könnte Ihnen Freitag um zehn eintragen" (the colloquial dative) is read as "… Sie … eintragen".
"""

from __future__ import annotations

import re

from agent.claims.details import Names, read_details
from agent.claims.normalize import fold

_READBACK = re.compile(
    r"^(?P<slot>[^.?!]+?)\.\s+(?P<q>(?:soll|darf|kann|möchten|wollen)\s+(?:ich|sie)\s+(?:\w+\s+)?"
    r"(?:das|den|ihn|es)\s+(?:so\s+)?(?:\w+\s+)?(?:buchen|festmachen|eintragen|fest\s+machen|"
    r"reservieren|nehmen)\s*\?|(?:shall|should|can|may)\s+i\s+(?:go\s+ahead\s+and\s+)?(?:book|"
    r"lock|pencil|put|enter)\s+(?:it|that|this|you)(?:\s+in)?\s*\?)\s*$",
    re.IGNORECASE,
)
_DATIVE = re.compile(
    r"\b(ich\s+(?:könnte|kann|würde))\s+ihnen\s+(?=(?:[^.,;!?]*?\s)?(?:eintragen|einbuchen|buchen)\b)",
    re.IGNORECASE,
)
_NO_NAMES = Names()


def offered_after_readback(text: str, lang: str) -> str:
    """`text` with a read-back and its offer to book said as one sentence, else unchanged."""
    if lang == "de":
        text = _DATIVE.sub(r"\1 Sie ", text)
    m = _READBACK.search(text)
    if m is None:
        return text
    named = read_details(fold(m["slot"]).text, _NO_NAMES)
    if not (named.weekdays or named.times or named.days):
        return text
    q = m["q"]
    return f"{m['slot']} – {q[0].lower()}{q[1:]}"
