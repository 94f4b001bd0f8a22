"""A hold said released, read as no outcome (blind 38's false blocks, claims91).

"Die Reservierung ist (wieder) aufgehoben", "Ich habe die Reservierung wieder gelöst", "The
reservation has been lifted", "I've let the hold go": the slot kept for the caller is given up,
which is neither a cancellation (nothing booked was taken back), nor a booking, nor a hold (the
gated splits label "Die Reservierung ist wieder aufgehoben." and "I've released the hold."
neutral). Beside a report that nothing was booked ("…, es wurde nichts gebucht") the readers
took the release for a cancellation. Only claims spoken in the release's own words are dropped:
an outcome said in a clause of its own stays ("Die Reservierung ist aufgehoben, der Termin ist
jetzt fest gebucht"). Not "der Platz ist wieder frei(gegeben)": said after a cancellation, that
is the cancelled appointment's place (`calendar_read`).
"""

from __future__ import annotations

from agent.claims.gate import opens
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_HOLD = r"(?:reservierung|vormerkung|reservation|hold)"
_LET_GO = (
    r"(?:aufgehoben|freigegeben|gelöst|aufgelöst|released|lifted|dropped|let\s+(?:\w+\s+){0,2}go)"
)
_RELEASED = lazy(
    rf"\b{_HOLD}\b(?:'s)?\s+(?:\w+\s+){{0,4}}?{_LET_GO}\b|\b(?:released|lifted|dropped|let)\s+"
    rf"(?:the|your|die|ihre)\s+{_HOLD}\b"
)
# an outcome said in the same words ("Die Reservierung ist aufgehoben und der Termin gebucht")
_OUTCOME_WORD = lazy(
    r"\b(?:gebucht|eingetragen|storniert|abgesagt|booked|cancel\w*|termin|appointment)\b"
)
_DROPPED = frozenset({K.CANCELLED, K.BOOKED, K.DONE, K.GONE, K.HELD})


def without_hold_released(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the outcomes read in the words of a hold released (see above)."""
    if not claims or not opens(_RELEASED, fold(sentence).text):
        return claims

    def released(c: Claim) -> bool:
        spoken = fold(sentence[c.start : c.end]).text
        return bool(_RELEASED.search(spoken)) and not _OUTCOME_WORD.search(spoken)

    kept = tuple(c for c in claims if not (c.kind in _DROPPED and released(c)))
    return claims if len(kept) == len(claims) else kept
