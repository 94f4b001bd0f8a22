"""A move "to the day after" a day the sentence names (blind 37): "I've pushed tomorrow's
appointment to the day after", "Friday's booking has gone to the day after". "The day after"
alone is the day after the one named before it (tomorrow's: the day after tomorrow), so the move's
new place is that day, not the named one; without it the move read has no new place and passes
wherever a move of the named day's appointment is held. German says it "auf übermorgen" and is read
by the move readers. Not: "the day after tomorrow" itself (a named day), a question.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import WEEKDAYS, Details, Role
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_EN_DAYS = "|".join(d for d in WEEKDAYS if d.endswith("day"))
_AFTER = lazy(
    rf"\b(?P<day>today|tomorrow|{_EN_DAYS})(?:'s)?\b[^.?!]*?\b(?:to|until|till|onto|into|over\s+to)"
    r"\s+the\s+(?:day|one)\s+after\b(?!\s*(?:tomorrow|next|that|this|the|your|my|\w+day))"
)


def _after(day: str) -> Details:
    if day in ("today", "tomorrow"):
        return Details(relative_days=frozenset({1 if day == "today" else 2}))
    return Details(weekdays=frozenset({(WEEKDAYS[day] + 1) % 7}))


def day_after_named(sentence: str, lang: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with the new place of a move "to the day after" a named day (above)."""
    if lang != "en":
        return claims
    text = fold(sentence).text
    m = _AFTER.search(text)
    if m is None or text.rstrip().endswith("?"):
        return claims
    new = _after(m["day"])
    out = []
    for c in claims:
        roles = {r for r, _ in c.details.parts}
        if c.kind is ClaimKind.RESCHEDULED and Role.NEW not in roles:
            c = replace(c, details=replace(c.details, parts=(*c.details.parts, (Role.NEW, new))))
        out.append(c)
    return tuple(out)
