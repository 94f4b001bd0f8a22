"""A bare "Steht" with adverbs and a tag (blind 25's false block, claims44): one job, reading
"Steht jetzt, gell?", "Steht nun, oder?", "Na bitte, steht doch!" (blind 32, claims68) as convention 28 reads "Steht!" and "Steht schon.": a
bare success naming nothing (`done`), true after a cancellation too. A form that names its subject
or visit ("Der Termin steht jetzt", "Steht jetzt, Freitag um zehn") is not changed.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_BARE = lazy(
    r"^\W*(?:(?:ja|also|gut|so|na\s+bitte|na\s+also|na|sehen\s+sie|siehste|siehst\s+du)\W+)?"
    r"steht\s+(?:(?:jetzt|nun|schon|dann|also|soweit|ja|auch|doch)\s*)+"
    r"(?:[,!.]?\s*(?:gell|gelle|oder|ne|nicht\s+wahr|nicht|wa|woll|odr|oda|stimmt's|richtig)\W*)?\W*$"
)


# blind 34 (claims77): thinking aloud before a bare "steht" ("Moment … okay, steht.",
# "Augenblick … gut, steht."): the look ends on the same bare success
_LOOKED = lazy(
    r"^\W*(?:(?:moment|augenblick|einen\s+(?:moment|augenblick)|mal\s+sehen|mal\s+schauen|hm+|"
    r"so|gut|okay|ok|ja|also|prima|super|perfekt|alles\s+klar)\W+)+steht\W*$"
)


def bare_stands(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with a bare "Steht jetzt" read as a bare success (see above)."""
    text = fold(sentence).text
    if not claims or not (_BARE.match(text) or _LOOKED.match(text)):
        return claims
    return tuple(
        replace(c, kind=ClaimKind.DONE) if c.kind is ClaimKind.BOOKED else c for c in claims
    )
