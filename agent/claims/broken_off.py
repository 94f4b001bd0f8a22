"""A word broken off before a repair (blind 24, claims42): "Ihr Termin ist ge- … nein, gebucht ist
er noch nicht.", "Der Termin ist best- … nein, bestätigt ist er noch nicht." What stands before a
word left unfinished ("ge-", "best-", "conf-") and a repair after it (a pause "…", "äh", "nein",
"no", "sorry", "actually") was never said as a claim: it is read from the repair on, as a
self-correction is read by what it ends on (convention 75). Claims of the repair stay.

Not: a hyphen that joins ("Dauerwellen- und Färbetermin"), a word cut off with no repair after
it (`cut_words` reads those written out).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold

_BROKEN = lazy(
    r"\b\w{1,6}-\s*(?:…|\.\.\.|–|—)?\s*(?:(?:äh|ähm|öh|uh|um|er|ehm)\W+)?"
    r"(?:nein|no|sorry|actually|moment|quatsch|ich\s+meine|i\s+mean)\b"
)


def without_broken_off(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims`, none that ends in the words before a broken-off word and its repair."""
    folded = fold(sentence)
    m = _BROKEN.search(folded.text)
    if m is None or not claims:
        return claims
    hyphen = folded.origin[m.start() + m.group(0).index("-")]
    return tuple(c for c in claims if c.end > hyphen + 1)
