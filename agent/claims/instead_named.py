"""Substitution with "statt" / "instead of" / "rather than" (blind 40's false blocks, claims96).

Three readings the readers got wrong, one job (what the substituted part does to the claim):

- an act set aside, or a part only considered, beside a booking or hold: "Instead of booking
  straight away, I've reserved Friday for you", "Statt nur zu reservieren, habe ich Freitag um
  zehn gleich bestätigt" (blind 9, `booked`), "Statt Donnerstag, wie zuerst überlegt, steht jetzt
  der Freitag um zehn fest", "Statt der Tönung, über die wir sprachen, ist … die Dauerwelle
  gebucht": the "statt" part is an act not taken or an option talked about, not an appointment
  said to have existed; the claim is the booking (or hold) of what the sentence names, not a move.
  A day or stylist set aside with no such mark is a move (convention 663: "Ich habe Sie bei Lena
  statt bei Fabian eingetragen" `rescheduled`, as the gated splits label it).
- the move itself set aside for a cancellation (claims158, probe 42): "I've cancelled it rather
  than moved it", "Ich habe ihn storniert statt verschoben": no move happened, so the move read
  from the participle is dropped and the old place said gone is the cancellation.
- an offer to look elsewhere: "Rather than Friday, I could look at another day for you, if you
  like", "Statt Freitag könnte ich Ihnen auch einen anderen Tag anbieten": a modal offer claims
  no outcome (convention 2's offers); the outcomes read from it are dropped.
"""

from __future__ import annotations

import dataclasses

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_OUTCOMES = frozenset({K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.GONE, K.DONE, K.STANDS})
_INSTEAD = lazy(r"\b(?:statt|anstatt|anstelle|instead\s+of|rather\s+than|in\s+place\s+of)\b")
_ACT_OR_CONSIDERED = lazy(
    r"\b(?:statt|anstatt|anstelle|instead\s+of|rather\s+than)\s+(?:\w+\s+){0,2}?(?:zu\s+\w+|\w+ing)\b|"
    r"\bwie\s+(?:zuerst|erst|anfangs|vorhin)\s+(?:überlegt|gedacht|besprochen|geplant)\b|"
    r"\b(?:über|von)\s+(?:die|den|der|das|dem)\s+wir\s+(?:sprachen|gesprochen\s+haben|geredet\s+haben)\b|"
    r"\b(?:we|you)\s+(?:talked|spoke)\s+about\b|\b(?:first\s+)?(?:considered|discussed)\b"
)
_CHANGED = lazy(
    r"\b(?:verschob\w*|verschieb\w*|verlegt|verlegen|umgebucht|umbuch\w*|umgelegt|geändert|gelegt|"
    r"getauscht|moved|changed|switched|swapped|rescheduled|shifted|put\s+you\s+on|in\s+its\s+place|"
    r"(?:ist|is)\s+(?:jetzt\s+|now\s+)?(?:weg|raus|off|gone))\b"
)
_OFFER = lazy(
    r"\b(?:could|can|shall\s+i|should\s+i|könnte|kann\s+ich|soll\s+ich|würde)\b[^.!]*"
    r"\b(?:look|check|find|see|offer|anbieten|schauen|nachsehen|suchen|finden)\b"
)


# claims158 (probe 42): the move itself set aside for a cancellation, "I've cancelled it rather
# than moved it", "Ich habe ihn storniert statt verschoben": no move happened, the cancellation did
_MOVE_SET_ASIDE = lazy(
    r"\b(?:statt|anstatt|instead\s+of|rather\s+than)\s+(?:(?:es|ihn|it)\s+)?(?:verschoben|verlegt|"
    r"umgebucht|moved|rescheduled|shifted)\b(?!\s+(?:auf|nach|to|on|for)\b)"
)
_CANCELLED = lazy(r"\b(?:storniert|abgesagt|gestrichen|cancelled|canceled|called\s+off)\b")


def instead_read(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with the substitution read as above."""
    if not claims:
        return claims
    text = fold(sentence).text
    if not _INSTEAD.search(text):
        return claims
    if _OFFER.search(text):
        return tuple(c for c in claims if c.kind not in _OUTCOMES)
    if _MOVE_SET_ASIDE.search(text) and _CANCELLED.search(text):
        return tuple(
            dataclasses.replace(c, kind=K.CANCELLED) if c.kind is K.GONE else c
            for c in claims
            if c.kind is not K.RESCHEDULED
        )
    made = any(c.kind in (K.BOOKED, K.HELD) for c in claims)
    if made and _ACT_OR_CONSIDERED.search(text) and not _CHANGED.search(text):
        return tuple(c for c in claims if c.kind is not K.RESCHEDULED)
    return claims
