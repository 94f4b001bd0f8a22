"""A move said as one day turned into another (blind 11): "Der Freitag ist jetzt ein Donnerstag
geworden, um drei Uhr nachmittags", "Aus Ihrem Freitag wurde ein Donnerstag", "Friday's now a
Thursday, three in the afternoon", "Friday has become Thursday, 3 pm". The first day is where
the appointment was (OLD), the second and what follows it in the sentence where it is (NEW).
Not: questions, conditions, negations, the same day twice."""

from __future__ import annotations

from agent.claims.details import WEEKDAYS, ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.word_rules import NOT_STATED

_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_TRIGGER = lazy(r"geworden|wurde|become|became|now\s+a\b")
_BECAME = lazy(
    rf"\b(?P<old>{_DAY})\b(?:'s|\s+is|\s+has)?\s+(?:\w+\s+){{0,2}}?(?:now\s+a|become|became)\s+"
    rf"(?:a\s+)?(?P<new>{_DAY})\b|"
    rf"\b(?P<old2>{_DAY})\b\s+(?:ist|wurde)\s+(?:\w+\s+){{0,2}}?(?:zu\s+)?(?:einem|ein)\s+"
    rf"(?P<new2>{_DAY})\b|"
    rf"\baus\s+(?:ihrem|dem|deinem)\s+(?P<old3>{_DAY})\s+(?:ist|wurde)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:ein|einem)\s+(?P<new3>{_DAY})\b"
)


def day_became(sentence: str, names: Names) -> tuple[Claim, ...]:
    """The moves `sentence` says as one day turned into another (see above)."""
    folded = fold(sentence)
    text = folded.text
    if not _TRIGGER.search(text) or text.rstrip().endswith("?") or NOT_STATED.search(text):
        return ()
    out = []
    for m in _BECAME.finditer(text):
        old = m["old"] or m["old2"] or m["old3"]
        new_at = next(m.start(g) for g in ("new", "new2", "new3") if m[g])
        if old == text[new_at : m.end()]:
            continue
        end = len(text)
        details = ClaimDetails(
            (
                (Role.NEW, read_details(text[new_at:end], names)),
                (Role.OLD, read_details(old, names)),
            )
        )
        out.append(Claim(ClaimKind.RESCHEDULED, *folded.span(m.start(), end), details))
    return tuple(out)
