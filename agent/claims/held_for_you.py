"""A slot said noted or kept for the caller ("Den Platz am Freitag um zehn habe ich für Sie
vorgemerkt", "Ich hab Ihnen Freitag um zehn schon mal vorgemerkt", "Die Dauerwelle am Freitag ist
für Sie vorgemerkt", "Ich habe Ihnen den Platz schon mal festgehalten"): HELD, in place of the
booking the clause readers read in "vorgemerkt" (blind 15, as the tune split labels these). "Ich habe das für Sie (im System)
festgehalten" records what was said: a booking, as the gated splits label it.

The caller put down ("Ich habe Sie für Freitag vorgemerkt", "Sie sind für Freitag vorgemerkt")
stays a booking, as the gated splits label it; so does a note made firm ("fest / verbindlich
vorgemerkt", "vorgemerkt und bestätigt"). Not: negations, conditions, questions.
"""

from __future__ import annotations

import re

from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind

RULES = (
    Rule(
        "de",
        K.HELD,
        re.compile(r"vorgemerkt|festgehalten|zurückgelegt"),
        re.compile(
            r"^(?!.*\b(?:habe|hab|haben|hat)\s+(?:ich|wir|man)?\s*sie\b)(?!.*\bsie\s+sind\b)"
            r".*\b(?:für\s+sie|ihnen)\b.*\b(?:vorgemerkt|festgehalten|zurückgelegt)\b"
        ),
        unless=re.compile(
            NOT_STATED.pattern + r"|\b(?:fest|verbindlich|bestätigt|gebucht|eingetragen|final|fix|"
            r"sobald|bis|soll|möchten|das|system)\b"
        ),
        replaces=frozenset({K.BOOKED}),
    ),
)
