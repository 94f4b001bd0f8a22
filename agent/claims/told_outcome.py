"""An outcome the agent asks whether it told, said of "it": "Didn't I tell you it's booked
already?", "Didn't I say it's already booked?" (blind 12 and its probes).

`told_in_question.stated` blanks the frame and makes the question a statement, but "it's booked"
alone is no claim to the clause readers (a slot may be taken). Inside the frame "it" is the
caller's appointment, so the embedded "it's (already) booked / confirmed / in" is the booking:
BOOKED, with the details the sentence names. Not: a frame embedding no outcome, a question to the
caller ("Did you mention …?"), a negation inside ("it isn't booked").
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.told_in_question import FRAME

_IT_BOOKED = lazy(
    r"^\s*(?:that\s+)?(?:it's|it\s+is|it's\s+been|it\s+has\s+been)\s+(?:already\s+|all\s+)?"
    r"(?:booked(?:\s+in)?|confirmed|locked\s+in)(?:\s+already)?\s*\?"
)


def told_outcomes(sentence: str, names: Names) -> tuple[Claim, ...]:
    """The booking a "did I tell you" frame embeds about "it" (see above)."""
    if "?" not in sentence:
        return ()
    m = FRAME.search(sentence)
    if m is None:
        return ()
    rest = fold(sentence[m.end() :]).text
    if not _IT_BOOKED.match(rest):
        return ()
    details = ClaimDetails(((Role.ANY, read_details(rest, names)),))
    return (Claim(ClaimKind.BOOKED, m.end(), len(sentence.rstrip()), details),)
