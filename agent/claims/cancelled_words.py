"""A cancellation of a named appointment in words the clause readers do not know or misread:
"Ich hab Sie vom Freitag um zehn runtergenommen" (read as a booking by "genommen"), "Freitag
zehn Uhr: wurde auf Ihren Wunsch hin zurückgenommen", "Freitag um zehn ist raus aus dem
Kalender", "The perm on Friday at ten has been dropped". The clause must name a day and a time;
the booking read in the same words is replaced.
"""

from __future__ import annotations

import re

from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind

RULES = (
    Rule(
        "de",
        K.CANCELLED,
        re.compile(r"genommen|raus\s+aus"),
        re.compile(
            r"\b(?:runtergenommen|heruntergenommen|zurückgenommen|rausgenommen|herausgenommen)\b|"
            r"\braus\s+aus\s+(?:dem|unserem|ihrem)\s+(?:kalender|system|buch|terminbuch)\b"
        ),
        placed=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.CANCELLED,
        re.compile(r"been\s+(?:dropped|taken\s+off|struck\s+off|removed|scrapped)"),
        re.compile(
            r"\b(?:has|have|'s)\s+been\s+(?:dropped|taken\s+off|struck\s+off|removed|scrapped)\b"
        ),
        placed=True,
        replaces=frozenset({K.BOOKED}),
    ),
)
