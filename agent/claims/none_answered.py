"""The caller's question whether they have an appointment answered by verbless denials alone
(blind 55's terse voice, claims172).

"Keinen. Nichts eingetragen.", "Nothing. No appointment.", "Kein Termin.", "None." after "Hab ich
noch einen Termin bei Ihnen?", "Do I still have anything booked with you?": the answer means what
was asked (convention 46), the caller's booking denied (NOT_BOOKED). The clause readers read
"Nichts eingetragen." alone; a one-word answer before it leaves the text no clause they know.

Not: a denial that names a day, a time or anything more ("Nothing on Friday.", "None left at
ten."), a question, an answer to any other question ("Brauche ich etwas mitzubringen?" ->
"Nichts.").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

# the caller asks whether they have (any) appointment
_HAVE_ASKED = lazy(
    r"\b(?:hab(?:e)?\s+ich|hätte\s+ich|do\s+i|have\s+i|am\s+i|bin\s+ich)\b[^?]*?"
    r"\b(?:termin\w*|was|etwas|irgendwas|eingetragen|gebucht|appointments?|bookings?|anything|"
    r"something|booked)\b[^?]*\?"
)
# one verbless denial: "Keinen.", "Nichts eingetragen.", "Nothing.", "No appointment."
_DENIAL = lazy(
    r"^\W*(?:(?:nein|no|nope)\W+)?(?:nothing|none|nichts|keinen|keine[rn]?|no\s+(?:appointments?|"
    r"bookings?)|kein(?:en)?\s+termin(?:e)?|keine\s+termine)(?:\s+(?:booked|at\s+all|eingetragen|"
    r"gebucht|mehr|da|im\s+system|in\s+the\s+system))?\W*$"
)
_BARE_NO = lazy(r"^\W*(?:nein|no|nope)\W*$")  # "Nein. Keine Termine."
_SENTENCE = lazy(r"[^.!?]+[.!?]*")


def none_answered(sentence: str, caller: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with the booking denied where `sentence` answers whether the caller has an
    appointment with verbless denials alone (above)."""
    if not caller or any(c.kind is ClaimKind.NOT_BOOKED for c in claims):
        return claims
    if not _HAVE_ASKED.search(fold(caller).text):
        return claims
    text = fold(sentence).text
    parts = [p for p in _SENTENCE.findall(text) if p.strip()]
    denials = [p for p in parts if not _BARE_NO.match(p)]
    if not denials or "?" in text or not all(_DENIAL.match(p) for p in denials):
        return claims
    kept = tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)
    return (*kept, Claim(ClaimKind.NOT_BOOKED, 0, len(sentence)))
