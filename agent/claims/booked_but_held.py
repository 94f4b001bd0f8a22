"""A booking said made and, in the same breath, only held until the caller says yes (blind 25,
claims43).

"Der Termin ist gebucht, aber nur vorläufig, bis Sie zusagen", "Sie sind fest eingetragen, aber
nur reserviert, bis Sie Ja sagen", "The booking went through, but the slot is only held until you
confirm": the two halves cannot both be true (the blind round labels them false in every
state). Read by its parts (convention 56): BOOKED and NOT_BOOKED.

Not: a self-correction from booked to held ("Ich hatte gesagt, es sei gebucht – es ist nur
reserviert": convention 75, read by what it ends on), a hold alone, a question.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_BOOKED = lazy(
    r"\b(?:gebucht|eingetragen|fest|booked|went\s+through|confirmed)\b[^.;]*?"
    r"\b(?:aber|allerdings|jedoch|but|though)\b"
)
_ONLY_HELD = lazy(
    r"\b(?:nur|bloß|only|just)\s+(?:\w+\s+){0,2}?(?:vorläufig|reserviert|vorgemerkt|geblockt|held|"
    r"on\s+hold|provisional|pencil+ed\s+in)\b[^.;]*\b(?:bis|until|till)\s+(?:sie|you)\b"
)
_NOT = lazy(r"\?|\b(?:hatte|sagte|said|had\s+said|nicht|not|noch|yet)\b")


def booked_but_held(sentence: str) -> tuple[Claim, ...]:
    """BOOKED and NOT_BOOKED for a booking said made and only held at once (above)."""
    text = fold(sentence).text
    if _NOT.search(text):
        return ()
    said = _BOOKED.search(text)
    if said is None or not _ONLY_HELD.search(text, said.end()):
        return ()
    whole = (0, len(sentence))
    return (Claim(ClaimKind.BOOKED, *whole), Claim(ClaimKind.NOT_BOOKED, *whole))
