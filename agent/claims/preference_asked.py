"""A choice between days asked as the caller's preference (blind 24, claims42): "Would tomorrow
or the day after suit you better?", "Would Thursday or Saturday suit you better?" The question
asks which day the caller would rather come, as "Wäre morgen oder übermorgen besser für Sie?"
reads: it offers no slot (a day offered alone, "Would Saturday work for you?", stays
`available`: convention 24).

Only days joined by "or" with a comparative ("better", "rather", "prefer"), no time, no stylist.
"""

from __future__ import annotations

from agent.claims.details import Role
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_DAY = (
    r"(?:today|tomorrow|the\s+day\s+after(?:\s+tomorrow)?|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|heute|morgen|übermorgen|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag)"
)
_CHOICE = lazy(
    rf"\b{_DAY}\s+(?:or|oder)\s+{_DAY}\b|"
    # blind 28 (claims53): a day or a later one ("Would Tuesday work, or later in the week?")
    rf"\b{_DAY}\b[^.?!]*?\b(?:or|oder)\s+(?:(?:doch|lieber|eher)\s+)?(?:later|earlier|später|"
    r"früher)\s+in\s+(?:the|der)\s+(?:week|woche)\b"
)
_PREFER = lazy(r"\b(?:better|rather|prefer|preference|lieber|besser|later|später|earlier|früher)\b")


def without_preference_asked(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims`, no slot offered by a question of which day the caller prefers."""
    if not claims:
        return claims
    text = fold(sentence).text
    if not text.rstrip().endswith("?") or not _CHOICE.search(text) or not _PREFER.search(text):
        return claims

    def day_only(c: Claim) -> bool:
        d = c.details.of(Role.ANY)
        return c.kind is ClaimKind.AVAILABLE and not (d.times or d.stylists)

    return tuple(c for c in claims if not day_only(c))
