"""A booking implied by what the caller is told to do about the visit, in words the clause
readers do not know: a farewell to the named day and time ("Bis Freitagfrüh um zehn, kommen Sie
gut hin!", "Auf Wiederhören, und bis Freitag zur Dauerwelle um zehn"), the caller told to put
the slot in the calendar now ("Sie können sich den Freitag um zehn jetzt fest im Kalender
anstreichen", "Den Freitagvormittag um zehn können Sie jetzt fest verplanen", "You can mark
Friday at ten in your calendar now"), on the list ("Sie stehen drauf"), "it's happening". The
sentence must name a day and a time. Not: a deadline ("Bis Freitag um zehn sollten Sie sich
melden", "Bis Freitag um zehn ist alles ausgebucht": a verb in the "bis" phrase), conditions,
negations, questions.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

_DAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\w*"
_NO_VERB = (
    r"(?!sie\b|wir\b|ich\b|es\b|er\b|ist\b|sind\b|hat\b|haben\b|wird\b|werden\b|kann\b|können\b|"
    r"muss\b|müssen\b|sollte\b|sollten\b|bleibt\b|gilt\b|geht\b|läuft\b|war\b|wäre\b)"
)

RULES = (
    Rule(
        "de",
        ClaimKind.BOOKED,
        lazy(r"\bbis\s+(?:zum\s+|am\s+)?(?:mon|die|mitt|donn|frei|sams|sonn)"),
        lazy(
            r"(?:^\W*|(?:auf\s+wiederhören|auf\s+wiedersehen|tschüss|ciao|danke(?:\s+schön)?)\W+"
            rf"(?:und\s+)?)bis\s+(?:zum\s+|am\s+)?{_DAY_DE}(?:\s+{_NO_VERB}[\w:.]+){{0,5}}\s*[.!,]"
        ),
        placed=True,
    ),
    Rule(
        "de",
        ClaimKind.BOOKED,
        lazy(r"jetzt|nun|drauf"),
        lazy(
            r"\bkönnen\s+sie\s+(?:sich\s+)?(?:\w+\s+){0,4}?(?:jetzt|nun)\s+(?:fest\s+)?(?:\w+\s+){0,3}?"
            r"(?:anstreichen|eintragen|notieren|einplanen|verplanen)\b|"
            r"\bsie\s+können\s+sich\s+(?:\w+\s+){0,5}?(?:jetzt|nun)\s+(?:fest\s+)?(?:\w+\s+){0,3}?"
            r"(?:anstreichen|eintragen|notieren|einplanen|verplanen)\b|"
            r"\bsie\s+stehen\s+(?:\w+\s+)?(?:drauf|auf\s+der\s+liste)\b"
        ),
        placed=True,
    ),
    Rule(
        "en",
        ClaimKind.BOOKED,
        lazy(r"calendar|diary|happening"),
        lazy(
            r"\byou\s+can\s+(?:now\s+)?(?:mark|put|pencil|write|pop)\b[^.!?]*\b(?:calendar|diary)\b"
            r"[^.!?]*\bnow\b|\byou\s+can\s+now\s+(?:mark|put|pencil|write|pop)\b[^.!?]*"
            r"\b(?:calendar|diary)\b|\bit's\s+(?:definitely\s+)?happening\b"
        ),
        placed=True,
    ),
)
