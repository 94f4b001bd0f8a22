"""A stylist (or the salon) said to have confirmed taking the caller: "Fabian hat bestätigt,
dass er Sie nimmt", "Fabian hat zugesagt, er nimmt Sie dran", "Fabian hat mir eben bestätigt,
dass er Sie übernimmt", "Fabian confirmed he's got you", "Fabian said yes, he's fitting you in"
(blind 12).

The clause readers read the confirming clause as a report about the stylist and the embedded
"er nimmt Sie" / "he's got you" as no record verb. The confirmation of taking the caller is the
booking: BOOKED, with the details the sentence names (the stylist among them). Not: questions,
negations, conditions ("ob er Sie nehmen kann", "if he can take you"), a confirmation still to
come ("wird bestätigen", "will confirm": a pending request).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_NOT_DONE_DE = lazy(NOT_STATED.pattern + r"|\b(?:ob|kann|könnte|würde|wird|soll\w*)\b")
_NOT_DONE_EN = lazy(NOT_STATED.pattern + r"|\b(?:can|could|would|should|may|might|yet)\b")
_CONFIRMED_DE = r"(?:bestätigt|zugesagt|ja\s+gesagt|grünes\s+licht\s+gegeben)"
_TAKES_DE = r"(?:nimmt|übernimmt|drannimmt|reinnimmt|einschiebt|dazwischenschiebt)"
_CONFIRMED_EN = r"(?:confirmed|said\s+yes|agreed|has\s+agreed|has\s+confirmed|okayed\s+it)"
_TAKES_EN = (
    r"(?:got|take|taking|fitting|fit|squeezing|squeeze|seeing|see|doing|do|have|having)\s+you\b"
)

RULES = (
    # "Fabian hat (mir eben) bestätigt, dass er Sie (am Freitag) nimmt"; "… zugesagt, er nimmt Sie
    # dran"
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\b(?:bestätigt|zugesagt|ja\s+gesagt|licht\s+gegeben)\b"),
        lazy(
            rf"\b(?:hat|haben)\s+(?:\w+\s+){{0,3}}?{_CONFIRMED_DE}\s*,?\s*(?:dass\s+)?"
            rf"(?:er|sie)\s+(?:sie|ihnen)\s+(?:\w+\s+){{0,4}}?{_TAKES_DE}\b|"
            rf"\b(?:hat|haben)\s+(?:\w+\s+){{0,3}}?{_CONFIRMED_DE}\s*,?\s*(?:er|sie)\s+"
            rf"{_TAKES_DE}\s+sie\b"
        ),
        unless=_NOT_DONE_DE,
    ),
    # "Fabian confirmed he's got you", "Fabian said yes, he's fitting you in", "Fabian confirmed
    # he'll take you"
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\b(?:confirmed|said\s+yes|agreed|okayed)\b"),
        lazy(
            rf"\b{_CONFIRMED_EN}\s*,?\s*(?:that\s+)?(?:he|she|they)(?:'s|'ll|'re|\s+is|\s+will|"
            rf"\s+are|\s+has)?\s+(?:\w+\s+)?{_TAKES_EN}"
        ),
        unless=_NOT_DONE_EN,
    ),
)
