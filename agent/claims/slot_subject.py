"""The caller's appointment said through its slot, its day part or its service as the subject,
with no "Termin" named (blind 39, claims95): "Freitagvormittag ist gebucht", "Freitag zehn Uhr
steht bei uns fest", "Freitag zehn Uhr für Sie steht, …", "Die Strähnchen bei Lena sind Samstag
um zehn", "Your highlights with Lena are Saturday at ten".

BOOKED with the details the sentence names (conventions 31 and 45: a sentence that presents the
caller's appointment at a slot is a claim of it; "steht", "fest" are booking words, convention
92), so a wrong day, time or stylist said in these forms is checked. Not: questions, conditions,
another person's appointment, a slot said free or offered ("Freitag zehn Uhr wäre frei").
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_CLOCK = (
    r"(?:\d{1,2}(?:[:.]\d\d)?(?:\s*(?:uhr|h|a\.?m\.?|p\.?m\.?|am|pm|o'clock))?|(?:acht|neun|zehn|"
    r"elf|zwölf|eins|zwei|drei|vier|fünf|eight|nine|ten|eleven|twelve|one|two|three|four|five)"
    r"(?:\s+(?:uhr|o'clock|a\.?m\.?|p\.?m\.?))?)"
)
_NOT_SAID = lazy(
    r"\b(?:wenn|falls|ob|sofern|wäre|würde|hätte|frei|if|whether|unless|would|free|open|nicht|"
    r"kein\w*|not|no)\b|n't\b|"
    r"\b(?:ihre?[mnrs]?|your)\s+(?:sohn\w*|tochter|mutter|vater|mann\w*|frau|freund\w*|kind\w*|"
    r"son|daughter|mum|mom|mother|father|dad|husband|wife|friend|partner\w*)\b"
)
_REPLACED = frozenset({K.AVAILABLE})

RULES = (
    # "Freitagvormittag ist gebucht" (the day part's compound as the subject)
    Rule(
        "de",
        K.BOOKED,
        lazy(r"vormittag|nachmittag|abend|mittag|früh"),
        lazy(
            rf"^\W*(?:der\s+|ihr\s+)?{_DAY}s?(?:vormittag|nachmittag|abend|mittag|früh)\s+"
            r"(?:ist|steht)\s+(?:jetzt\s+|also\s+|fest\s+)?(?:gebucht|eingetragen|bestätigt|fest)\b"
        ),
        unless=_NOT_SAID,
    ),
    # "Freitag zehn Uhr steht bei uns fest", "Freitag zehn Uhr für Sie steht, …"
    Rule(
        "de",
        K.BOOKED,
        lazy(r"steht"),
        lazy(
            rf"^\W*(?:(?:ah|also|gut|okay|ja),?\s+)?{_DAY}\s*,?\s*(?:um\s+)?{_CLOCK}\s*,?\s+"
            r"(?:für\s+sie\s+)?steht\b(?:\s+(?:bei\s+uns|im\s+kalender|jetzt))?(?:\s+fest)?"
            # nothing after it but the clause's end ("… steht damit wieder anderen offen" is free)
            r"(?=\s*(?:[,.!;–—]|$))"
        ),
        unless=_NOT_SAID,
        own_details=True,  # the slot it names, not a second request told beside it
        replaces=_REPLACED,
    ),
    # "Die Strähnchen bei Lena sind Samstag um zehn", "Ihre Dauerwelle ist Freitag um zehn"
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\bist\b|\bsind\b"),
        lazy(
            r"^\W*(?:(?:die|ihre?)\s+\w+\s+bei\s+\w+|ihre?\s+\w+)\s+(?:ist|sind)\s+(?:am\s+)?"
            rf"{_DAY}\s*,?\s*(?:um\s+)?{_CLOCK}\W*$"
        ),
        unless=_NOT_SAID,
        placed=True,
    ),
    # "Your highlights with Lena are Saturday at ten"
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\bis\b|\bare\b"),
        lazy(
            r"^\W*(?:(?:the|your)\s+\w+\s+with\s+\w+|your\s+\w+)\s+(?:is|are)\s+(?:on\s+)?"
            rf"{_DAY}\s*,?\s*(?:at\s+)?{_CLOCK}\W*$"
        ),
        unless=_NOT_SAID,
        placed=True,
    ),
)
