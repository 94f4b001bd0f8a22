"""The caller's service named as theirs in its duration or price (blind 53, claims133;
convention 45: "Ihr Termin", "Ihre Dauerwelle am Freitag" inside a duration or a price is a
`booked` claim of what it names).

"Your perm will take about two and a quarter hours, so …", "Ihre Dauerwelle dauert etwa zwei
Stunden", "Your beard trim will take about twenty minutes" tell the caller that service is
booked for them: BOOKED of the service; so does the length of something done at it ("das
Einwirken dauert bei Ihrer Dauerwelle eine Weile"). Not read: the service in general ("Eine Dauerwelle
dauert …", "A perm takes …"), a subjunctive ("would take", "würde dauern": nothing settled, 45),
a question, a condition.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_POSSESSED = lazy(
    r"(?:^|[,;:–—]\s*|\b(?:and|und|so|also)\s+)(?:your|ihre?|deine?)\s+"
    r"(?P<service>[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:will\s+(?:take|last|run|cost)|takes|lasts|costs|dauert|kostet|braucht|wird\s+(?:\w+\s+){0,4}"
    r"(?:dauern|kosten))\b"
)
# the duration or price of something done at it (claims156): "das Einwirken dauert bei Ihrer
# Dauerwelle eine Weile", "the processing takes a while with your perm"
_AT_POSSESSED = lazy(
    r"\b(?:dauert|kostet|braucht|takes|costs|lasts)\b[^,.;:!?]*?\b(?:bei|für|with|for)\s+"
    r"(?:ihrer|ihrem|ihren|ihre|your)\s+(?P<service>[\w-]+)\b"
)
_NOT = lazy(r"\b(?:wenn|falls|if|would|würde|wäre|nicht|kein\w*|not|never)\b|n't\b")


def service_possessed(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """BOOKED of the service said the caller's in its duration or price (see above)."""
    if "?" in sentence or any(c.kind is ClaimKind.BOOKED for c in claims):
        return ()
    text = normalize(sentence)
    m = _POSSESSED.search(text) or _AT_POSSESSED.search(text)
    if m is None or _NOT.search(text):
        return ()
    named = read_details(m["service"], names)
    if not named.services:
        return ()
    details = ClaimDetails(((Role.ANY, named),))
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), details),)
