"""Clefts about the caller's appointment (blind 30, claims68).

- The appointment named in an English cleft as the object of the act told after it: "It's your
  Friday appointment that I've cancelled", "It was the Friday booking that we moved". The head
  "It's your Friday appointment" is no booking said of its own (the possessed visit
  `possessed_visits` reads there): the act after "that" is the claim, so a booking read inside
  the head is dropped where the sentence also tells another outcome (`without_cleft_head`).
- What the caller has now, said as a pseudo-cleft: "Was Sie jetzt haben, ist ein Termin am
  Freitag um zehn", "What you've got now is Friday at ten with Fabian": the booking of what it
  names (`had_now`); so what is in the book for the caller (claims78): "Was für Sie drinsteht,
  ist Freitag um zehn", "What's down for you is Friday at ten"; a slot named free for the caller
  so is offered (`free_named`: "Was für Sie noch frei wäre, ist Samstag um elf"). Not: questions,
  negations, conditions.
"""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.sentence_claims import claims_where

_CLEFT = lazy(
    r"^\W*it(?:'s|\s+is|\s+was)\s+(?:your|the)\s+[^.!?]*?\s+that\s+(?:i|we)(?:'ve|\s+have|\s+had)?"
    r"\s+(?:just\s+)?(?:cancell?ed|called\s+off|moved|rescheduled|shifted|dropped)\b"
)
_OTHER_OUTCOMES = frozenset({ClaimKind.CANCELLED, ClaimKind.RESCHEDULED, ClaimKind.GONE})


def without_cleft_head(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the booking read in a cleft's head (see above)."""
    if not any(c.kind in _OTHER_OUTCOMES for c in claims):
        return claims
    folded = fold(sentence)
    m = _CLEFT.search(folded.text)
    if m is None:
        return claims
    head_end = folded.span(0, m.start() + m.group().rfind(" that ") + 1)[1]
    return tuple(c for c in claims if not (c.kind is ClaimKind.BOOKED and c.end <= head_end))


_HAD_NOW = lazy(
    r"^\W*(?:was\s+sie\s+(?:jetzt|nun|aktuell)\s+(?:bei\s+uns\s+)?haben\s*,?\s+ist|"
    r"what\s+you(?:'ve\s+got|\s+have(?:\s+got)?)\s+now\s+is|"
    # probe 30 (claims78): what is in the book for the caller ("Was für Sie drinsteht, ist …",
    # "Was bei uns für Sie eingetragen ist, ist …", "What's down for you is …")
    r"was\s+(?:bei\s+uns\s+|jetzt\s+|nun\s+)*für\s+sie\s+(?:jetzt\s+|nun\s+)?(?:drinsteht|"
    r"drin\s+steht|eingetragen\s+ist|gebucht\s+ist|im\s+kalender\s+steht|steht)\s*,?\s+ist|"
    r"what(?:'s|\s+is)\s+(?:now\s+)?(?:down|in|booked|in\s+the\s+(?:book|diary|calendar|system))\s+"
    r"for\s+you(?:\s+now)?\s+is)\s+[^.!?]*\b(?:termin|appointment|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|wednesday|thursday|"
    r"friday|saturday)\b"
)


def had_now(sentence: str, names: Names) -> tuple[Claim, ...]:
    """BOOKED for what the caller is said to have now in a pseudo-cleft (see above)."""
    return claims_where(sentence, _HAD_NOW, ClaimKind.BOOKED, names)


# a slot named free for the caller as a pseudo-cleft (probe 30c, claims78): "Was für Sie noch
# frei wäre, ist Samstag um elf", "What's still open for you is Friday at ten": the slot offered
_FREE_FOR_YOU = lazy(
    r"^\W*(?:was\s+(?:bei\s+uns\s+)?für\s+sie\s+(?:noch\s+|jetzt\s+|aber\s+)*(?:frei|offen|möglich|"
    r"verfügbar)\s+(?:wäre|ist|bleibt)\s*,?\s+ist|"
    r"what(?:'s|\s+is|\s+would\s+be)\s+(?:still\s+)?(?:free|open|available)\s+for\s+you\s+(?:is|would\s+be))"
    r"\s+[^.!?]*\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|um|at)\b"
)


def free_named(sentence: str, names: Names) -> tuple[Claim, ...]:
    """AVAILABLE for the slot a pseudo-cleft names free for the caller (see above)."""
    return claims_where(sentence, _FREE_FOR_YOU, ClaimKind.AVAILABLE, names)
