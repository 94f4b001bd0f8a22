"""An outcome said in the future perfect, read as the outcome now (blind 28's false blocks,
claims51's idea, narrowed by claims53): one job, dropping the outcome claims of a sentence whose
only outcome words sit inside a future perfect with a time still to come.

"Der Termin wird gleich gebucht sein", "Bis Sie auflegen, wird die Buchung durch sein", "It will
have been moved to Thursday by the time you get the text", "You'll be in the system shortly":
the appointment is not in that state now, and the sentence says so; a promise of the speaker's
act to come is neutral (convention 5, as "I'll let you know once it's confirmed"). A text said
to be on its way once the booking is done hangs on that booking (as "When it's booked, we'll
text you", `others_and_hours`).

claims51's wider version dropped every outcome of a sentence with "wird … sein" and a time word
anywhere, and let false claims through. Here the future perfect must hold the outcome word
itself ("wird … gebucht sein", "will have been booked", "'ll be in the system"), a time still to
come must be said, and the sentence without the future perfect and its condition must have no
outcome word left ("Ihr Termin ist gebucht, die SMS wird gleich unterwegs sein" keeps the
booking; "Sie werden am Freitag eingetragen sein" has no time to come and is left to the reader;
"once you say yes" futures are convention 125's `not_booked`, which is not an outcome dropped).
"""

from __future__ import annotations

import re

from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold

K = ClaimKind
_OUTCOMES = frozenset({K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.GONE, K.DONE})
_PARTICIPLE = (
    r"(?:gebucht|eingebucht|eingetragen|bestätigt|storniert|abgesagt|gelöscht|verschoben|verlegt|"
    r"umgebucht|durch|erledigt|fest|fix|drin|unterwegs|verschickt|raus)"
)
_EN_PARTICIPLE = r"(?:booked|confirmed|cancell?ed|moved|rescheduled|sent|done|sorted|put\s+in)"
_FUTURE = re.compile(
    rf"\b(?:wird|werden|wirst)\s+(?:[\w']+\s+){{0,6}}?{_PARTICIPLE}\s+sein\b|"
    rf"\b(?:will|shall|'ll)\s+(?:(?:all|now|then|just|already)\s+)?have\s+been\s+"
    rf"(?:\w+\s+)?{_EN_PARTICIPLE}\b|"
    r"\b(?:will|shall|'ll)\s+(?:(?:all|now|then|just|already)\s+)?have\s+gone\s+through\b|"
    r"\b(?:will|shall|'ll)\s+be\s+in\s+(?:the\s+)?(?:system|calendar|diary|books?)\b"
)
_TO_COME = re.compile(
    r"\b(?:gleich|bald|nachher|in\s+(?:ein\s+paar|wenigen|einigen|zwei|fünf|zehn|einer|einem)\s+"
    r"(?:\w+\s+)?(?:minuten|minute|augenblick|moment|sekunden)|bis\s+(?:heute\s+abend|morgen|"
    r"sie|zum|nachher|dahin|spätestens)|heute\s+abend|morgen\s+früh)\b|"
    r"\b(?:shortly|soon|in\s+a\s+(?:minute|moment|sec|second|bit|jiffy|tick)|in\s+(?:a\s+few|"
    r"two|five|ten)\s+(?:minutes|mins|seconds)|by\s+(?:the\s+time|tonight|tomorrow|then|this\s+"
    r"evening)|in\s+no\s+time)\b"
)
# a condition the outcome hangs on ("sobald gebucht ist", "once it's booked", "by the time …")
_CONDITION = re.compile(
    r"\b(?:sobald|wenn|bis|once|as\s+soon\s+as|when|by\s+the\s+time)\b[^,;.]*?"
    r"(?:\b(?:ist|sind|is|are|'s|get|gets|hang\s+up|auflegen)\b[^,;.]*|$)"
)
_HUNG_ON = re.compile(r"\b(?:sobald|wenn|once|as\s+soon\s+as|when)\b[^,;.]*\b(?:gebucht|booked)\b")
_OUTCOME_WORD = re.compile(
    r"\b(?:gebucht|eingebucht|eingetragen|bestätigt|storniert|abgesagt|gelöscht|verschoben|"
    r"verlegt|umgebucht|erledigt|fest|fix|drin|steht|stehen|booked|confirmed|cancell?ed|moved|"
    r"rescheduled|sorted|done|all\s+set|gone\s+through|you're\s+in|in\s+the\s+(?:system|"
    r"calendar|diary))\b"
)


def without_future_outcome(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the outcomes only a future perfect with a time to come states."""
    if not claims or not any(c.kind in _OUTCOMES or c.kind is K.FOLLOW_UP for c in claims):
        return claims
    text = fold(sentence).text
    hung = _HUNG_ON.search(text) is not None
    if not _FUTURE.search(text) or not (hung or _TO_COME.search(text)):
        return claims
    rest = _CONDITION.sub(" ", _FUTURE.sub(" ", text))
    if _OUTCOME_WORD.search(rest):
        return claims  # an outcome said done beside the future one
    return tuple(
        c
        for c in claims
        if c.kind not in _OUTCOMES
        and not (hung and c.kind is K.FOLLOW_UP and c.follow_up is FollowUp.TEXT)
    )
