"""An act only prepared, beside its "not yet" (blind 40's false blocks, claims96).

"Die Stornierung habe ich nur vorbereitet; abgesagt ist der Freitag noch nicht.", "I've only
prepared the cancellation; Friday isn't cancelled yet.", "I've set up the cancellation for
Friday, but it isn't cancelled yet.", "Die Buchung für Freitag habe ich nur vorbereitet, gebucht
ist sie noch nicht.": the act is made ready, not made, and the sentence says so; its claim is the
denial (`not_cancelled`, convention 280; `not_booked`, convention 5), read by the denial's own
readers. The readers also took "die Stornierung habe ich …" for the cancellation done and "isn't
cancelled" for the appointment standing; those positive outcomes are dropped here.

Not: a preparation with no "not yet" beside it ("Ich habe alles für die Stornierung vorbereitet
und sie abgeschickt"), an act said done beside a preparation of another ("Die Buchung ist durch,
die SMS bereite ich vor").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_POSITIVE = frozenset({K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.GONE, K.DONE, K.STANDS})
_PREPARED = lazy(
    r"\b(?:vorbereitet|fertig\s+gemacht|angelegt|prepared|set\s+up|got\s+(?:\w+\s+){1,4}?ready|"
    r"(?:stornierung|absage|buchung|umbuchung|cancellation|booking|move)\s+(?:\w+\s+){0,3}?ready)\b"
)
_NOT_YET = lazy(
    r"\bnoch\s+(?:nicht|nichts|kein\w*)\b|\b(?:isn't|is\s+not|hasn't|has\s+not|not)\s+"
    r"(?:\w+\s+){0,2}?(?:yet|been\s+\w+\s+yet)\b|\bnot\s+yet\b"
)


def without_prepared_only(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the positive outcomes of an act said only prepared, not yet made."""
    if not claims:
        return claims
    text = fold(sentence).text
    if not _PREPARED.search(text) or not _NOT_YET.search(text):
        return claims
    return tuple(c for c in claims if c.kind not in _POSITIVE)
