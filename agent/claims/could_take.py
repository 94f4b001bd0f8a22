"""A named slot offered as what the salon could do for the caller (blind 13, claims22):
"Donnerstag um drei könnte Fabian Sie noch nehmen, wollen Sie?", "Fabian könnte Sie am Donnerstag
um 15 Uhr noch unterbringen", "Thursday at 3 pm Fabian could take you, do you want it?", "Fabian
might be able to see you Thursday at three, how does that sound?".

The stylist (or the salon) able to take, see or fit in the caller at a day and time names that
slot as free: AVAILABLE of it (convention 2), backed by a slot the tools offered or kept, also in
a question; it replaces the booking the clause readers read in "see you Thursday at three".
Not: conditions, negations, a sentence without both a day and a time, the calendar seen ("I can
see you're in with Fabian at ten on Friday": the clause readers' booking; "I can see you on
Thursday at three now": the speaker, no stylist, reads the book, claims88).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_NOT_STATED = lazy(
    r"\b(?:wenn|falls|ob|sofern|nicht|kein\w*|if|whether|unless|not|no|never)\b|n't\b"
)

RULES = (
    Rule(
        "de",
        K.AVAILABLE,
        lazy(r"\bkönnte?n?\b|\bkann\b"),
        lazy(
            r"\b(?:könnte?n?|kann)\s+(?:\w+\s+){0,3}?(?:sie|ihnen)\s+(?:(?:noch|gern|gerne|auch|am|um|"
            r"\w+tag|\d+|uhr|drei|vier|zehn|elf|zwölf)\s+){0,6}(?:nehmen|drannehmen|dazwischenschieben|"
            r"einschieben|unterbringen|reinnehmen|einplanen)\b"
        ),
        unless=_NOT_STATED,
        questions=True,
        placed=True,
        replaces=frozenset({K.BOOKED}),
    ),
    # the slot the caller could have (probe 30c, claims78): "Freitag um zehn könnten Sie haben,
    # wenn Sie möchten" (the clause's own day and time; the offer's condition is the caller's wish)
    Rule(
        "de",
        K.AVAILABLE,
        lazy(r"\bkönnten\s+sie\b"),
        lazy(r"\bkönnten\s+sie\s+(?:\w+\s+){0,2}?haben\b"),
        unless=_NOT_STATED,
        questions=True,
        clause=True,
        placed=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.AVAILABLE,
        lazy(r"\b(?:could|can|able)\b"),
        lazy(
            # not the calendar seen now (blind 31, claims88): "I can see you on Thursday at three
            # now" (the speaker is no stylist: seeing the caller is reading the book)
            r"\b(?!(?<=\bi\s)can\s+see\s+you\b[^.!?]*\bnow\b)"
            r"(?:could|can|might\s+be\s+able\s+to|would\s+be\s+able\s+to)\s+(?:still\s+|also\s+)?"
            r"(?:take|see|fit|squeeze)\s+you\b"
            # not the calendar seen (claims78): "I can see you're in with Fabian at ten on Friday"
            r"(?!['’]re\b|\s+are\b|['’]ve\b|\s+have\b|\s+in\s+(?:the|our)\s+(?:book|calendar|diary|system))"
        ),
        unless=_NOT_STATED,
        questions=True,
        placed=True,
        replaces=frozenset({K.BOOKED}),
    ),
)

# a stylist's wish to take the caller on a day (blind 58, claims161): "Fabian würde Sie gern am
# Freitag nehmen", "Lena würde Ihnen am Samstag um elf einen Platz geben", "Fabian would love to
# see you on Friday at ten", "Fabian would happily take you on Thursday at three": the salon's
# slot offered as free, as "Fabian könnte Sie … nehmen" (convention 2); a day named suffices, as
# the wish names the stylist. Not the speaker's own wish ("Ich würde Sie gern …", the salon's
# plan), a condition or a denial.
_DAY_DE = r"(?=[^.!?]*\b(?:am\s+\w+tag|am\s+mittwoch|morgen|übermorgen)\b)"
_DAY_EN = r"(?=[^.!?]*\b(?:\w+day|tomorrow)\b)"
RULES += (
    Rule(
        "de",
        K.AVAILABLE,
        lazy(r"\bwürden?\b"),
        lazy(
            r"^\W*(?!ich\b|wir\b|man\b|sie\b|es\b|das\b)\w+\s+würden?\s+" + _DAY_DE + r"(?:sie\s+"
            r"(?:(?:noch|gern|gerne|sehr|auch|am|um|\w+tag|mittwoch|\d+|uhr|drei|vier|zehn|elf|"
            r"zwölf)\s+){0,6}(?:nehmen|drannehmen|einplanen|unterbringen|einschieben|reinnehmen)|"
            r"ihnen\s+(?:[\w:]+\s+){0,6}?(?:einen|den)\s+(?:platz|termin)\s+geben)\b"
        ),
        unless=_NOT_STATED,
    ),
    Rule(
        "en",
        K.AVAILABLE,
        lazy(r"\bwould\b"),
        lazy(
            r"^\W*(?!i\b|we\b|you\b|it\b|that\b|they\b)\w+\s+would\s+" + _DAY_EN + r"(?:love|like|"
            r"be\s+(?:happy|glad|delighted)|happily|gladly)\s+(?:to\s+)?(?:take|see|fit)\s+you\b"
        ),
        unless=_NOT_STATED,
        replaces=frozenset({K.BOOKED}),
    ),
)
