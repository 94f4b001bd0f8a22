"""Holds, promises and the visit in words the other rule tables do not list (blind 13): a hold
the speaker keeps ("Let me park Friday at 10 for you", "I'll keep Friday at ten aside", "Den
Freitag um zehn parke ich mal für Sie"), a hold said not yet a booking ("Freitag um zehn ist für
Sie zurückgehalten, verbindlich ist da aber noch nichts", "I've tagged Friday at 10 for you,
that's not a booking yet": held, not booked), the confirmation text on its way ("A text with the
date, time and address is coming your way", "Da kommt gleich ein Text mit Datum …", "Die
Terminbestätigung landet gleich in Ihrem Postfach", "I'm texting the confirmation over",
"Schriftlich haben Sie's gleich per SMS", "Ihr Handy müsste gleich piepen"), a reminder by call
or e-mail ("A reminder email goes out the night before", "klingeln wir am Vortag kurz durch",
"we'll give you a quick ring the day before": nothing sends one), and instructions for the
caller's visit on a named day ("Bring a photo … when you come in on Friday", "Allow about two
hours on Friday", "If anything comes up before Friday, … we'll move it": booked that day).
Not: questions, another person's visit.
"""

from __future__ import annotations

import re

from agent.claims.details import WEEKDAYS
from agent.claims.model import ClaimKind, FollowUp
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_NEVER = re.compile(r"(?!)")
_CONDITION = re.compile(r"\b(?:wenn|falls|ob|sofern|würde|wäre|if|whether|unless|would)\b")
_HOLD_NOT_BOOKED = (
    r"\b(?:zurückgehalten|reserviert|vorgemerkt|zurückgelegt|geblockt|angeheftet|geparkt)\b[^!?]*"
    r"\b(?:verbindlich|fest|eine\s+buchung)\s+ist\s+(?:das|da|es)\s+(?:aber\s+)?noch\s+"
    r"(?:nichts|nicht)\b|"
    r"\b(?:tagged|parked|held|reserved|set\s+aside|kept\s+aside|pencilled|penciled)\b[^!?]*\b"
    r"(?:not\s+a\s+booking|not\s+booked|not\s+confirmed)\s+yet\b"
)

RULES = (
    Rule(
        "",
        K.HELD,
        re.compile(r"park|aside|zurückgehalten|angeheftet|tagged"),
        re.compile(
            r"\b(?:i'll|i\s+will|let\s+me|we'll)\s+(?:keep|park|set|put)\s+[\w\s]{0,25}?\b(?:aside|"
            r"for\s+you)\b|"
            r"\bparke\s+ich\b|" + _HOLD_NOT_BOOKED
        ),
        unless=_CONDITION,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "",
        K.NOT_BOOKED,
        re.compile(r"noch|yet"),
        re.compile(_HOLD_NOT_BOOKED),
        unless=_NEVER,
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
    Rule(
        "",
        K.FOLLOW_UP,
        re.compile(r"text|sms|postfach|piepen|bestätigung|confirmation"),
        re.compile(
            r"\b(?:a|ein)\s+(?:text|sms)\s+(?:with|mit)\b[^.;!?]*\b(?:is\s+coming|coming\s+your\s+way|"
            r"on\s+its\s+way)\b|"
            r"\bda\s+kommt\s+(?:gleich|sofort|jetzt)\s+(?:eine?\s+)?(?:text|sms|nachricht)\b|"
            r"\b(?:termin)?bestätigung\s+landet\s+(?:gleich|sofort|jetzt)?\s*in\s+ihrem\s+"
            r"(?:postfach|handy|telefon)\b|"
            r"\b(?:i'm|i\s+am|we're)\s+texting\s+(?:you\s+)?the\s+confirmation\b|"
            r"\bschriftlich\s+haben\s+sie(?:'s|\s+es)?\s+(?:gleich|sofort)\s+per\s+(?:sms|mail|e-mail)\b|"
            r"\bhandy\s+(?:müsste|sollte|wird)\s+gleich\s+piepen\b[^!?]*\bbestätigung\b"
        ),
        follow_up=FollowUp.TEXT,
        unless=_CONDITION,
    ),
    Rule(
        "",
        K.FOLLOW_UP,
        re.compile(r"reminder|vortag|day\s+before|night\s+before"),
        re.compile(
            r"\breminder\s+(?:e-?mail|call|text)\s+(?:goes|will\s+go)\s+out\b|"
            r"\b(?:klingeln|rufen)\s+wir\s+(?:sie\s+)?(?:am|einen)\s+(?:vortag|tag\s+vorher)\b|"
            r"\bam\s+vortag\s+(?:kurz\s+)?(?:durch|an)\b|"
            r"\bgive\s+you\s+a\s+(?:quick\s+)?(?:ring|call|buzz)\s+the\s+(?:day|night)\s+before\b"
        ),
        follow_up=FollowUp.REMINDER,
        unless=re.compile(r"\b(?:ob|whether|if|falls|wenn)\b"),
    ),
    Rule(
        "en",
        K.BOOKED,
        re.compile(r"bring|allow|comes\s+up"),
        re.compile(
            rf"^\W*(?:please\s+)?(?:bring|allow)\b[^.?!]*\b(?:on|before)\s+{_DAY}\b|"
            rf"\bif\s+anything\s+comes\s+up\s+before\s+{_DAY}\b[^?!]*\bwe'll\s+(?:move|change|"
            r"reschedule)\s+it\b"
        ),
        unless=re.compile(NOT_STATED.pattern.replace(r"if|", "")),
        own_details=False,
    ),
)
