"""A cancellation (or another wish) passed on to the salon as a message (blind 53, claims133;
conventions 15, 55, 870, 904, 950: a message taken or passed on is `follow_up: message`).

"Ich habe Ihre Absage als Nachricht an den Salon weitergegeben.", "Ihren Stornowunsch habe ich
an den Salon weitergeleitet.", "I've noted that you'd like to cancel and passed it on to the
salon.", "I've passed your cancellation on to the salon as a message.", and the request sent
("I've sent your request for Friday at ten to the salon", convention 83: 1023) say the caller's words
went to the salon: a message, not the cancellation done (the salon acts on it later). The
cancellation words in them are the message's content, not an outcome: the sentence's other
readings of a cancellation or a booking are replaced. Not read: a request said lying with the
salon or awaiting its decision (salon_decides.py: `pending`), a question or an offer ("Soll
ich …?", "Shall I …?", "I can …"), a message to the caller.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import normalize

_SALON = r"(?:salon|team|(?:the\s+)?owner|inhaber\w*|chef\w*)"
_PASSED = lazy(
    r"\b(?:weitergegeben|weitergeleitet|hinterlassen|übermittelt|ausgerichtet|"
    r"passed\s+(?:\w+\s+){0,3}?on|sent|forwarded|geschickt|gesendet|"
    r"left\s+(?:\w+\s+){0,3}?(?:message|note))\b"
)
_TO_SALON = lazy(r"\b(?:an\s+den|dem|ans|to\s+the|for\s+the|with\s+the)\s+" + _SALON + r"\b")
_OWN_ACT = lazy(r"\b(?:ich\s+habe?|habe?\s+ich|i've|i\s+have|i\s+just)\b")
_NOT = lazy(
    r"\?|\b(?:soll|sollen|möchten\s+sie|wollen\s+sie|shall|should|can\s+i|could|if|wenn|falls|"
    r"nicht|kein\w*|not|never)\b|n't\b"
)
# an act said done beside the message ("… storniert und an den Salon weitergegeben") stays
_DONE_WORD = lazy(
    r"\b(?:storniert|abgesagt|gecancelt|gebucht|verschoben|verlegt|cancell?ed|booked|moved)\b"
)
_SAID_DONE = frozenset({ClaimKind.CANCELLED, ClaimKind.BOOKED, ClaimKind.DONE, ClaimKind.GONE})


def passed_as_message(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with a wish passed on to the salon read as the message it is (see above)."""
    if any(c.kind in (ClaimKind.FOLLOW_UP, ClaimKind.PENDING) for c in claims):
        return claims
    text = normalize(sentence)
    if not (_PASSED.search(text) and _TO_SALON.search(text) and _OWN_ACT.search(text)):
        return claims
    if _NOT.search(text):
        return claims
    kept = claims
    if not _DONE_WORD.search(text):  # the wish is the message's content, not an outcome
        kept = tuple(c for c in claims if c.kind not in _SAID_DONE)
    return (*kept, Claim(ClaimKind.FOLLOW_UP, 0, len(sentence), follow_up=FollowUp.MESSAGE))
