"""Idioms that use a claim word and say nothing about the calendar: "Das steht auf einem anderen
Blatt", "Das steht noch in den Sternen", "Das steht außer Frage", "Die Farbe steht Ihnen gut",
"Alles steht und fällt mit …", "That's a different story"; things in general shifting ("da
verschiebt sich manches", "Things got shifted around here this week", claims130).

"steht" is a state of the calendar for the clause reader ("Der Termin steht"); inside these
idioms it is not. Every claim read inside the idiom's clause is dropped.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold
from agent.claims.pieces import CLAUSE_PIECE

_IDIOM = lazy(
    r"\bsteht\s+(?:\w+\s+){0,3}?auf\s+(?:einem|'nem)\s+(?:\w+\s+)?anderen\s+blatt\b|"
    r"\bsteht\s+(?:\w+\s+){0,2}?in\s+den\s+sternen\b|"
    r"\bsteht\s+(?:\w+\s+){0,2}?außer\s+(?:frage|zweifel)\b|"
    r"\bsteht\s+(?:\w+\s+){0,2}?(?:zur\s+(?:debatte|diskussion)|auf\s+der\s+kippe)\b|"
    r"\bsteht\s+ihnen\s+(?:\w+\s+){0,2}?(?:gut|super|toll|prima|wunderbar|hervorragend)\b|"
    r"\bsteht\s+und\s+fällt\b|"
    r"\b(?:a|another|a\s+different|a\s+whole\s+other)\s+(?:story|matter|kettle\s+of\s+fish)\b|"
    # things in general shifting (blind 52, claims130): "da verschiebt sich manches", "Bei uns hat
    # sich diese Woche einiges verschoben", "Things got shifted around here this week"
    r"\b(?:verschiebt|verschieben|verschob|verlagert|ändert)\s+sich\s+(?:\w+\s+){0,3}?"
    r"(?:einiges|manches|vieles|etwas|was|so\s+einiges|so\s+manches|das\s+eine\s+oder\s+andere)\b|"
    r"\bsich\s+(?:\w+\s+){0,4}?(?:einiges|manches|vieles|so\s+einiges|so\s+manches|das\s+eine\s+oder\s+"
    r"andere)\s+(?:verschoben|verlagert|geändert)\b|"
    r"\b(?:things|a\s+lot|lots|stuff|quite\s+a\s+bit|a\s+few\s+things)\s+(?:\w+\s+){0,2}?(?:moved|shifted|"
    r"shuffled|pushed|switched|swapped)\s+(?:a\s*round|about)\b"
)


def without_idioms(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` minus those read inside an idiom's clause (see above)."""
    if not claims:
        return claims
    folded = fold(sentence)
    if not _IDIOM.search(folded.text):
        return claims
    spans = [
        folded.span(m.start(), m.end())
        for m in CLAUSE_PIECE.finditer(folded.text)
        if _IDIOM.search(m.group())
    ]
    return tuple(c for c in claims if not any(s <= c.start < e for s, e in spans))
