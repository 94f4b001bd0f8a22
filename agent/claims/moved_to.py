"""A move said by where the appointment slid: "Der Termin rutscht auf übermorgen um drei, ist
schon umgetragen", "Ihr Termin geht auf Samstag um elf", "Your appointment slides to Saturday at
eleven, already changed". The clause that says it is done ("ist schon umgetragen") names nothing,
so the move is read with the place it went to (`Role.NEW`), which the move's new appointment must
match; a move read there without details is replaced. Not: negations, conditions, questions,
modals ("könnte auf Donnerstag rutschen").
"""

from __future__ import annotations

import re

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.spans import sentence_spans

K = ClaimKind
_RULE = {
    "de": re.compile(
        r"\b(?:\w*termin|er|sie)\s+(?:rutscht|wandert|springt|geht|wechselt)\s+(?:jetzt\s+|nun\s+)?"
        r"(?:auf|zu)\s+(?P<to>[^,.;!?–—]+)"
    ),
    "en": re.compile(
        r"\b(?:appointment|booking|it)\s+(?:slides|shifts|jumps|moves|goes)\s+(?:now\s+)?"
        r"(?:to|over\s+to)\s+(?P<to>[^,.;!?–—]+)"
    ),
}
_NOT_STATED = re.compile(
    r"\b(?:nicht|kein\w*|wenn|falls|ob|könnte|würde|wäre|soll|kann|not|no|if|whether|could|"
    r"would|should|can|might)\b|n't\b"
)


def moved_to(
    sentence: str, lang: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` with a move said by where it slid read with that place (see above)."""
    rule = _RULE.get(lang)
    folded = fold(sentence)
    text = folded.text
    if rule is None or not rule.search(text):
        return claims
    out = list(claims)
    for s, e in sentence_spans(text):
        part = text[s:e]
        m = rule.search(part)
        if m is None or part.rstrip().endswith("?") or _NOT_STATED.search(part):
            continue
        to = read_details(m["to"], names)
        if to.empty:
            continue
        start, end = folded.span(s, e)
        out = [
            c
            for c in out
            if not (c.kind is K.RESCHEDULED and c.details.empty and start <= c.start < end)
        ]
        out.append(Claim(K.RESCHEDULED, start, end, ClaimDetails(((Role.NEW, to),))))
    return tuple(out)
