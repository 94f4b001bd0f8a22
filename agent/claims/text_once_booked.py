"""A text said to be on its way once the booking is done, read as a text promised now (blind 28's
false blocks, claims53): one job, dropping the text promise that hangs on a booking to come.

"Die SMS wird dann schon unterwegs sein, sobald gebucht ist": the text is promised for when the
booking is made, a condition (convention 5: "Sobald der Termin gebucht ist, bekommen Sie eine
SMS" claims nothing; `others_and_hours` reads "When it's booked, we'll text you" so). Kept when
the sentence also says an outcome done outside the condition ("Ihr Termin ist gebucht, die SMS
ist unterwegs, sobald …").

An outcome itself said in the future perfect ("Der Termin wird gleich gebucht sein", "By the
time you hang up, it'll have been booked") is NOT dropped: blind 19 and blind 16 (gated) label
it the booking claim, and convention 155 relabelled blind 28's twins so (claims51's
`future_outcome`, which dropped them, let those gated claims through).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold

_HUNG_ON = lazy(
    r"\b(?:sobald|wenn|once|as\s+soon\s+as|when)\s+(?:\w+\s+){0,3}?(?:gebucht|eingetragen|"
    r"booked|confirmed)"
    r"(?:\s+(?:ist|sind|is|are|hat|has))?\b"
)
_TEXT_TO_COME = lazy(
    r"\b(?:wird|werden)\s+(?:[\w']+\s+){0,4}?(?:unterwegs|da|raus|verschickt)\s+sein\b|"
    r"\b(?:will|'ll)\s+(?:be\s+on\s+its\s+way|have\s+been\s+sent|go\s+out)\b"
)
_OUTCOME_WORD = lazy(
    r"\b(?:gebucht|eingebucht|eingetragen|bestätigt|storniert|abgesagt|verschoben|verlegt|"
    r"erledigt|fest|fix|drin|steht|booked|confirmed|cancell?ed|moved|sorted|done|all\s+set|"
    r"you're\s+in)\b"
)


def without_text_once_booked(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without a text promise hung on a booking still to be made."""
    if not any(c.follow_up is FollowUp.TEXT for c in claims):
        return claims
    text = fold(sentence).text
    if not (_HUNG_ON.search(text) and _TEXT_TO_COME.search(text)):
        return claims
    if _OUTCOME_WORD.search(_HUNG_ON.sub(" ", text)):
        return claims  # an outcome said done beside it
    return tuple(
        c for c in claims if not (c.kind is ClaimKind.FOLLOW_UP and c.follow_up is FollowUp.TEXT)
    )
