"""A sequence of the appointment's steps is read by its last step (convention 75; blind 31,
claims63 and claims64): what the caller's appointment is NOW is what the sentence claims, and the
earlier steps it undoes claim nothing ("Erst gebucht, dann storniert" claims the cancellation).

One owner for one question (blind 31 left three readers of it), a module a job:

- `steps.py`: the last step cut off at the clause of the last "later" word after an "earlier"
  one, read by its own words (cancelled, booked, held, released, a move there), and a verbless
  day said in place of another; in a clause's reading (amended.py, `sequence_end`);
- `stages.py`: the state words told in order over the whole sentence, read by the last of them
  (a hold told released claims nothing);
- `days.py`: two days told as before and after, the booking over both read as the later one's.

The last two read the whole sentence's claims, after the repairs, from one call (`by_last_stage`,
decide.py's late steps).
"""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.model import Claim
from agent.claims.sequence.days import before_after_days
from agent.claims.sequence.stages import last_stage
from agent.claims.sequence.steps import sequence_end

__all__ = ["by_last_stage", "sequence_end"]


def by_last_stage(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` of the whole sentence read by its last stage (`claims` itself when it tells
    none): the stages in order, then two days told before and after."""
    for step in (last_stage, before_after_days):
        read = step(sentence, claims, names)
        claims = claims if read is None else read
    return claims
