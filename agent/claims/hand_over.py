"""A hand-over after a claim (blind 22, claims38): "Gebucht ist alles, ich verbinde Sie jetzt
noch kurz mit Fabian wegen der Farbe", "Sie sind eingetragen; für die Frage zur Pflege verbinde
ich Sie mit dem Salon", "You're booked; I'll put you through to Fabian for the colour question".
The person and the topic the caller is put through to are not the booked appointment's: the
details named only in the hand-over clause are taken off the claims of the clauses before it.

Not: a claim inside the hand-over clause ("Ich verbinde Sie mit Lena, bei der Sie am Samstag
gebucht sind") keeps what it names.
"""

from __future__ import annotations

from dataclasses import fields, replace

from agent.claims.details import ClaimDetails, Details, Names, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold
from agent.claims.pieces import sentence_pieces

_HAND_OVER = lazy(
    r"\b(?:verbinde|verbinden|stelle|stellen)\s+(?:ich\s+|wir\s+)?sie\b|"
    r"\bsie\s+(?:\w+\s+){0,3}?(?:weiter|durch)(?:verbinden|stellen)?\b|"
    r"\b(?:put|putting|pass|passing)\s+you\s+(?:\w+\s+)?(?:through|over|on)\s+to\b|"
    r"\b(?:transfer|transferring)\s+you\b|\b(?:connect|connecting)\s+you\s+(?:with|to)\b"
)


def without_handed_over(
    sentence: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims`, those before a hand-over clause without the details only that clause names."""
    if not claims:
        return claims
    cut = None
    for _, pieces in sentence_pieces(sentence):
        for a, b in pieces:
            if a > 0 and _HAND_OVER.search(fold(sentence[a:b]).text):
                cut = (a, b) if cut is None else cut
    if cut is None:
        return claims
    start, end = cut
    foreign = read_details(fold(sentence[start:end]).text, names)
    own = read_details(fold(sentence[:start]).text, names)
    taken = {f.name: getattr(foreign, f.name) - getattr(own, f.name) for f in fields(Details)}
    if not any(taken.values()):
        return claims
    out = []
    for c in claims:
        if c.start >= start:
            out.append(c)
            continue
        parts = tuple(
            (role, replace(d, **{k: getattr(d, k) - v for k, v in taken.items()}))
            for role, d in c.details.parts
        )
        out.append(replace(c, details=ClaimDetails(parts, c.details.several, c.details.together)))
    return tuple(out)
