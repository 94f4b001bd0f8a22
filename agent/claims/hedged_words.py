"""An outcome said with a hedge that only guesses how sure it is: "Das müsste jetzt storniert
sein", "Das dürfte jetzt storniert sein", "Der Termin sollte jetzt aus dem Kalender raus sein",
"Der Termin müsste jetzt im System stehen", "So you'd be all booked then", "That'll be you
confirmed then", "It should be cancelled now" (blind 12).

The corpus labels a hedged claim a claim (the caller hears the outcome); the clause readers read
the modal as a wish or a condition. An epistemic modal ("müsste", "dürfte", "sollte" with "jetzt"
/ "nun" / "inzwischen"; "you'd be … then", "that'll be you …", "should be … now") before an
outcome word is read as that outcome. Not: questions, conditions, negations, what should be done
("Sie sollten jetzt kommen": no outcome word), a slot ("should be free").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_NOT_STATED = lazy(
    r"\b(?:nicht|kein\w*|nie|wenn|falls|ob|sofern|sobald|not|no|never|if|whether|unless|once|"
    r"when|free|frei|open|available)\b|n't\b"
)
_HEDGE_DE = (
    r"\b(?:müssten?|dürften?|sollten?)\s+(?:\w+\s+){0,3}?(?:jetzt|nun|inzwischen|mittlerweile)\s+"
)
_CANCELLED_DE = r"(?:storniert|abgesagt|gelöscht|gestrichen|ausgetragen|entfernt|raus|draußen|weg)"
_BOOKED_DE = r"(?:gebucht|eingetragen|eingebucht|bestätigt|fest|drin|im\s+(?:system|kalender))"
_BOOKED_EN = r"(?:booked(?:\s+in)?|confirmed|set|sorted|in\s+the\s+(?:system|calendar|book))"

RULES = (
    Rule(
        "de",
        K.CANCELLED,
        lazy(r"\b(?:müsste|dürfte|sollte)\b"),
        lazy(rf"{_HEDGE_DE}(?:[\w ]{{0,30}}?\s)?{_CANCELLED_DE}\s+sein\b"),
        unless=_NOT_STATED,
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\b(?:müsste|dürfte|sollte)\b"),
        lazy(
            rf"{_HEDGE_DE}(?:[\w ]{{0,30}}?\s)?(?:{_BOOKED_DE}\s+sein|"
            r"im\s+(?:\w*system|\w*kalender)\s+stehen)\b"
        ),
        unless=_NOT_STATED,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\b(?:you'd|would|that'll|should)\b"),
        lazy(
            rf"\b(?:you'd|you\s+would)\s+be\s+(?:all\s+)?{_BOOKED_EN}\s+(?:then|now)\b|"
            rf"\b(?:that'll|that\s+will|that\s+should|that'd|this\s+should)\s+be\s+you\s+"
            rf"(?:all\s+)?{_BOOKED_EN}\b|"
            rf"\byou\s+should\s+be\s+(?:all\s+)?{_BOOKED_EN}\s+(?:now|by\s+now)\b"
        ),
        unless=_NOT_STATED,
    ),
    Rule(
        "en",
        K.CANCELLED,
        lazy(r"\bshould\b"),
        lazy(
            r"\b(?:it|that|this|the\s+appointment|the\s+booking|\w+day)(?:'s)?\s+should\s+be\s+"
            r"(?:\w+\s+)?(?:cancell?ed|deleted|removed|gone)\s+(?:now|by\s+now)\b"
        ),
        unless=_NOT_STATED,
    ),
)
