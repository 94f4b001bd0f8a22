"""A booking stated as a firm record in words the clause readers do not know: "Der Termin ist
jetzt fest im Kalender verankert", "Freitag, zehn Uhr, Dauerwelle – steht jetzt schwarz auf weiß
bei uns drin", "I've committed the Friday ten o'clock slot to your name", "That's now a firm
entry in our calendar, Friday at ten", "You now hold a confirmed appointment for Friday at ten", the slot taken over into the book as
agreed ("Die Dauerwelle am Freitag um zehn …, habe ich so übernommen", "… habe ich so ins System
übernommen": with a day and a time named; not "Das übernehme ich gern", "Die Kosten übernimmt die
Kasse").
Not: questions, negations, conditions.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

RULES = (
    Rule(
        "de",
        ClaimKind.BOOKED,
        lazy(r"übernommen"),
        lazy(
            r"\b(?:habe?\s+ich|ich\s+habe?)\b[^.!?]*?\b(?:so|ins\s+system|in\s+den\s+kalender|"
            r"in\s+die\s+buchung|in\s+unser\w*\s+(?:system|kalender))\s+(?:\w+\s+)?übernommen\b"
        ),
        placed=True,
    ),
    Rule(
        "de",
        ClaimKind.BOOKED,
        lazy(r"verankert|schwarz\s+auf\s+weiß"),
        lazy(
            r"\b(?:im|in\s+(?:unserem|ihrem|dem))\s+(?:kalender|system|buch|terminbuch|"
            r"terminkalender)\s+verankert\b|\bschwarz\s+auf\s+weiß\b"
        ),
    ),
    Rule(
        "en",
        ClaimKind.BOOKED,
        lazy(r"committed|firm\s+entry|(?:hold|have|got)\s+an?\s+(?:confirmed|booked|firm)"),
        lazy(
            r"\bcommitted\s+(?:[\w']+\s+){0,5}to\s+your\s+name\b|"
            r"\bfirm\s+entry\s+in\s+(?:our|the)\s+(?:calendar|diary|book|system)\b|"
            r"\byou\s+(?:now\s+)?(?:hold|have|'ve\s+got)\s+an?\s+(?:confirmed|booked|firm)\s+"
            r"(?:appointment|booking|slot)\b"
        ),
    ),
)
