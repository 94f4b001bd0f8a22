"""The caller's appointment said to stay as it was, in words `stands` does not list (blind 13):
untouched ("Ihr Termin bleibt unangetastet", "Your appointment hasn't been touched"), still valid
("ist weiterhin gültig", "is still good", "remains valid"), staying where it was ("bleibt, wo er
war", "stays put", "stays exactly where it was"), going on ("gilt weiter", "läuft weiter", "your
appointment holds"), nothing about it changed ("An Ihrem Termin hat sich nichts geändert",
"Nothing about your appointment has changed", "it's exactly as before", beside the booking too:
"Sie sind gebucht wie gehabt, da hat sich nichts geändert", convention 732), the caller still down
for it beside a word of change ("Keine Änderung, Sie bleiben eingetragen"; without one it is the
booking, 732 and 172: "Sie sind weiterhin eingetragen", "You're still in the calendar"), and
Swiss German ("De Termin am Fritig blibt, wie er isch").

STANDS (see `stands`): true where a booking stands that is no move's new place, so false after a
move as in every state without a booking; it replaces the booking or move the clause readers read.
Not: conditions, what should or would stay, the appointment said no longer valid.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.still_there import STILL_THERE
from agent.claims.word_rules import Rule

K = ClaimKind
_NOT_STATED = lazy(
    r"\b(?:wenn|falls|ob|sofern|soll|sollen|sollte|möchten|würde|wäre|if|whether|unless|should|"
    r"would|could|nicht\s+mehr|no\s+longer|not\s+(?:valid|good)|ungültig)\b"
)
# anchored at a line start ("(?m)^"): a match exists exactly where one exists unanchored (".*"
# stops at a line end either way), found in one pass instead of one lookahead per position
_TOPIC_DE = (
    r"(?m)^(?=.*\b(?:\w*termin\w*|buchung|sie|montag|dienstag|mittwoch|donnerstag|freitag|fritig|"
    r"samstag)\b)"
)
_TOPIC_EN = (
    r"(?m)^(?=.*\b(?:appointment|booking|slot|you|you're|it's|it|monday|tuesday|wednesday|thursday|"
    r"friday|saturday)\b)"
)

RULES = (
    Rule(
        "de",
        K.STANDS,
        lazy(
            r"unangetastet|unberührt|gültig|\bwo\s+(?:er|es)\b|bleibt\s+alles|es\s+bleibt|"
            r"\bweiter\b|wie\s+(?:vorher|bisher|gehabt)|nichts\s+(?:ge|ver)ändert|eingetragen|"
            r"weiterhin|\bbl(?:e?i|y)bt\b|geändert|unverändert"
        ),
        lazy(
            _TOPIC_DE + r".*(?:"
            r"\b(?:bleibt|ist|sind|bleiben)\s+(?:\w+\s+)?(?:unangetastet|unberührt)\b|"
            r"\b(?:ist|bleibt|sind|bleiben)\s+(?:\w+\s+)?(?:weiterhin|nach\s+wie\s+vor|immer\s+"
            r"noch|noch)\s+gültig\b|"
            r"\bbl(?:e?i|y)bt,?\s+(?:(?:da|dort|genau)\s*,?\s*)?(?:wo|wie)\s+(?:er|es)\s+"
            r"(?:ist|war|isch)\b|"
            r"\b(?:es\s+)?bleibt\s+alles\s+(?:beim\s+(?:alten|gleichen)|,?\s*wie\s+"
            r"(?:besprochen|vereinbart|abgemacht|gehabt))\b|"
            r"\b(?:gilt|läuft)\s+(?:ganz\s+normal\s+)?weiter\b|"
            r"\b(?:steht|ist)\s+(?:\w+\s+)?(?:genau\s+)?wie\s+(?:vorher|bisher|gehabt)\b|"
            r"\b(?:termin|buchung)\s+hat\s+sich\s+nichts\s+(?:ge|ver)ändert\b|"
            r"\bhat\s+sich\s+(?:an|bei)\s+ihrem\s+termin\s+nichts\s+(?:ge|ver)ändert\b|"
            r"\b(?:an|bei)\s+ihrem\s+termin\s+hat\s+sich\s+nichts\s+(?:ge|ver)ändert\b|"
            # nothing changed beside the booking (732): "Sie sind gebucht wie gehabt, da hat sich
            # nichts geändert", "Ihr Termin ist weiterhin eingetragen, unverändert"
            r"\b(?:da|daran|dabei|es)\s+hat\s+sich\s+nichts\s+(?:ge|ver)ändert\b|"
            r"\b(?:termin|buchung)\s+(?:steht|gebucht\s+ist|eingetragen\s+ist),\s+hat\s+sich\s+"
            r"nichts\s+(?:ge|ver)ändert\b|"
            r"\bgeändert\s+hat\s+sich\s+(?:da\s+|daran\s+)?nichts\b|"
            r"\b(?:gebucht|eingetragen)\s+wie\s+gehabt\b|"
            r"\b(?:termin|buchung|eingetragen|gebucht)\b[^.;!?]*,\s*unverändert\W*$|"
            r"\b(?:termin|buchung)\s+(?:ist|bleibt)\s+(?:\w+\s+)?unverändert\b"
            r")"
        ),
        unless=_NOT_STATED,
        replaces=frozenset({K.BOOKED, K.RESCHEDULED}),
    ),
    Rule(
        "en",
        K.STANDS,
        lazy(
            r"untouched|touched|valid|\bgood\b|stays|staying|holds|as\s+before|as\s+it\s+was|"
            r"changed|still"
        ),
        lazy(
            _TOPIC_EN + r".*(?:"
            r"\b(?:is|remains|stays|was\s+left)\s+(?:completely\s+|entirely\s+)?untouched\b|"
            r"\b(?:hasn't|has\s+not|wasn't|was\s+not)\s+been\s+touched\b|"
            r"\b(?:is|'s)\s+still\s+(?:valid|good|in\s+place)\b|\bremains\s+(?:valid|in\s+place)\b|"
            r"\b(?:stays|is\s+staying)\s+put\b|"
            r"\b(?:stays|is\s+staying|remains)\s+(?:exactly\s+)?(?:just\s+)?where\s+it\s+(?:is|was)\b|"
            r"\b(?:appointment|booking)\s+(?:still\s+)?holds\b|"
            r"\b(?:everything|it\s+all)\s+(?:stays|remains)\s+(?:just\s+)?as\s+(?:we\s+)?"
            r"(?:discussed|agreed|planned|booked)\b|"
            r"\b(?:exactly|just)\s+as\s+(?:before|it\s+was)\b|\bis\s+as\s+it\s+was\b|"
            r"\bnothing\s+(?:about|with|on)\s+your\s+(?:appointment|booking)\s+has\s+changed\b|"
            r"\bno\s+changes?\b[^.;!?]*\bstill\s+(?:booked|down|in)\b|"
            # nothing changed beside the booking or the appointment (732): "You're still booked
            # in, nothing's changed", "You're booked as before, unchanged"
            r"\b(?:booked|booking|appointment)\b[^.;!?]*?,\s*(?:and\s+)?(?:nothing(?:'s|\s+has)\s+"
            r"(?:been\s+)?changed|unchanged)\W*$|"
            r"\b(?:booking|appointment)\s+(?:is|remains|stays)\s+(?:\w+\s+)?unchanged\b|"
            r"\bnothing(?:'s|\s+has)\s+changed\s+with\s+your\s+(?:appointment|booking)\b|"
            r"\bbooked\s+(?:in\s+)?as\s+before\b"
            r")"
        ),
        unless=_NOT_STATED,
        replaces=frozenset({K.BOOKED, K.RESCHEDULED}),
    ),
    # still there, said beside a word of change, is unchanged (732): "Keine Änderung, Sie bleiben
    # eingetragen", "No changes, you're still in the calendar"; without one it says the booking
    # exists (`booked`, 172: "Sie sind weiterhin eingetragen", "You're still in the calendar")
    Rule(
        "de",
        K.STANDS,
        lazy(r"weiterhin|bleiben"),
        lazy(
            r"(?m)^(?=.*\b(?:keine\s+änderung\w*|nichts\s+(?:ge|ver)ändert|unverändert|wie\s+gehabt|"
            r"verschoben|storniert|abgesagt|angefasst)\b).*(?:"
            r"\bsie\s+bleiben\s+(?:weiterhin\s+)?(?:eingetragen|gebucht|drin)\b|"
            r"\b(?:stehen|sind)\s+sie\s+weiterhin\b|\bsie\s+(?:stehen|sind)\s+weiterhin\s+"
            r"(?:\w+\s+){0,4}?(?:im\s+kalender|eingetragen|gebucht|drin|im\s+buch)\b"
            r")"
        ),
        unless=_NOT_STATED,
        replaces=frozenset({K.BOOKED, K.RESCHEDULED}),
    ),
    Rule(
        "en",
        K.STANDS,
        lazy(r"still"),
        lazy(
            r"(?m)^(?=.*\b(?:no\s+changes?|nothing(?:'s|\s+has)\s+(?:been\s+)?changed|unchanged|"
            r"moved|cancel\w*|touched)\b).*"
            r"\b(?:you're|you\s+are)\s+still\s+(?:down\s+for|on\s+the\s+books|in\s+the\s+"
            r"(?:book|calendar|diary))\b"
        ),
        unless=_NOT_STATED,
        replaces=frozenset({K.BOOKED, K.RESCHEDULED}),
    ),
    *STILL_THERE,
)
