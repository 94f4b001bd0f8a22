"""A topic-drop acknowledgement of what the caller asked for (blind 40's false blocks, claims96).

"Notiert, Freitag.", "Notiert, Dauerwelle bei Fabian.", "Verstanden, Samstag.", "Noted, Friday at
ten.", "Got it, Saturday.": the speaker takes down the caller's wish, a bare slot with no verb
after an acknowledgement; with no caller's question about their appointment it recaps the request
and claims nothing (convention 46). Drops the booking read from it (the readers took "notiert"
for a note on the caller's booking, convention 77).

Not: an answer to the caller's question ("Wann ist mein Termin?" -> "Notiert, Freitag.": 46 reads
a booking), an outcome said in the recap ("Notiert, Freitag ist gebucht", "Gebucht, Freitag.").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_RECAP = lazy(
    r"^\W*(?:notiert|verstanden|aufgeschrieben|vermerkt|alles\s+klar|noted|got\s+it|understood|"
    r"jotted\s+down)\s*[,:–—-]\s*(?!.*\b(?:ist|sind|war|habe|hab|haben|gebucht|eingetragen|storn\w*|"
    r"abgesagt|verschoben|verlegt|fest|fix|reserv\w*|bestätigt|steht|is|are|was|have|has|you're|"
    r"booked|cancell?ed|moved|held|confirmed|done|for\s+you|für\s+sie)\b)[^.!?]*[.!]?\s*$"
)


def without_noted_recap(sentence: str, caller: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without a booking read from an acknowledged recap (above)."""
    if not claims or caller.rstrip().endswith("?"):
        return claims
    if not _RECAP.search(fold(sentence).text):
        return claims
    return tuple(c for c in claims if c.kind is not K.BOOKED)
