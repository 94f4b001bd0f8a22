"""A move reported with its old and new place: the success said with it is the move's (blind 41).

"Done – I've moved your appointment from Friday at 10 a.m. to the 27th at 3pm", "All sorted,
your perm has been rescheduled from Friday at ten to Thursday at 3 p.m.", "Erledigt: Ihr Termin
ist von Freitag, 10 Uhr, auf den 27.11. um 15:00 Uhr verlegt". The bare success ("Done",
"Erledigt", "All sorted") took every detail of the sentence, the old place's too, and the
subject cut before "auf" ("Ihr Termin ist von Freitag, 10 Uhr,") was read as the appointment
booked there: after the move, neither is so, and the true report was stopped. Beside a
RESCHEDULED claim whose words run from "von / from" to "auf / to", the bare success is the move's
own (convention 10: it claims the outcome told) and a booking read in the old place's words
alone is that place named, not booked: both are dropped. The move claim still has to be backed,
so in every state without that move the sentence is stopped as before.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
# (a spoken sentence may end at "10 a.m." before its "to": the old place runs to its end)
_FROM_TO = lazy(r"\b(?:von|vom|from)\b[^!?;]*?(?:\b(?P<to>auf|nach|zu|to)\b|$)")


def move_success_as_move(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the success and the old place's booking said with a move (above)."""
    if not any(c.kind is K.RESCHEDULED for c in claims):
        return claims
    if not any(c.kind in (K.DONE, K.BOOKED) for c in claims):
        return claims
    folded = fold(sentence)
    m = _FROM_TO.search(folded.text)
    if m is None:
        return claims
    to = folded.span(m.start("to"), m.end("to"))[0] if m.group("to") else len(sentence)
    return tuple(
        c for c in claims if not (c.kind is K.DONE or (c.kind is K.BOOKED and c.end <= to))
    )
