"""What a "not booked yet" claim is said of, when the clause names it elsewhere (blind 22,
claims38): "Nicht gemacht: den Samstag bei Lena, der ist noch nicht gebucht." The pronoun
("der", "die", "das", "er", "it", "that one") takes the day, time, stylist and service of the
piece before it in the same sentence, and a list heading of what is left undone ("Nicht gemacht:",
"Noch offen:", "Not done:") those of its entry; a `not_booked` claim that named nothing is given
them, so the booking done beside it ("Gemacht habe ich: den Termin am Freitag eingetragen") no
longer contradicts it. Also, a heading of what is done ("Gemacht habe ich:") whose entry states
its own claim is that claim: the heading's claims, which took details from the whole text, are
dropped.

Not: a `not_booked` claim that names its own details keeps them; a pronoun after a piece that
names nothing changes nothing.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.pieces import sentence_pieces

_PRONOUN = lazy(r"^\W*(?:der|die|das|er|sie|es|it|that(?:\s+one)?|this(?:\s+one)?)\s+")
_UNDONE_HEADING = lazy(
    r"^\W*(?:nicht\s+gemacht|noch\s+nicht\s+gemacht|noch\s+offen|offen|not\s+done|not\s+yet\s+done|"
    r"still\s+open|left\s+to\s+do)\s*:"
)
_DONE_HEADING = lazy(
    r"^\W*(?:gemacht\s+habe\s+ich|erledigt\s+habe\s+ich|erledigt|gemacht|what\s+i've\s+done|"
    r"done)\s*:\s*\S"
)


def not_booked_what(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims`, an empty `not_booked` given what it is said of; a done heading's claims dropped."""
    if not claims or (":" not in sentence and "," not in sentence):
        return claims
    out = list(claims)
    for (s, e), pieces in sentence_pieces(sentence):
        whole = fold(sentence[s:e]).text
        if _DONE_HEADING.match(whole):
            head_end = s + sentence[s:e].index(":")
            inner = [c for c in out if head_end < c.start < e]
            if inner:
                out = [c for c in out if not (s <= c.start and c.end <= head_end + 1)]
        for i, (a, b) in enumerate(pieces):
            said_of = None
            if i and _PRONOUN.match(fold(sentence[a:b]).text):
                said_of = read_details(
                    fold(sentence[pieces[i - 1][0] : pieces[i - 1][1]]).text, names
                )
            elif not i and len(pieces) > 1 and _UNDONE_HEADING.match(whole):
                said_of = read_details(fold(sentence[pieces[1][0] : pieces[1][1]]).text, names)
            if said_of is None or said_of.empty:
                continue
            out = [
                replace(c, details=ClaimDetails(((Role.ANY, said_of),)))
                if c.kind is ClaimKind.NOT_BOOKED and c.details.empty and a <= c.start < e
                else c
                for c in out
            ]
    return tuple(out)
