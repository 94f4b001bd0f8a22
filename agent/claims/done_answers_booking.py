"""A bare done-word answering the caller's request to book (the lead's decision D13, convention
1053).

"Erledigt.", "Gemacht.", "Done.", "Sorted." said alone after "Buchen Sie mir bitte Freitag um
zehn." / "Please book me in for Friday at ten." answers the request: the booking it asked for
(`booked` with the request's details), not the bare success that a cancellation backs too (28).
Said directly with the slot ("Erledigt: Freitag um zehn bei Fabian.") the clause readers read the
record claim of 1039 already. Not: a request that also asks for a cancellation or a move, a
question ("Ist das gebucht?": `answered_question` reads the answer), a request to hold a slot.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.caller_words import caller_heard
from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_BARE_DONE = lazy(r"^\W*(?:(?:so|okay|ok|gut|alles|all)\W+)?(?:erledigt|gemacht|done|sorted)\W*$")
_BOOK_ASKED = lazy(
    r"\b(?:buchen|buchen\s+sie|buche|einbuchen|eintragen|tragen\s+sie\s+mich|book|put\s+me\s+"
    r"(?:down|in))\b"
)
_OTHER_ACT = lazy(
    r"\?|\b(?:stornier\w*|absag\w*|abzusagen|verschieb\w*|verleg\w*|umbuch\w*|cancel\w*|move|"
    r"reschedul\w*|reservier\w*|reserve|hold|vormerk\w*)\b"
)


def done_answers_booking(
    sentence: str, caller: str, names: Names, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` with a bare done-word's success read as the booking the caller asked for."""
    if not caller or not _BARE_DONE.match(fold(sentence).text):
        return claims
    heard = caller_heard(caller)
    if not _BOOK_ASKED.search(heard) or _OTHER_ACT.search(heard):
        return claims
    details = read_details(heard, names)
    said = ClaimDetails(((Role.ANY, details),)) if not details.empty else ClaimDetails()
    return tuple(replace(c, kind=K.BOOKED, details=said) if c.kind is K.DONE else c for c in claims)
