"""An outcome stated in nominal style: the act named as a noun and its completion as a
participle, an adjective or a status, often without a verb — "Eintragung vorgenommen für Freitag
um zehn", "Festbuchung Freitag zehn Uhr: durchgeführt", "Erfolgreiche Buchung am Freitag",
"Buchungsstatus: aktiv", "Die Terminvereinbarung ist perfekt", "Ergebnis: Termin am Freitag für
Sie gesetzt", "Stornierung durchgeführt", "Booking complete for Friday at ten", "reservation
finalised", "Status: booked". The kind is the noun's (a booking, a cancellation, a move).
Not: questions, negations, conditions, a number or reference named ("Buchungsnummer"), a
duration or a possibility ("Die Buchung dauert", "ist erst nach Ihrer Zusage möglich").
"""

from __future__ import annotations

import re

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule, read_rules

K = ClaimKind
_DONE_DE = (
    r"(?:vorgenommen|erfolgt|erteilt|durchgeführt|abgeschlossen|vollzogen|perfekt|gemacht|aktiv|"
    r"komplett|getätigt|ausgeführt|erledigt|bestätigt|fix)"
)
_DONE_EN = (
    r"(?:complete|completed|finali[sz]ed|done|successful|processed|made|active|confirmed|"
    r"through)"
)
_NOT_A_RECORD = r"(?!\w*(?:nummer|referenz|code|link|bestätigungs))"
_NOUNS_DE = {
    K.BOOKED: r"(?!umbuchung)(?:\w*buchung|\w*eintragung|eintrag|\w*vereinbarung|\w*reservierung|bestätigung)",
    K.CANCELLED: r"(?:\w*stornierung|absage|terminabsage|löschung|austragung)",
    K.RESCHEDULED: r"(?:umbuchung|verschiebung|verlegung|terminänderung|umterminierung)",
}
_NOUNS_EN = {
    K.BOOKED: r"(?:booking|reservation|appointment)",
    K.CANCELLED: r"(?:cancell?ation)",
    K.RESCHEDULED: r"(?:reschedul\w+|move|change\s+of\s+appointment)",
}
_UNLESS = lazy(
    NOT_STATED.pattern + r"|\b(?:sobald|once|after|nach\s+ihrer|möglich|possible|dauert|takes|"
    r"rückgängig|undone|undo|"
    # the sending of a confirmation, not the booking (blind 51, claims128): "Die Zusendung einer
    # Bestätigung per SMS erfolgt in Kürze"
    r"zusendung|übermittlung|versand|"
    r"soll|shall|should|would|würde|wird|will)\b"
)


def _de(kind: ClaimKind, noun: str) -> tuple[Rule, ...]:
    return (
        Rule(
            "de",
            kind,
            re.compile(_DONE_DE + r"|erfolgreich"),
            re.compile(
                rf"\berfolgreich\w*\s+{noun}\b|"
                rf"\b{_NOT_A_RECORD}{noun}\w*\b(?:\s+[\w.]+){{0,6}}?\s*(?::\s*|\s+(?:ist|wurde)\s+"
                rf"(?:\w+\s+)?|\s+){_DONE_DE}\b"
            ),
            unless=_UNLESS,
            own_details=kind is K.RESCHEDULED,  # "Umbuchung abgeschlossen – neu: …, statt …"
        ),
    )


def _en(kind: ClaimKind, noun: str) -> tuple[Rule, ...]:
    return (
        Rule(
            "en",
            kind,
            re.compile(_DONE_EN),
            re.compile(
                rf"\bsuccessful\s+{noun}\b|"
                rf"(?:^|[-–—:,]\s*|\bstatus:\s*){noun}\s+(?:(?:now\s+)?{_DONE_EN}\s+and\s+)?"
                rf"{_DONE_EN}\b|"
                # with its details and a passive (blind 58): "The move to Thursday at three has
                # been made", "Your booking for Friday was completed"
                rf"^\W*(?:the|your)\s+{noun}\b(?!\s+(?:fees?|number|reference|code|link|confirmation|"
                r"policy|system|details|form|page)\b)(?:\s+(?!(?:and|but|which|that)\b)[\w.']+){0,6}?\s+"
                rf"(?:has\s+(?:now\s+)?been|is\s+now|was)\s+(?:successfully\s+)?{_DONE_EN}\b"
            ),
            unless=_UNLESS,
            own_details=kind is K.RESCHEDULED,
        ),
    )


RULES = tuple(r for k, n in _NOUNS_DE.items() for r in _de(k, n)) + tuple(
    r for k, n in _NOUNS_EN.items() for r in _en(k, n)
)
# a result or status line: "Ergebnis: Termin am Freitag für Sie gesetzt", "Status: booked"
RULES += (
    Rule(
        "de",
        K.BOOKED,
        lazy(r"ergebnis:|status:"),
        lazy(r"\b(?:ergebnis|\w*status):\s*[^.!?]*\b(?:gesetzt|fest|gebucht|eingetragen)\b"),
        unless=_UNLESS,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"result:|status:"),
        lazy(r"\b(?:result|status):\s*(?:[\w,.]+\s+){0,3}?(?:booked|confirmed)\b"),
        unless=_UNLESS,
    ),
)
_BY_LANG = {lang: tuple(r for r in RULES if r.lang in ("", lang)) for lang in ("de", "en")}


def nominal_outcomes(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """The outcomes `sentence` states in nominal style."""
    claims, _ = read_rules(sentence, lang, names, _BY_LANG.get(lang, RULES))
    return tuple(claims)
