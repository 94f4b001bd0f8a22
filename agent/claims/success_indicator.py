"""A success indicator read off the record with nothing else named (blind 58): "Das Häkchen ist
grün", "Bei mir ist alles grün", "There's a green tick next to it", "All green on my side", "Das
System hat grünes Licht gegeben", "Die Rückmeldung vom System ist positiv", "The system gave the
green light". The speaker names the evidence, not the outcome: by the round's judgement call 3
it is convention 733's bare status, the bare success (`done`: true after a cancellation too).
Not: a light to come ("Sobald die Chefin grünes Licht gibt", "once the owner gives the green
light"), a light for something named ("grünes Licht für Ihre Buchung": consequences_said.py reads
it), a question, a denial or a condition, and green things that are no indicator ("Ihre Haare
werden nicht grün").
"""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule, read_rules

K = ClaimKind
# what shows the result: a tick, the status, the system's answer, "alles" on the speaker's side
_SHOWN_DE = r"(?:häkchen|haken|status|anzeige|alles|rückmeldung|antwort|ergebnis)"
_SHOWN_EN = r"(?:tick|check(?:\s*mark)?|status|everything|it\s+all|all|result|response|feedback)"
_UNLESS = lazy(
    NOT_STATED.pattern + r"|\b(?:sobald|once|bis|until|till|erst|soll|sollte|should|would|"
    r"würde|wird|will|gibt|gives|give|für|for\s+(?:your|the)|haare?|hair)\b"
)
RULES = (
    Rule(
        "de",
        K.DONE,
        lazy(r"grün|positiv"),
        lazy(
            rf"\b{_SHOWN_DE}\s+(?:[\w.]+\s+){{0,3}}?(?:ist|sind|steht|zeigt)\s+(?:jetzt\s+|hier\s+|"
            r"überall\s+|auf\s+)?(?:grün|positiv)\b|"
            rf"\b(?:ist|steht)\s+(?:jetzt\s+|hier\s+)?{_SHOWN_DE}\s+(?:jetzt\s+|hier\s+)?(?:grün|positiv)\b|"
            r"\bgrüne[ns]?\s+licht\s+(?:gegeben|erteilt|bekommen|erhalten)\b|"
            r"\b(?:system|kalender)\s+(?:hat|gab)\b[^.;!?]*\bgrüne[ns]?\s+licht\b"
        ),
        unless=_UNLESS,
    ),
    Rule(
        "en",
        K.DONE,
        lazy(r"green|positive"),
        lazy(
            rf"\b{_SHOWN_EN}\s+(?:is\s+|'s\s+|are\s+|shows\s+|showing\s+)?(?:now\s+)?green\b|"
            rf"^\W*(?:it's\s+|everything's\s+|it\s+is\s+)?all\s+green\b|"
            r"\b(?:there's|there\s+is)\s+(?:now\s+)?a\s+green\s+(?:tick|check(?:\s*mark)?)\b|"
            r"\b(?:system|calendar)\s+(?:gave|has\s+given|'s\s+given)\b[^.;!?]*\bgreen\s+light\b|"
            rf"\b(?:system|{_SHOWN_EN})\s+(?:came|has\s+come|'s\s+come)\s+back\s+positive\b"
        ),
        unless=_UNLESS,
    ),
)
_BY_LANG = {lang: tuple(r for r in RULES if r.lang in ("", lang)) for lang in ("de", "en")}


def success_indicators(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """The bare successes `sentence` reads off an indicator."""
    claims, _ = read_rules(sentence, lang, names, _BY_LANG.get(lang, RULES))
    return tuple(claims)
