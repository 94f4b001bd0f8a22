"""A reminder given now is no reminder promised (blind 20).

"Just to remind you, it's Friday at ten", "Nochmal zur Erinnerung: Freitag um zehn" remind the
caller in this sentence; nothing is to be sent later, so the reminder follow-up read from
"remind" / "Erinnerung" is dropped (what the sentence states of the slot is read by
`possessed_visit.py`). A reminder said to come ("Sie bekommen zur Erinnerung eine SMS", "we'll
send you a reminder") stays.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold

_NOW = lazy(
    r"\b(?:just\s+)?to\s+remind\s+you\s*[,:–—]|\bas\s+a\s+(?:quick\s+)?reminder\s*[,:–—]|"
    r"\bzur\s+erinnerung\s*[,:–—]"
)
_LATER = lazy(
    r"\b(?:bekommen|erhalten|schicken|senden|schicke|sende|geschickt|gesendet|kommt|"
    r"melden|rufen|anrufen|erinnere|erinnern|get|receive|send|sent|will|we'll|i'll|call|ring|"
    r"text|sms|e-?mail)\b"
)


def without_reminder_now(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without a reminder promise where the sentence itself reminds (above)."""
    if not any(c.follow_up is FollowUp.REMINDER for c in claims):
        return claims
    text = fold(sentence).text
    if not _NOW.search(text) or _LATER.search(text):
        return claims
    return tuple(
        c
        for c in claims
        if not (c.kind is ClaimKind.FOLLOW_UP and c.follow_up is FollowUp.REMINDER)
    )
