"""A bare "Steht" with adverbs and a tag (blind 25's false block, claims44): one job, reading
"Steht jetzt, gell?", "Steht nun, oder?", "Na bitte, steht doch!" (blind 32, claims68) as convention 28 reads "Steht!" and "Steht schon.": a
bare success naming nothing (`done`), true after a cancellation too. A form that names its subject
or visit ("Der Termin steht jetzt", "Steht jetzt, Freitag um zehn") is not changed.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_BARE = lazy(
    r"^\W*(?:(?:ja|also|gut|so|na\s+bitte|na\s+also|na|sehen\s+sie|siehste|siehst\s+du)\W+)?"
    r"steht\s+(?:(?:jetzt|nun|schon|dann|also|soweit|ja|auch|doch)\s*)+"
    r"(?:[,!.]?\s*(?:gell|gelle|oder|ne|nicht\s+wahr|nicht|wa|woll|odr|oda|stimmt's|richtig)\W*)?\W*$"
)


# blind 34 (claims77): thinking aloud before a bare "steht" ("Moment … okay, steht.",
# "Augenblick … gut, steht."): the look ends on the same bare success. A yes before it ("Ja,
# steht.") is not a look: it answers for the booking (convention 1085, the lead's D18)
_LOOKED = lazy(
    r"^\W*(?:(?:moment|augenblick|einen\s+(?:moment|augenblick)|mal\s+sehen|mal\s+schauen|hm+|"
    r"so|gut|okay|ok|also|prima|super|perfekt|alles\s+klar)\W+)+steht\W*$"
)


# convention 1085 (the lead's D18, 502): a bare "steht" beside a yes or the fit word ("Ja, steht.",
# "Steht, ja!", "Passt, (alles klar,) steht.", "Jo, steht schon.") answers for the booking: `booked`,
# whatever the caller asked; "Alles klar, steht." and "Okay, steht." have neither and stay `done`
_YES = r"(?:ja|jo|jap|jep|jawohl|genau|klar|klaro|passt)"
_WITH_YES = lazy(
    rf"^\W*(?:{_YES}\W+)+(?:(?:alles|ois|allet)\s+(?:klar|klor|safe|gut|paletti)\W+)?"
    r"steht(?:\s+(?:schon|jetzt|doch))?\W*$|"
    rf"^\W*steht(?:\s+(?:schon|jetzt|doch))?\W+(?:{_YES}\W+)*{_YES}\W*$"
)


def bare_stands(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with a bare "Steht jetzt" read as a bare success, and a bare "steht" beside a yes
    as the booking (see above)."""
    text = fold(sentence).text
    if claims and _WITH_YES.match(text):
        booked = (
            replace(c, kind=ClaimKind.BOOKED, details=ClaimDetails(()))
            if c.kind is ClaimKind.DONE
            else c
            for c in claims
        )
        return tuple(dict.fromkeys(booked))
    if not claims or not (_BARE.match(text) or _LOOKED.match(text)):
        return claims
    return tuple(
        replace(c, kind=ClaimKind.DONE) if c.kind is ClaimKind.BOOKED else c for c in claims
    )
