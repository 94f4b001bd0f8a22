"""Money said paid back beside an outcome (blind 25, claims43; convention 29).

"Storniert, die 20 Euro bekommen Sie zurück", "und das Geld überweisen wir Ihnen zurück", "you'll
get your money back", "we'll refund the deposit": no tool takes or returns money, so a FOLLOW_UP
`money` claim, backed by nothing.

Not: a question, a condition, a rule for every cancellation ("Bei einer Stornierung … bekommen
Sie … zurück" without the caller's own money named: left to the other readers).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold

_BACK = lazy(
    r"\b(?:geld|euro|betrag|gebühr|kosten)\b[^.;]*\b(?:zurück|erstattet|erstatten|rückweg)\b|"
    r"\b(?:money|fee|euros?)\b[^.;]*\bback\b"
)
_NOT_STATED = lazy(r"\?|\b(?:wenn|falls|sobald|bei\s+einer|if|once|unless|whenever)\b")


def money_back(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A FOLLOW_UP `money` claim for money said paid back (above)."""
    text = fold(sentence).text
    if any(c.follow_up is FollowUp.MONEY for c in claims) or _NOT_STATED.search(text):
        return ()
    if not _BACK.search(text):
        return ()
    return (Claim(ClaimKind.FOLLOW_UP, 0, len(sentence), follow_up=FollowUp.MONEY),)
