"""The caller's callback request passed on is a message (convention 15, applied again by
convention 55 in blind 20): "I've passed your callback request on to the salon", "Ich habe Ihre
Rückrufbitte an den Salon weitergegeben", as the gated splits label "Your callback request is
noted and passed on to the salon" (blind 13). What went to the salon is the caller's words; it is
backed by a message taken, like any message passed on.

Not: a request passed on beside a promise that someone calls ("I've passed on your callback
request, they'll ring you", "…, man meldet sich bei Ihnen": blind 17's callback), nor a request
noted "als Rückrufbitte" (convention 15's callback).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp

_REQUEST = lazy(
    r"\b(?:call\s?-?back\s+request|request\s+for\s+a\s+call\s?-?back|rückrufbitte|rückrufwunsch|"
    r"bitte\s+um\s+(?:einen\s+)?rückruf)\b",
    re.IGNORECASE,
)
_PASSED = lazy(
    r"\b(?:passed|forwarded|handed|sent|weitergegeben|weitergeleitet|gegeben|übergeben)\b",
    re.IGNORECASE,
)
_AS_REQUEST = lazy(r"\bals\s+rückruf", re.IGNORECASE)
# someone said to call: a promise beside the request
_CALLS = lazy(
    r"\b(?:ring|call|phone|get\s+back|be\s+in\s+touch|meldet|melden|ruft|rufen|anrufen|"
    r"zurückrufen|zurückgerufen)\b",
    re.IGNORECASE,
)


def as_passed_request(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with a callback that is only the caller's request passed on read as a message."""
    m = _REQUEST.search(sentence)
    if m is None or not _PASSED.search(sentence) or _AS_REQUEST.search(sentence):
        return claims
    if _CALLS.search(sentence[: m.start()] + " " + sentence[m.end() :]):
        return claims
    return tuple(
        replace(c, follow_up=FollowUp.MESSAGE)
        if c.kind is ClaimKind.FOLLOW_UP and c.follow_up is FollowUp.CALLBACK
        else c
        for c in claims
    )
