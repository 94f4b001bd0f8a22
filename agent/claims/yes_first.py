"""The booking told as what follows the caller's yes, asked for first (blind 31, claims64):
"Sagen Sie erst Ja, dann ist der Termin gebucht", "Geben Sie mir kurz Ihr Okay, dann steht
Freitag", "Just say yes and then it's booked". Like convention 5's "Sobald Sie Ja sagen, ist der
Termin gebucht" (and 125), it says the appointment is not booked now: `not_booked`, false once a
booking exists, true while only held or before anything is made.

Only the caller's yes asked for in the imperative (or as "erst Ihr Ja"; a confirmation asked
for only with "erst" / "first" or "bis dahin") before "dann" / "then" opens the condition; "Sie
haben Ja gesagt, damit ist der Termin gebucht" (the yes given) is the booking as read. The
booking claims of the sentence become `not_booked`, with what they name; where the readers read
none, a state said after it ("dann ist … gebucht", not the act "dann buche ich") is added.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_YES = r"(?:ja|okay|ok|o\.\s*k\.|einverständnis|go|zustimmung|yes|go-ahead|green\s+light)"
# "Bestätigen Sie kurz, dann ist der Termin gebucht" alone stays the claim beside a request (the
# blind 24 spec): a confirmation asked for opens the condition only when asked first or with the
# time until then said ("Bestätigen Sie erst …", "Confirm first, …", "– bis dahin ist nichts …")
_CONFIRM_FIRST = (
    r"(?:bestätigen\s+sie|confirm)\b(?=[^.!?]*\b(?:erst|zuerst|first|bis\s+dahin|until\s+then)\b)"
)
_ASKED_FIRST = re.compile(
    rf"^\W*(?:(?:sagen|geben)\s+sie\s+(?:mir\s+)?(?:\w+\s+){{0,3}}?{_YES}\b|"
    rf"erst\s+(?:noch\s+)?(?:ihr|ein)\s+{_YES}\b|nur\s+noch\s+(?:ihr|ein)\s+{_YES}\b|"
    rf"(?:just\s+|first\s+)?(?:say\s+(?:yes|the\s+word)|give\s+me\s+(?:a|your)\s+"
    rf"(?:\w+\s+)?{_YES}|one\s+{_YES}\s+from\s+you)\b|{_CONFIRM_FIRST})"
    r"[^.!?]*?(?:,|\s)\s*(?:und\s+|and\s+)?(?:dann|then)\b"
)
_BOOKING = frozenset({K.BOOKED, K.DONE, K.STANDS})
# the consequent a state of the appointment ("dann ist der Termin gebucht", "then it's booked"),
# not the speaker's act to come ("dann buche ich": neutral, 5)
_STATE_AFTER = re.compile(
    r"\b(?:dann|then)\s+(?:ist|sind|is|are|it's|you're|you\s+are)\s+(?:\w+\s+){0,3}?"
    r"(?:gebucht|eingetragen|fest|drin|booked|confirmed|in)\b"
)


def yes_first(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...] | None:
    """`claims` with the booking after the caller's yes read `not_booked`; None if not said."""
    text = fold(sentence).text
    if not _ASKED_FIRST.search(text):
        return None
    if not any(c.kind in _BOOKING for c in claims):
        if any(c.kind is K.NOT_BOOKED for c in claims) or not _STATE_AFTER.search(text):
            return None
        return (*claims, Claim(K.NOT_BOOKED, 0, len(sentence)))  # the readers dropped it
    return tuple(replace(c, kind=K.NOT_BOOKED) if c.kind in _BOOKING else c for c in claims)
