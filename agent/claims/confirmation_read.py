"""A confirmation read out as a heading and the appointment's details: "I have the
confirmation: Friday, November twenty-eighth, ten a.m., perm with Fabian", "Hier ist die
Bestätigung: Freitag, 28. November, zehn Uhr, Dauerwelle bei Fabian", "✅ You're all set: Friday
at 10 (Fabian, perm)" (blind 11, 12 and their probes).

The heading states the outcome and the list after its colon names the appointment; the clause
readers read the heading alone (a bare success, or nothing) and the list as no claim. A heading of
confirmation and a day and a time after it is the booking: BOOKED, with the details the sentence
names. Not: a cancellation's confirmation ("Stornobestätigung", "cancellation"), questions,
negations, conditions, a list without a day and a time.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_NOT_BOOKING = lazy(
    NOT_STATED.pattern + r"|storn\w*|absage|abgesagt|cancel\w*|gelöscht|deleted|moved|verschoben"
)

RULES = (
    Rule(
        "",
        K.BOOKED,
        lazy(r":"),
        lazy(
            r"^\W*(?:(?:i\s+have|i've\s+got|here(?:'s|\s+is))\s+(?:the\s+|your\s+)?"
            r"(?:booking\s+)?confirmation(?:\s+here)?|(?:hier\s+ist|ich\s+habe)\s+(?:die|ihre)\s+"
            r"(?:buchungs|termin)?bestätigung(?:\s+hier)?|you're\s+all\s+(?:set|booked))\s*:\s*\S"
        ),
        unless=_NOT_BOOKING,
        placed=True,
        replaces=frozenset({K.DONE}),
    ),
)
