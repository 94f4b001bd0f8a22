"""No appointment of the caller's found or had: "not booked" (blind 20, conventions 5 and 33).

"Einen Termin haben Sie bei uns im Moment nicht", "Zurzeit haben Sie keinen Termin bei uns",
"Ich finde unter Ihrem Namen keinen gebuchten Termin", "I can't find any booked appointment",
"You don't have an appointment with us at the moment" state in the present that the
caller has no appointment: NOT_BOOKED with what they name (false where one is booked).

Not: a search reported without "gebucht / booked" ("Ich sehe keinen Termin auf Ihren Namen",
"I couldn't find an appointment under that name": the gated splits label it neutral, the search
may have used another name), a condition ("Falls Sie keinen Termin haben"), a question, an appointment no longer there
("keinen Termin mehr", "nicht mehr": gone, read elsewhere), a day asked about as free ("kein
Termin frei").
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_NONE = lazy(
    r"\b(?:haben|hätten)\s+sie\s+(?:\w+\s+){0,4}?(?:keinen|kein)\s+(?:\w+\s+)?termin\b|"
    r"\b(?:einen|ein)\s+termin\s+haben\s+sie\s+(?:\w+\s+){0,5}?nicht\b|"
    r"\b(?:finde|sehe)\s+(?:ich\s+)?(?:\w+\s+){0,4}?(?:keinen|kein|keine)\s+gebucht\w*\s+"
    r"(?:termin|buchung)\b|"
    r"\b(?:can't|cannot|can\s+not|don't|do\s+not|couldn't)\s+(?:find|see)\s+(?:any|a|an)\s+"
    r"booked\s+(?:booking|appointment|reservation)\b|"
    r"\byou\s+(?:don't|do\s+not)\s+(?:currently\s+)?have\s+(?:any|an|a)\s+(?:\w+\s+)?"
    r"(?:booking|appointment)\b|"
    r"\b(?:there's|there\s+is)\s+no\s+(?:\w+\s+)?(?:booking|appointment)\s+(?:under|for|in)\b"
)
_NOT_THIS = lazy(r"\b(?:mehr|frei|falls|wenn|sofern|anymore|longer|free|available|if|unless)\b|\?")


def none_found(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A NOT_BOOKED claim where `sentence` says the caller has no appointment (above)."""
    if any(c.kind is ClaimKind.NOT_BOOKED for c in claims):
        return ()
    text = fold(sentence).text
    if not _NONE.search(text) or _NOT_THIS.search(text):
        return ()
    details = read_details(text, names)
    claim = Claim(ClaimKind.NOT_BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, details),)))
    return (claim,)
