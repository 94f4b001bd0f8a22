"""An apposition after the caller's appointment read after its predicate (blind 49, claims131).

"Ihr zweiter Termin, Strähnchen bei Frau Hoffmann, ist am Samstag um elf" and "And your second
appointment, highlights with Ms Hoffmann, is on Saturday at eleven" say the appointment where
it is, and between commas what it is: the commas cut the subject off its predicate, so the
clause reader heard neither. Said with the apposition last ("Ihr zweiter Termin ist am Samstag um
elf, Strähnchen bei Frau Hoffmann") the reader hears the appointment and its details. Only a
short apposition without a verb of its own, after a possessed appointment noun (a relative
clause, "Ihr Termin, den Sie gebucht haben, …", is not one).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_APPOSITION = {
    "de": lazy(
        r"^(?P<subject>\W*(?:und\s+|also\s+)?(?:ihr|ihre)\s+(?:\w+\s+)?(?:termin|buchung)),\s+"
        r"(?P<what>(?:[\w.'’-]+\s+){0,6}?[\w.'’-]+),\s+(?P<verb>ist|liegt|steht|findet)\s+"
        r"(?P<rest>[^,;:!?]+?)(?P<end>[.!]?)$",
        re.IGNORECASE,
    ),
    "en": lazy(
        r"^(?P<subject>\W*(?:and\s+|so\s+)?your\s+(?:\w+\s+)?(?:appointment|booking)),\s+"
        r"(?P<what>(?:[\w.'’-]+\s+){0,6}?[\w.'’-]+),\s+(?P<verb>is)\s+"
        r"(?P<rest>[^,;:!?]+?)(?P<end>[.!]?)$",
        re.IGNORECASE,
    ),
}
# a verb or a relative pronoun in the commas: a clause, no apposition
_CLAUSE = lazy(
    r"^(?:der|die|den|das|dem)\s+(?:sie|ich|wir|er|es|du|man)\b|^(?:welche\w*|which|that|who)\b|"
    r"\b(?:ist|sind|hat|haben|habe|wurde|wird|is|are|has|have|was|were|will)\b",
    re.IGNORECASE,
)


def apposition_last(text: str, lang: str) -> str:
    """`text` with the apposition after its appointment said after the predicate (above)."""
    rule = _APPOSITION.get(lang)
    m = rule.match(text) if rule is not None and "," in text else None
    if m is None or _CLAUSE.search(m["what"]):
        return text
    return f"{m['subject']} {m['verb']} {m['rest']}, {m['what']}{m['end']}"
