"""The caller's day said out and nothing else, or said cancelled as a noun: "Freitag ist raus,
bro", "Friday's out, mate", "So Friday is off, but I couldn't get the new one booked", "Die Absage
für Freitag ist drin", "Your Friday cancellation is through" (blind 11, 12 and their probes).

The clause readers read "ist raus" / "is off" of a bare day as no record word (it can also be
the salon's day off), and a cancellation noun "drin" / "through" as a booking word or nothing.
A sentence that is only the day said out (perhaps with a vocative or a "but" about the new
appointment after it, or another day said to stay) is the cancellation of that day: CANCELLED; a cancellation noun said in,
done or through likewise. Not: a reason that makes it the salon's day ("geschlossen", "voll",
"closed", "full", "weil", "because"), the day out "for" a stylist, questions, conditions.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_THE_SALONS = lazy(
    r"\b(?:geschlossen|zu|voll|ausgebucht|frei|urlaub|weil|da\s+haben|closed|full|shut|"
    r"because|holiday|for\s+(?!you\b)\w+|für\s+(?!sie\b)\w+|"
    r"wenn|falls|ob|if|whether|unless)\b"
)
_DAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:s?termin)?"
_DAY_EN = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s\s+(?:appointment|booking|slot))?"
_WEEKDAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
_WEEKDAY_EN = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# what may follow: a vocative, a "but" about the new appointment, another day said to stay
_TAIL_DE = (
    r"(?:\s*[,–—]\s*(?:bro|alter|digga|mann|aber\b[^.!?]*|(?:der\s+|am\s+)?(?:\w+\s+am\s+)?"
    rf"{_WEEKDAY_DE}\b[^.!?]*\b(?:bleibt|steht\s+weiter)\b[^.!?]*))?"
)
_TAIL_EN = (
    r"(?:\s*[,–—]\s*(?:bro|mate|man|pal|buddy|but\b[^.!?]*|(?:the\s+)?"
    rf"{_WEEKDAY_EN}\b[^.!?]*\b(?:stays|remains|still\s+stands)\b[^.!?]*))?"
)
_WITH = r"(?:\s+(?:bei|with|mit)\s+\w+)?"
_CANCELLATION_DE = r"(?:absage|stornierung|stornierungsanfrage|kündigung)"

RULES = (
    Rule(
        "de",
        K.CANCELLED,
        lazy(r"\bist\s+(?:jetzt\s+|nun\s+)?raus\b"),
        lazy(
            rf"^\W*(?:so\s+|also\s+|gut\s+)?(?:der\s+|ihr\s+)?{_DAY_DE}{_WITH}\s+ist\s+"
            rf"(?:jetzt\s+|nun\s+)?raus(?={_TAIL_DE}\W*$)"
        ),
        unless=_THE_SALONS,
        own_details=True,
    ),
    Rule(
        "en",
        K.CANCELLED,
        lazy(r"(?:'s|\s+is)\s+(?:now\s+)?(?:out|off)\b"),
        lazy(
            rf"^\W*(?:so\s+|right\s+|ok(?:ay)?\s+)?(?:your\s+|the\s+)?{_DAY_EN}{_WITH}(?:'s|\s+is)\s+"
            rf"(?:now\s+)?(?:out|off)(?={_TAIL_EN}\W*$)"
        ),
        unless=_THE_SALONS,
        own_details=True,
    ),
    # "Die Absage für Freitag ist drin", "Die Stornierung ist durch"
    Rule(
        "de",
        K.CANCELLED,
        lazy(r"absage|stornierung|kündigung"),
        lazy(
            rf"\b{_CANCELLATION_DE}\s+(?:für\s+(?:den\s+|ihren\s+)?\w+\s+|ihres\s+\w+\s+|"
            r"vom\s+\w+\s+)?(?:ist|sind)\s+(?:jetzt\s+|nun\s+|schon\s+)?(?:drin|durch|eingetragen|"
            r"erledigt|im\s+system|verbucht|raus)\b"
        ),
        unless=lazy(NOT_STATED.pattern + r"|\b(?:sobald|wird|würde)\b"),
    ),
    # "Your Friday cancellation is through / in / done"
    Rule(
        "en",
        K.CANCELLED,
        lazy(r"cancell?ation"),
        lazy(
            r"\bcancell?ation\s+(?:for\s+\w+\s+)?(?:is|has\s+gone|went|'s)\s+(?:now\s+)?"
            r"(?:through|in|done|processed|complete|sorted)\b"
        ),
        unless=lazy(NOT_STATED.pattern + r"|\b(?:once|when|will|would)\b"),
    ),
)
