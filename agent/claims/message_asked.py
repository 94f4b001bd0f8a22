"""A message the caller asked to have passed on, said taken (blind 43, claims118).

After "Können Sie Fabian ausrichten, dass er mich zurückrufen soll?" or "Could you ask Fabian to
call me back?", the agent's "Ich habe es notiert.", "Schon notiert.", "Habe ich
aufgeschrieben.", "Erledigt, Lena bekommt die Nachricht.", "Noted.", "I've written it down for
him.", "Sure, he'll get the message." say the caller's message taken (FOLLOW_UP message,
conventions 15, 55, 78; blind 43 labels them so): the record words ("notiert", "noted") are
that message here, not a booking, and the request's callback is the stylist's to make, not
promised by the agent (a call promised in the answer itself stays a callback, 821).

Not: a refusal, a question or an offer ("Das kann ich leider nicht.", "Soll ich dazu etwas
notieren?", "I'm afraid I can't pass on messages."), an answer naming an outcome of its own
("Notiert, und Ihr Termin am Freitag steht."), any answer to another question.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import normalize

K = ClaimKind
_F = re.IGNORECASE
# the caller asks for a message to someone of the salon
_ASKS = {
    "de": lazy(
        r"\b(?:ausrichten|bescheid\s+(?:geben|sagen)|weitergeben|weiterleiten|mitteilen|"
        r"nachricht\s+(?:hinterlassen|für)|sagen,?\s+dass)\b[^?]*\?",
        _F,
    ),
    "en": lazy(
        r"\b(?:(?:tell|ask)\s+(?!me\b|us\b)\w+|let\s+(?!me\b)\w+\s+know|pass\s+(?:it|this|"
        r"that|a\s+message)?\s*on|leave\s+(?:a\s+)?(?:message|note|word)|give\s+\w+\s+a\s+"
        r"message)\b[^?]*\?",
        _F,
    ),
}
# the answer: the message noted, passed on or agreed to
_TAKEN = {
    "de": lazy(
        r"\b(?:notiert|aufgeschrieben|vermerkt|festgehalten|weitergegeben|weitergeleitet|"
        r"ausgerichtet|erledigt|mach\s+ich|mache\s+ich|richte\s+ich|gebe\s+ich|bekommt\s+die\s+"
        r"nachricht)\b",
        _F,
    ),
    "en": lazy(
        r"\b(?:noted|written\s+(?:it\s+)?down|jotted|passed\s+(?:it\s+)?on|will\s+do|done|"
        r"(?:he|she|they)(?:'ll|\s+will)\s+get\s+(?:the|your)\s+message)\b",
        _F,
    ),
}
_NOT = lazy(
    r"\?|\b(?:nicht|kein\w*|nie|leider|wenn|falls|soll|sollen|möchten|not|no|never|sorry|"
    r"afraid|if|shall|should|would|can)\b|n't\b",
    _F,
)
_OUTCOME = lazy(
    r"\d|\b(?:\w*termin\w*|\w*buch\w*|storn\w*|verschoben|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|appointment|booking|booked|cancel\w*|moved|monday|tuesday|wednesday|"
    r"thursday|friday|saturday)\b",
    _F,
)
_DROPPED = frozenset({K.BOOKED, K.DONE, K.PENDING})


def message_asked(
    sentence: str, lang: str, caller: str, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` of an answer saying the message the caller asked for taken (see above)."""
    en = lang == "en"
    if not caller or not _ASKS["en" if en else "de"].search(caller):
        return claims
    text = normalize(sentence)
    if _NOT.search(text) or _OUTCOME.search(text):
        return claims
    if not _TAKEN["en" if en else "de"].search(text):
        return claims
    kept = tuple(c for c in claims if c.kind not in _DROPPED)
    if any(c.kind is K.FOLLOW_UP and c.follow_up is FollowUp.MESSAGE for c in kept):
        return kept
    return (*kept, Claim(K.FOLLOW_UP, 0, len(sentence), follow_up=FollowUp.MESSAGE))
