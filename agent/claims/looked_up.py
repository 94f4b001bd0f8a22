"""Free times looked up, not said free (blind 29's false blocks, claims56): one job, dropping the
slot claims of a sentence that only tells the speaker brought up a list of free times.

"I was able to pull up Friday's free times", "I've brought up the open slots for Saturday",
"Ich konnte die freien Zeiten für Samstag aufrufen": a success said of a lookup claims nothing of
the caller's appointment (convention 84), and no slot is named free in it. The whole sentence
must be the lookup: a list or a slot said after it ("…: ten and two are open") keeps its claims.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_LOOKED_UP = lazy(
    r"^\W*(?:i|we)\s+(?:(?:was|were)\s+able\s+to|managed\s+to|could|(?:'ve|have)\s+(?:just\s+)?)?"
    r"\s*(?:pull(?:ed)?|bring|brought|call(?:ed)?|look(?:ed)?|open(?:ed)?)\s+up\s+"
    r"(?:the\s+|\w+'s\s+)?(?:\w+\s+)?(?:free|open|available)\s+(?:times|slots|spots|dates)"
    r"(?:\s+(?:for|on)\s+\w+)?\W*$|"
    r"^\W*ich\s+(?:konnte|habe|hab)\s+(?:\w+\s+)?die\s+(?:freien|offenen)\s+(?:zeiten|termine|plätze)"
    r"(?:\s+(?:für|am)\s+\w+)?\s+(?:aufrufen|aufgerufen|abrufen|abgerufen|öffnen|geöffnet)\W*$"
)
_SLOTS = frozenset({ClaimKind.AVAILABLE, ClaimKind.HELD})


def without_looked_up(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the slots a lookup of free times seemed to name."""
    if not any(c.kind in _SLOTS for c in claims):
        return claims
    if _LOOKED_UP.search(fold(sentence).text) is None:
        return claims
    return tuple(c for c in claims if c.kind not in _SLOTS)
