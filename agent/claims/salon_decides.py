"""A request sent to the salon and its answer still to come (blind 53, claims133).

"Ihre Anfrage liegt nun dem Salon vor.", "Sie hören vom Salon, sobald er entschieden hat.", "The salon will let you know once
they've decided.", "Sie bekommen Bescheid, sobald der Salon zugestimmt hat.", "Please wait for
the salon's confirmation before planning on it.", "Der Salon muss Ihre Anfrage erst noch
freigeben." Each presupposes the caller's request lies with the salon, awaiting its decision:
`pending` (with the day and time it names), not a callback promised (blind 53's writer: a
decision still to come presupposes the request; convention 27 is of an open outcome).

Not read: the request said passed on or "with the salon now" (a message, conventions 83 and
754), a question or an offer to send one ("Soll ich …?", "Wenn Sie möchten, schicke ich …",
"If you like, I can …"), a decision or confirmation with no salon named or the caller's
("I'll let you know once it's confirmed", "Once you've decided, just let me know"), the salon's
general rule ("Manche Behandlungen muss der Salon erst
freigeben", "Some services need …": no "Ihre / your" request), a denial.

A condition on the salon's answer to the caller's own request (blind 57, claims163): "Wenn der
Salon Ihre Anfrage annimmt, bekommen Sie eine SMS", "If the salon accepts your request, you'll get
a text": the condition is the salon's, not the caller's choice, and "Ihre / your" request
presupposes the request lying with it, as "Der Salon muss Ihre Anfrage erst noch freigeben" does.
Not a condition on a request of any caller ("Wenn der Salon eine Anfrage annimmt, …"), nor the
caller's own choice ("Wenn Sie die Anfrage stellen möchten, …": no salon as the one who answers).
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_SALON = r"(?:salon|team|inhaber\w*|chef\w*|owner|manager)"
# the request lying with the salon (83: "Ihre Anfrage liegt jetzt beim Salon" is pending; the
# request said passed on, "Ich habe Ihre Anfrage weitergegeben", "I've sent your request to the
# salon", is a message, and so is "Your request is with the salon now", 754) or its decision to come
_SENT = lazy(
    r"\b(?:ihre|deine)\s+(?:\w+\s+){0,4}?anfrage\b[^.!?]*\b(?:liegt|ist)\b[^.!?]*"
    r"\b(?:beim|dem)\s+" + _SALON + r"\b|"
    r"\b" + _SALON + r"\b[^.!?]*\b(?:still\s+(?:has|needs)\s+to\s+approve|"
    r"(?:muss|müssen)\s+(?:ihre|deine)\s+anfrage|entscheidet\s+noch\s+über\s+(?:ihre|deine))\b"
)
# the salon's decision to come, heard by the caller
_DECIDES = lazy(
    r"\b(?:hören|erfahren|bekommen\s+bescheid|kriegen\s+bescheid|hear|know|let\s+you\s+know|"
    r"get\s+back\s+to\s+you|be\s+in\s+touch)\b[^.!?]*"
    r"\b(?:sobald|wenn|once|when|as\s+soon\s+as)\b[^.!?]*"
    r"\b(?:entschieden|zugestimmt|freigegeben|bestätigt|zugesagt|decided|made\s+a\s+decision|"
    r"approved|confirmed|agreed)\b|"
    r"\b(?:sobald|once|as\s+soon\s+as)\b[^.!?]*\b(?:entschieden|zugestimmt|freigegeben|decided|"
    r"approved)\b[^.!?]*\b(?:hören|erfahren|bescheid|hear|know)\b|"
    r"\b(?:wait|warten)\b[^.!?]*\b(?:salon's|salons|des\s+salons|vom\s+salon)\s+"
    r"(?:confirmation|go-ahead|approval|decision|bestätigung|freigabe|zusage|entscheidung)\b|"
    r"\b(?:wait|warten)\b[^.!?]*\b(?:confirmation|go-ahead|approval|decision|bestätigung|freigabe|"
    r"zusage|entscheidung)\s+(?:from|by|of|des|vom)\s+(?:the\s+)?" + _SALON + r"\b"
)
# a condition on the salon's answer to the caller's own request ("wenn der Salon Ihre Anfrage
# annimmt", "if the salon accepts your request"): the request presupposed
_ON_ANSWER = lazy(
    r"\b(?:wenn|falls|sobald|once|if|when|as\s+soon\s+as)\s+(?:der|the)\s+" + _SALON + r"\s+"
    r"(?:(?:ihre|deine)\s+(?:\w+\s+)?anfrage\s+(?:\w+\s+){0,2}?"
    r"(?:annimmt|akzeptiert|bestätigt|freigibt|zusagt|genehmigt|durchwinkt)|"
    r"(?:accepts|approves|confirms|okays)\s+your\s+(?:\w+\s+)?request)\b"
)
# the salon named as the one that decides, not the caller ("once you've decided")
_SALON_NAMED = lazy(r"\b" + _SALON + r"(?:'s)?\b")
_CALLER_DECIDES = lazy(r"\b(?:you've|you\s+have|you\s+decide|sie\s+sich|du\s+dich|ihr\s+euch)\b")
_NOT = lazy(
    r"\b(?:soll|sollen|möchten|wollen|würde|if|wenn\s+sie\s+(?:möchten|wollen)|could|can\s+i|"
    r"shall|should\s+i|nicht|kein\w*|not|no|never)\b|n't\b"
)


def salon_decides(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with a request said to lie with the salon or await its decision read as
    `pending` (see above)."""
    if "?" in sentence or any(c.kind is ClaimKind.PENDING for c in claims):
        return claims
    text = normalize(sentence)
    if _ON_ANSWER.search(text):  # claims163: the salon's answer to "your request" as a condition
        details = ClaimDetails(((Role.ANY, read_details(text, names)),))
        return (*claims, Claim(ClaimKind.PENDING, 0, len(sentence), details))
    decided = _DECIDES.search(text)
    if decided is None and not _SENT.search(text):
        return claims
    if _NOT.search(text[: decided.start()] if decided is not None else text):
        return claims
    if decided is not None and (not _SALON_NAMED.search(text) or _CALLER_DECIDES.search(text)):
        return claims  # "I'll let you know once it's confirmed", "Once you've decided, …"
    details = ClaimDetails(((Role.ANY, read_details(text, names)),))
    return (*claims, Claim(ClaimKind.PENDING, 0, len(sentence), details))
