"""Partial outcomes: a sentence that tells its parts' outcomes apart, each part claiming its own
appointment or act (blind 20, claims34; blind 24, claims41; probe29, claims57; convention 171,
claims58).

One owner for one question, "what does each part of a partial outcome claim?" (four rounds left a
reader each). A module a job, sharing the parts after the first outcome and "the other" /
"the second" (`parts.py`):

- `not_yet.py`: a later part not done yet ("…, die Strähnchen sind noch offen"): `not_booked`
  with what it names, read in a clause's reading (amended.py);
- `acts.py`: an act told by its outcome ("Stornieren ging") and the caller staying with a slot
  ("Sie bleiben bei Freitag um zehn"), read in a clause's reading (amended.py);
- `denied.py`: a later part said not to have worked ("…, Samstag hab ich nicht untergebracht"),
  and the booked parts before it read by their own words;
- `two.py`: two appointments each with its own outcome, in either order ("Freitag ja, Samstag
  nein"), and "one of the two went through".

The last two read the sentence's claims as said, one after the other, from one call
(`parts_read`, decide.py).
"""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.model import Claim
from agent.claims.partial.acts import partial_outcomes_said
from agent.claims.partial.denied import partial_denied
from agent.claims.partial.not_yet import partial_outcomes
from agent.claims.partial.two import two_outcomes

__all__ = ["partial_outcomes", "partial_outcomes_said", "parts_read"]


def parts_read(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with what each part of a partial outcome claims: a denied part, two outcomes."""
    return two_outcomes(sentence, partial_denied(sentence, claims, names), names)
