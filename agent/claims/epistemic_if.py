"""An "if" that hedges, not a condition (blind 22, claims38): "Wenn ich das richtig sehe, ist
der Termin gebucht", "Wenn ich mich nicht irre, ist Ihr Termin eingetragen", "If I'm not
mistaken, …". The condition is the speaker's certainty, not something still to happen, so the
claim after it is not "not booked yet": the `not_booked` claims such a sentence was read with are
dropped (the claim itself is read as plain, `hedge_reread.py`, and stays).

Not: "Wenn Sie Ja sagen, ist der Termin gebucht" (a real condition: not booked yet).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_HEDGING_IF = lazy(
    r"^\W*(?:(?:also|so|okay|ok),?\s+)?(?:wenn|falls)\s+ich\s+(?:"
    r"(?:das|es|hier|alles)\s+(?:\w+\s+)?richtig\s+(?:sehe|verstehe|lese|interpretiere)|"
    r"mich\s+nicht\s+(?:irre|täusche|verlesen\s+habe|verhört\s+habe)|"
    r"richtig\s+(?:sehe|lese|informiert\s+bin))\b|"
    r"^\W*(?:(?:so|okay|ok|right),?\s+)?if\s+(?:i'm|i\s+am)\s+not\s+mistaken\b|"
    r"^\W*(?:(?:so|okay|ok|right),?\s+)?if\s+i\s+(?:see|read|understand)\s+(?:this|it|that)\s+"
    r"(?:right|correctly)\b"
)


def without_hedging_if(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without `not_booked` when the sentence's only "if" hedges the speaker."""
    if not claims or not _HEDGING_IF.search(fold(sentence).text):
        return claims
    return tuple(c for c in claims if c.kind is not ClaimKind.NOT_BOOKED)
