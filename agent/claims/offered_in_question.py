"""A slot offered in a question the slot reader does not list (AVAILABLE, the slot named): the
day asked about as a fit ("Freitag um zehn, wäre das was für Sie?") and a hold offered as putting
it aside ("Soll ich Ihnen den Freitag kurz zur Seite legen?"). As with "Passt Ihnen …?", the
question presupposes the slot is free. Not: a condition or an indirect question.
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS, Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.word_rules import Rule, read_rules

_DAYS = "(?:" + "|".join(WEEKDAYS) + ")"
RULES = (
    Rule(
        "de",
        ClaimKind.AVAILABLE,
        lazy(r"was\s+für\s+sie|seite\s+legen|beiseitelegen"),
        lazy(
            rf"^(?=.*\b{_DAYS}\b).*?(?:\bwäre\s+das\s+(?:etwas|was)\s+für\s+sie\b|\bsoll\s+ich\s+"
            r"(?:ihnen\s+|dir\s+)?(?:\w+\s+){0,5}?(?:zur\s+seite\s+legen|beiseitelegen)\b)"
        ),
        unless=lazy(r"\b(?:falls|wenn|ob|sofern)\b"),
        questions=True,
    ),
)


def offered_in_question(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """The slots `sentence` offers in the questions above."""
    if lang != "de":
        return ()
    claims, _ = read_rules(sentence, lang, names, RULES)
    return tuple(claims)
