"""The caller's request said passed to the salon (blind 24, claims42): "Ich habe Ihre Anfrage
weitergeleitet.", "Ihre Anfrage ist an den Salon raus.", "Your request has gone to the salon."
The request is with the salon: true where a request awaits the salon's answer (`pending`) and
where the caller's words were taken down for it (a message), as blind 24 labels it; false where
neither is. The reader reads it as one of the two; this step reads it as the one the call backs
(each is the same statement of the call: only which record backs it differs).

Only the caller's request ("Anfrage", "request"), nothing else named. Not: the salon's answer
said awaited beside it ("…, er bestätigt sie noch", "…; they still need to approve it": `pending`), a callback
request (`request_passed`: a message), a request beside another claim, a request said not sent.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.claims.model import CallFacts, Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold
from calendar_adapter.ledger import AppointmentState

_REQUEST = re.compile(r"\b(?:ihre|your)\s+(?:anfrage|request|buchungsanfrage|booking\s+request)\b")
# the salon's answer still awaited said beside it: the request awaits the salon only (`pending`)
_AWAITING = re.compile(
    r"\b(?:bestätigt|bestätigen|prüft|prüfen|genehmig\w*|approve\w*|confirm\w*|review\w*|"
    r"check\w*|answer\w*|antwort\w*|meldet|melden)\b"
)
_NOT = re.compile(r"\b(?:nicht|noch\s+nicht|not|n't|kein|never)\b|n't\b")
_ALONE = frozenset({ClaimKind.PENDING, ClaimKind.FOLLOW_UP})


def _is_request(c: Claim) -> bool:
    return c.kind is ClaimKind.PENDING or (
        c.kind is ClaimKind.FOLLOW_UP and c.follow_up is FollowUp.MESSAGE
    )


def request_with_salon(
    sentence: str, claims: tuple[Claim, ...], facts: CallFacts
) -> tuple[Claim, ...]:
    """`claims`, a request said with the salon read as the record the call has for it."""
    if not claims or any(not _is_request(c) for c in claims):
        return claims
    text = fold(sentence).text
    if _REQUEST.search(text) is None or _NOT.search(text) or "?" in text:
        return claims
    if _AWAITING.search(text):
        return claims
    awaiting = any(a.state is AppointmentState.PENDING for a in facts.appointments)
    if awaiting:
        return tuple(
            dict.fromkeys(
                replace(c, kind=ClaimKind.PENDING, follow_up=None) if c.kind in _ALONE else c
                for c in claims
            )
        )
    return tuple(
        dict.fromkeys(
            replace(c, kind=ClaimKind.FOLLOW_UP, follow_up=FollowUp.MESSAGE, details=c.details)
            for c in claims
        )
    )
