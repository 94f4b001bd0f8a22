"""Claims read in words that state nothing about the caller's appointment, in classes `not_said.py`,
`idioms.py`, `general_statement.py` and `counterfactual.py` do not list:

- a stylist without a free place ("Mehmet hat heute keinen Platz mehr frei", "Lena hat am
  Samstag um elf keinen Platz mehr");
- crossed fingers ("Ich halte Ihnen die Daumen");
- another person's booking set against the caller's ("Your husband's booked for Saturday, not
  you");
- a report of what the caller said ("According to you it was cancelled", "'Confirmed', you
  said?", "Laut Ihnen ist er storniert");
- a claim word as a modifier ("a booking nightmare", "ein Buchungschaos");
- what holds for every booking ("Every booking is confirmed by text");
- a supposition or a verb-first counterfactual ("Suppose I booked you in – …", "Wäre das System
  schneller, hätte ich Sie schon eingetragen").

The outcome claims read within the clause such words open are dropped; claims in other clauses
of the sentence, or reaching past that clause, stay ("Mehmet hat keinen Platz mehr frei, aber Sie sind bei Fabian eingetragen").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.pieces import CLAUSE_PIECE, SENTENCE_PIECE

K = ClaimKind
_OUTCOMES = frozenset({K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.DONE, K.HELD, K.GONE})
_RELATIVE = (
    r"(?:husband|wife|sister|brother|son|daughter|mother|father|mum|mom|dad|friend|partner|mann|"
    r"frau|schwester|bruder|sohn|tochter|mutter|vater|freund\w*|partner\w*)"
)
# a clause-sized class: the clause it opens
_CLAUSE = lazy(
    r"\bhat\s+(?:\w+\s+){0,3}?(?:keinen|keine)\s+(?:freien\s+)?(?:platz|termine?|slots?|lücke)\s+"
    r"mehr\s+frei\b|"
    # a place, a slot or a gap is the stylist's to give, not an appointment ("Lena hat am Samstag
    # um elf keinen Platz mehr", probe 56b, claims173; "Frau Berger hat keinen Termin mehr" is)
    r"\bhat\s+(?:\w+\s+){0,4}?(?:keinen|keine)\s+(?:freien\s+)?(?:platz|slots?|lücke)\s+mehr\b|"
    r"\b(?:halte|halten|drücke|drücken)\s+(?:ich\s+|wir\s+)?(?:ihnen|dir|euch)\s+(?:\w+\s+)?"
    r"(?:die\s+)?daumen\b|"
    r"^\W*(?:according\s+to\s+you|laut\s+ihnen|ihnen\s+zufolge|nach\s+ihren\s+worten)\b|"
    r"\b(?:a|an|the|that's\s+a|ein|eine|ein\s+echtes)\s+(?:booking|scheduling|buchungs|termin)"
    r"[\s-]?(?:nightmare|chaos|stress|rush|frenzy|headache|albtraum|alptraum)\b|"
    r"^\W*(?:every|each|all|jede[rs]?|alle)\s+(?:\w+\s+)?(?:bookings?|appointments?|buchung\w*|"
    r"termine?)\s+(?:is|are|gets?|wird|werden)\b"
)
# a sentence-sized class: the sentence it is in
_SENTENCE = lazy(
    rf"\byour\s+{_RELATIVE}(?:'s|\s+is|\s+has\s+been)\b[^.!?]*\bnot\s+you\b|"
    rf"\b(?:ihr|ihre)\s+{_RELATIVE}\s+(?:ist|hat)\b[^.!?]*\bnicht\s+sie\b|"
    r"['\"‘“„‚]\s*\w+\s*['\"’”‘“]\s*,?\s*(?:you\s+said|sagten\s+sie|haben\s+sie\s+gesagt)\b|"
    r"^\W*(?:suppose|supposing|imagine|say)\s+(?:i|we)\b|"
    r"^\W*(?:wäre|wären|hätte|hätten|könnte|würde)\b[^,.!?]*,\s*(?:hätte|hätten|wäre|wären|würde)\b"
)


def _regions(text: str) -> list[tuple[int, int]]:
    out = []
    for piece, rule in ((CLAUSE_PIECE, _CLAUSE), (SENTENCE_PIECE, _SENTENCE)):
        for p in piece.finditer(text):
            m = rule.search(p.group())
            if m:
                out.append((p.start(), max(p.end(), p.start() + m.end())))
    return out


def without_not_about_caller(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the outcome claims read in the clauses described above."""
    if not any(c.kind in _OUTCOMES for c in claims):
        return claims
    folded = fold(sentence)
    regions = [folded.span(a, b) for a, b in _regions(folded.text)]
    if not regions:
        return claims
    return tuple(
        c
        for c in claims
        if not (c.kind in _OUTCOMES and any(a <= c.start and c.end <= b for a, b in regions))
    )
