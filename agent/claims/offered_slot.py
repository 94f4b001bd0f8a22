"""Slots named as free in the ways of offering the slot reader does not list: "Wie wäre es denn
mit Donnerstag um drei?", "Am Donnerstag um drei wäre noch was", "Lena hat Samstag um elf noch
Zeit", "Sagen Sie Ja, dann buche ich Ihnen Freitag um zehn", "Wenn Sie möchten, nehme ich für
Sie Donnerstag um 15 Uhr", "Shall I put you in for Monday at ten?", "Lena can do highlights on
Saturday at eleven", "Just say yes and I'll book Friday at ten", "Friday at ten has opened up
again".

Each offers (or states free) the day and time it names, so it is an AVAILABLE slot claim (see
slots.py), backed only by a slot the call holds, offered or set free. An offer to act that is
conditional on the caller ("Sagen Sie Ja, dann …", "Falls Ihnen … passt, reserviere ich …", "If
you like, I'll …") counts; the same verb without a condition is an action in progress and left
to the reader. Not: negated or indirect clauses, the caller's own time ("Sie haben noch Zeit"),
and sentences that place no slot (no day and no time).
"""

from __future__ import annotations

import re

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.spans import sentence_spans

_DE_OFFER = re.compile(
    r"\bwie\s+wär(?:e|'?s)\s+(?:es\s+)?(?:(?:denn|dann|vielleicht|stattdessen|eventuell)\s+)*mit\b|"
    r"\bwäre\s+(?:(?:da|dann|auch|noch|aber)\s+)*(?:was|etwas|einer?\s+(?:platz|termin|lücke))\b|"
    r"\b(?:hat|hätte)\b(?!\s+(?:sie|du)\b).*\bnoch\s+(?:\w+\s+)?(?:zeit|platz|luft|was|etwas)\b|"
    r"\b(?:wieder\s+frei\s+geworden|ist\s+wieder\s+frei|frei\s+geworden)\b"
)
_DE_CONDITION = re.compile(
    r"\b(?:wenn|falls|sofern)\s+(?:sie|ihnen|es|das|der|die)\b|\bsagen\s+sie\s+(?:ja|einfach)\b"
)
_DE_ACT = re.compile(
    r"\b(?:nehme|buche|reserviere|trage|halte|blocke|sichere|mache)\s+ich\b|"
    r"\bich\s+(?:nehme|buche|reserviere|trage|halte|blocke|sichere)\b"
)
_EN_OFFER = re.compile(
    r"\b(?:shall|should|can|could)\s+(?:i|we)\s+(?:put|pop|get|slot|fit|squeeze|pencil)\s+you\b|"
    r"\b(?:can|could)\s+(?:do|see|take|fit\s+you\s+in)\b|"
    r"\b(?:has|have)\s+(?:opened|freed)\s+up\b|\bis\s+(?:free|open)\s+again\b|"
    r"\bbecome\s+(?:free|available)\b"
)
_EN_CONDITION = re.compile(r"\b(?:if\s+(?:you|that|it)|say\s+(?:yes|the\s+word)|just\s+say)\b")
_EN_ACT = re.compile(r"\b(?:i'll|we'll|i\s+will|we\s+will)\s+(?:book|reserve|hold|put|pencil)\b")
_NEGATED = re.compile(
    r"\b(?:nicht|kein\w*|nichts|leider|not|no|never|nothing|unfortunately|sorry)\b|n't\b"
)
_INDIRECT = re.compile(r"\b(?:ob|whether)\b")
_CALLER_TIME = re.compile(r"\b(?:haben\s+sie|sie\s+haben|you\s+have|do\s+you|are\s+you)\b")


def _placed(d: Details) -> bool:
    return bool(d.weekdays or d.days or d.relative_days) and bool(d.times)


def offered_slots(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """The slots `sentence` offers or states free in the ways described above."""
    folded = fold(sentence)
    text = folded.text
    en = lang == "en"
    offer, condition, act = (
        (_EN_OFFER, _EN_CONDITION, _EN_ACT) if en else (_DE_OFFER, _DE_CONDITION, _DE_ACT)
    )
    out = []
    for start, end in sentence_spans(text):
        part = text[start:end]
        if _NEGATED.search(part) or _INDIRECT.search(part) or _CALLER_TIME.search(part):
            continue
        if not (offer.search(part) or (condition.search(part) and act.search(part))):
            continue
        details = read_details(part, names)
        if _placed(details):
            span = folded.span(start, end)
            out.append(Claim(ClaimKind.AVAILABLE, *span, ClaimDetails(((Role.ANY, details),))))
    return tuple(out)
