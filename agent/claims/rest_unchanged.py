"""A move said as "the rest unchanged, only the place new" (blind 37): "Sonst bleibt alles
gleich, nur ist es jetzt Donnerstag um drei", "Ansonsten ändert sich nichts, nur ist Ihr Termin
jetzt am Donnerstag um drei", "Everything else stays as it was, it's just Thursday at three now".

The unchanged words are scoped to everything else ("sonst", "ansonsten", "alles andere",
"everything else", "otherwise"), so they claim no appointment standing where it was (the STANDS
a reader takes from "bleibt alles gleich" is dropped); the clause after them names where the
appointment now is, with "nur / lediglich / just / only" and "jetzt / nun / now": the move, a
RESCHEDULED claim with that new place (false where no move to it is held). Not: questions,
conditions, negated or wished places, a clause after them that names no day.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_DE = lazy(
    r"^\W*(?:sonst|ansonsten|alles\s+andere|der\s+rest)\b[^,;:.!?]*\b(?:bleibt|bleiben|ändert|"
    r"geändert|gleich)\b[^;:.!?]*?[,;:–-]\s*(?P<rest>(?:(?:nur|lediglich|bloß|einzig)\b)"
    r"(?=[^.!?]*\b(?:jetzt|nun|neu)\b).*)$"
)
_EN = lazy(
    r"^\W*(?:everything\s+else|otherwise|all\s+else|the\s+rest)\b[^,;:.!?]*\b(?:stays|remains|"
    r"is\s+(?:the\s+same|unchanged)|same|unchanged|as\s+it\s+was)\b[^;:.!?]*?[,;:–-]\s*"
    r"(?P<rest>(?=[^.!?]*\b(?:just|only)\b)(?=[^.!?]*\bnow\b).*)$"
)
_NOT = lazy(
    r"\?\s*$|\b(?:wenn|falls|ob|würde|wäre|möchten|nicht|kein\w*|if|whether|would|could|"
    r"not|no|want|like)\b|n't\b"
)


def rest_unchanged(sentence: str, lang: str, names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with the move `sentence` says as "the rest unchanged, only … now" (above)."""
    folded = fold(sentence)
    text = folded.text
    m = (_EN if lang == "en" else _DE).search(text.strip())
    if m is None or _NOT.search(m["rest"]):
        return claims
    d = read_details(m["rest"], names)
    if not (d.weekdays or d.days or d.relative_days):
        return claims
    kept = tuple(c for c in claims if c.kind is not ClaimKind.STANDS)
    if any(c.kind is ClaimKind.RESCHEDULED for c in kept):
        return kept
    move = Claim(ClaimKind.RESCHEDULED, 0, len(sentence), ClaimDetails(((Role.NEW, d),)))
    return (*kept, move)
