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
    # a wish that lasts until the visit ("Ich wünsche Ihnen bis Freitag eine gute Woche",
    # "Machen Sie's gut bis Freitag!", "Alles Gute bis zur Dauerwelle am Freitag"; blind 35,
    # claims80): a goodbye naming the day (65); the day may stand without a time
    Rule(
        "de",
        ClaimKind.BOOKED,
        lazy(r"\bbis\s"),
        lazy(
            r"(?:\bwünsch\w*|\balles\s+gute|\b(?:schöne|gute|angenehme)[nrs]?\s+(?:zeit|woche|tag|"
            r"tage|wochenende|abend)|\bmachen\s+sie(?:'s|\s+es)\s+gut|\berholen\s+sie\s+sich)\b"
            rf"[^.!?]{{0,40}}?\bbis\s+(?:zu[mr]\s+\w+\s+)?(?:am\s+)?{_DAY_DE}\b|"
            rf"\bbis\s+(?:zum\s+|am\s+)?{_DAY_DE}\s+(?:eine?[nm]?\s+)?(?:schöne|gute|angenehme)[nrs]?\s+"
            r"(?:zeit|woche|tag|tage|wochenende|abend)\b"
        ),
    ),
    # the same in English ("Have a lovely week until Friday", "Take care till Friday"), and a
    # parting to the visit itself ("Till the perm, then – bye!")
    Rule(
        "en",
        ClaimKind.BOOKED,
        lazy(r"\b(?:till|until|'til)\s"),
        lazy(
            r"\b(?:have\s+an?\s+(?:\w+\s+){0,2}(?:week|day|weekend|time|evening|few\s+days)|take\s+care|"
            r"enjoy\s+(?:\w+\s+){0,3}?)\s*,?\s+(?:till|until|'til)\s+(?:"
            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
            r"^\W*(?:(?:okay|ok|right|great|lovely|so|well)\W+)*(?:till|until|'til)\s+(?:the|your)\s+"
            r"(?:appointment|visit|perm|haircut|cut|colou?r|highlights|trim|blow-?dry|treatment)\b"
            r"(?:,?\s+then)?\s*(?:[.!–—-]+\s*(?:bye\w*|cheers|take\s+care)?\W*)?$"
        ),
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
