"""The caller's own change read back after they told it (blind 52, claims130): "Ich hab den
Termin doch schon online verschoben." -> "Ah, Sie haben den Termin also schon selbst online
verschoben, dann schaue ich kurz nach.", "I already moved it online." -> "Oh, you've already moved
it online yourself, let me check."

The agent repeats what the caller says they did themselves ("selbst", "yourself") and tells them
nothing of the calendar, as convention 90 reads the caller's wish read back: the change claims of
such a sentence are dropped when the caller's last words told a change and the rest of the
sentence only goes on to look (no outcome word of the agent's own). Not without the caller's words,
nor when the agent adds what the calendar says ("…, und ich sehe, er ist verschoben").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_OUTCOMES = frozenset({K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.GONE, K.DONE})
_LEAD = (
    r"^\W*(?:(?:ah|aha|oh|okay|ok|gut|alles\s+klar|verstehe|ich\s+verstehe|i\s+see|right|so)\W+)*"
)
_READ_BACK = lazy(
    _LEAD + r"(?:also\s+|dann\s+)?sie\s+haben\s+(?:\w+\s+){0,5}?selbst\s+(?:\w+\s+){0,4}?"
    r"(?:verschoben|verlegt|umgebucht|abgesagt|storniert|gestrichen|geändert)\b|"
    + _LEAD
    + r"(?:so\s+)?you(?:'ve|\s+have)?\s+(?:already\s+|just\s+)?(?:moved|rescheduled|cancell?ed|"
    r"changed|rebooked|called\s+off)\s+(?:\w+\s+){0,4}?(?:yourself|on\s+your\s+own)\b"
)
_CHANGE_TOLD = lazy(
    r"\b(?:verschoben|verlegt|umgebucht|abgesagt|storniert|gestrichen|geändert|moved|rescheduled|"
    r"cancell?ed|changed|rebooked)\b"
)
# the agent's own finding or act after the read-back keeps the sentence's claims
_OWN_WORD = lazy(
    r"\b(?:ich\s+sehe\s+(?!nach\b|kurz\b|mal\b|gleich\b|schnell\b)|sehe\s+ich\s+(?!nach\b)|ist\s+(?:\w+\s+){0,2}?(?:verschoben|storniert|abgesagt|gebucht|"
    r"eingetragen|bestätigt)|habe\s+ich|hab\s+ich|i\s+can\s+see|i\s+see\s+it|it's\s+(?:\w+\s+)?"
    r"(?:moved|cancell?ed|booked|confirmed)|i've|we've)\b"
)


def without_callers_own_change(
    sentence: str, caller: str, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` without the outcomes of the caller's own change read back (see above)."""
    if not claims or not caller or not _CHANGE_TOLD.search(fold(caller).text):
        return claims
    text = fold(sentence).text
    m = _READ_BACK.search(text)
    if m is None or _OWN_WORD.search(text[m.end() :]):
        return claims
    return tuple(c for c in claims if c.kind not in _OUTCOMES)
