"""Two people's appointments said next to one another (blind 33, claims73; convention 380).

"Ihr Partner ist direkt nach Ihnen dran", "Ich habe Sie und Ihren Sohn direkt nacheinander
eingetragen", "Sie und Ihre Schwester sitzen am Freitag nebeneinander", "Your brother's in
straight after you", "I've booked you and your friend back to back", "You and your mum are side
by side on Friday": the caller's appointment and another's, on one day, one after or beside the
other. That is a relation between two appointments: true only where two of this call's
appointments fall on one day (`ClaimDetails.adjacent`); it replaces the single booking the
readers may see in it. "Both … for Friday" / "the two of you are down for Friday at ten" / "Your
kids are both in for Saturday": both at what the sentence names (`together`: two there).

Not: a question, a condition, a negation, a modal or a plan ("Soll ich Ihren Mann direkt nach
Ihnen eintragen?", "If your friend wants to come, I can check the slot after yours").
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.household import _WHO_DE, _WHO_EN
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

# the household's people (`household`), and children said as such
_WHO = rf"(?:{_WHO_DE}|{_WHO_EN}|kinder|kids?|children|gran\w*)"
_OTHER = lazy(
    rf"\b(?:ihre?[nmrs]?|your)\s+(?:\w+\s+)?{_WHO}\b|\b(?:sie|you)\s+(?:beide|both)\b|"
    r"\b(?:the\s+two|both)\s+of\s+you\b"
)
_NEXT_TO = lazy(
    r"\b(?:(?:direkt|gleich|unmittelbar|kurz)\s+)?nach\s+ihnen\b|\bim\s+anschluss\s+an\s+sie\b|"
    r"\bnacheinander\b|\bhintereinander\b|\bnebeneinander\b|\bgleichzeitig\s+mit\s+ihnen\b|"
    r"\b(?:straight|right|just|directly)\s+after\s+you\b|\bback\s+to\s+back\b|"
    r"\bside\s+by\s+side\b|\bnext\s+to\s+each\s+other\b|\bone\s+after\s+the\s+other\b"
)
# in the book, "dran", sitting: the pair's appointment said as there
_THERE = lazy(
    r"\b(?:dran|drin|eingetragen|eingebucht|gebucht|notiert|sitzen|sind|ist|kommt|kommen|"
    r"in|down|booked|put|are|is|'s|'re)\b"
)
_BOTH_AT = lazy(
    r"\b(?:the\s+two\s+of\s+you|both\s+of\s+you|you\s+and\s+your\s+\w+|your\s+(?:kids|children|"
    r"boys|girls))\s+(?:are|'re)\s+(?:both\s+)?(?:in|down|booked(?:\s+in)?|set)\s+for\b|"
    r"\b(?:sie\s+beide|ihre\s+beiden\s+\w+)\s+sind\s+(?:\w+\s+){0,3}?(?:eingetragen|gebucht|drin)\b"
)
_HEDGED = lazy(
    r"\?|\b(?:nicht|kein\w*|nie|wenn|falls|ob|sofern|sobald|soll|sollen|könnte|können|kann|"
    r"möchten|möchte|würde|wäre|not|no|never|if|whether|unless|once|shall|should|could|can|"
    r"would|want|wants|like|might|may)\b|n't\b"
)


def side_by_side(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with another person's appointment said next to the caller's read as a pair on
    one day, and "both … for <day>" as both there (see above)."""
    text = normalize(sentence)
    if _HEDGED.search(text) or not _OTHER.search(text):
        return claims
    adjacent = _NEXT_TO.search(text) is not None and _THERE.search(text) is not None
    together = not adjacent and _BOTH_AT.search(text) is not None
    if not (adjacent or together):
        return claims
    details = read_details(text, names)
    pair = ClaimDetails(((Role.ANY, details),), several=True, together=together, adjacent=adjacent)
    kept = tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)
    spans = [c for c in claims if c.kind is ClaimKind.BOOKED] or [
        Claim(ClaimKind.BOOKED, 0, len(sentence))
    ]
    return kept + tuple(replace(c, details=pair) for c in spans[:1])
