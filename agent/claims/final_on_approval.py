"""The caller's appointment said to become final only on the salon's approval, read as a
pending request or as nothing (blind 38's false blocks and probe 38c's false passes, claims91).

"It'll only be confirmed once the salon has approved it", "It won't be confirmed until the salon
has approved it", "Verbindlich ist der Termin erst, wenn der Salon ihn freigegeben hat",
"Bestätigt ist er erst, sobald der Salon zugestimmt hat": as "Gebucht ist er erst, wenn der
Salon zugestimmt hat" (blind 38, `not_booked`), the appointment is said not confirmed now
(conventions 5 and 100: the outcome to come on a condition is the booking not made yet). A
`NOT_BOOKED` claim in place of the request read in "once the salon approves" (which holds only
while a request awaits the salon: said after a hold it is true as well, said after a booking it
is false). Not a rule for every booking ("Termine werden erst verbindlich, wenn …": no "er",
"es", "it" or "der Termin"), nor a question.
"""

from __future__ import annotations

from agent.claims.gate import opens
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_FINAL = r"(?:bestätigt|verbindlich|fest|fix|final|confirmed|fixed|definite|official)"
_APPROVED = (
    r"(?:zugestimmt|freigegeben|bestätigt|genehmigt|abgesegnet|approved|approves|confirmed|"
    r"confirms|signs?\s+off|signed\s+off|okayed|okays)"
)
_SALON = r"(?:der\s+salon|das\s+team|the\s+salon|the\s+team)"
_ON_APPROVAL = lazy(
    rf"^(?![^?]*\?)\W*(?:{_FINAL}\s+(?:ist|wird)\s+(?:er|es|der\s+termin|die\s+buchung)\s+"
    rf"(?:\w+\s+)?erst\s*,?\s+(?:wenn|sobald|nachdem)\s+{_SALON}\b[^.!?]*\b{_APPROVED}\b|"
    rf"(?:it|the\s+appointment|the\s+booking)(?:'ll|\s+will)?\s+(?:only\s+)?(?:be|becomes?)\s+"
    rf"(?:only\s+)?{_FINAL}\s+(?:once|when|after)\s+{_SALON}\b[^.!?]*\b{_APPROVED}\b|"
    rf"(?:it|the\s+appointment|the\s+booking)\s+(?:won't|will\s+not|isn't|is\s+not)\s+(?:be\s+)?"
    rf"{_FINAL}\s+(?:until|till|before)\s+{_SALON}\b[^.!?]*\b{_APPROVED}\b)"
)


def final_on_approval(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with the appointment final only on the salon's approval read as NOT_BOOKED."""
    text = fold(sentence).text
    if not opens(_ON_APPROVAL, text) or not _ON_APPROVAL.search(text):
        return claims
    kept = tuple(c for c in claims if c.kind is not ClaimKind.PENDING)
    if any(c.kind is ClaimKind.NOT_BOOKED for c in kept):
        return kept
    return (*kept, Claim(ClaimKind.NOT_BOOKED, 0, len(sentence)))
