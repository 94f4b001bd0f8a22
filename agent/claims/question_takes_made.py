"""An outcome an English question takes as made: "Now that's all booked, is there anything
else?", "Since the appointment's been cancelled, would you like another day?", "Is it okay that
I went ahead and booked it?", "Seeing as you've got Friday at ten, shall I note allergies?".

The question asks about something else; the clause before it, or the act it asks to be excused,
states the booking, cancellation or move. Not: an outcome still to come ("Once that's booked",
"If that's booked", "Is it okay if I book it?", "Would it be alright if I went ahead and booked
it?") nor a slot that is full ("Since Friday is fully booked, …": no caller's subject).
"""

from __future__ import annotations

import re

from agent.claims.details import WEEKDAYS, Names
from agent.claims.model import Claim, ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule, read_rules

K = ClaimKind
_VERBS = {
    K.BOOKED: r"(?:booked(?:\s+in)?|confirmed|sorted|locked\s+in)",
    K.CANCELLED: r"(?:cancell?ed)",
    K.RESCHEDULED: r"(?:moved|rescheduled)",
}
# what the clause says is done: the caller's appointment, not a day or a stylist that is full
_SUBJECT = (
    r"(?:it|that|this|everything|all\s+that|you|your\s+(?:\w+\s+){0,3}?(?:appointment|booking|"
    r"visit)|the\s+(?:appointment|booking))"
)
_COPULA = r"(?:'s|'re|\s+is|\s+are|\s+has|\s+have)(?:\s+(?:now|all|been|already|just))*\s+"
_DAYS = "(?:" + "|".join(WEEKDAYS) + ")"
_SINCE = r"\b(?:now\s+that|since|seeing\s+(?:as|that))"
# an "if" or "once" in the same sentence is a condition; "no" and "not" deny it
_UNLESS = NOT_STATED


def _rules() -> tuple[Rule, ...]:
    out = []
    for kind, verb in _VERBS.items():
        # "now that's all booked", "since the appointment's been cancelled"
        out.append(
            Rule(
                "en",
                kind,
                re.compile(r"now\s+that|since|seeing\s+"),
                re.compile(rf"{_SINCE}(?:\s+{_SUBJECT}|(?=')){_COPULA}{verb}\b"),
                unless=_UNLESS,
                questions=True,
            )
        )
        # "is it okay that I went ahead and booked it?"
        out.append(
            Rule(
                "en",
                kind,
                re.compile(r"\bthat\s+i\b"),
                re.compile(
                    r"\b(?:okay|ok|alright|all\s+right|fine)\s+(?:with\s+you\s+)?that\s+i"
                    r"(?:'ve|\s+have)?\s+(?:(?:went|gone)\s+ahead\s+and\s+|already\s+|just\s+)?"
                    rf"{verb}\b"
                ),
                unless=_UNLESS,
                questions=True,
            )
        )
    # "seeing as you've got Friday at ten": the day held as the caller's
    out.append(
        Rule(
            "en",
            K.BOOKED,
            re.compile(r"you've\s+got|you\s+have\s+got"),
            re.compile(rf"{_SINCE}\s+you(?:'ve|\s+have)\s+got\s+(?:\w+\s+){{0,2}}?{_DAYS}\b"),
            unless=_UNLESS,
            questions=True,
        )
    )
    return tuple(out)


RULES = _rules()


def taken_as_made(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """The outcomes the questions of `sentence` take as made (see above)."""
    if lang != "en":
        return ()
    claims, _ = read_rules(sentence, lang, names, RULES)
    return tuple(claims)
