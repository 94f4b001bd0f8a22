"""A status line followed by a clause of its own (claims42, probe after blind 24): "Status:
storniert, Ihr Termin am Freitag steht aber noch." A record's fields are read as one (blind 19's
`in_record`), but a clause after the status with a finite verb of its own says something of its
own: its claims are added, read alone (a restatement only adds).

Not: a noun phrase naming what the status is of ("Status: storniert – Ihr Termin am Freitag":
`status_object`), a status alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold

_STATUS = lazy(r"^[\W_]*status[\W_]*:[\W_]*\w+[\W_]*[,;]\s*(?P<clause>.+)$")
_FINITE = lazy(
    r"\b(?:ist|sind|steht|stehen|bleibt|bleiben|war|wurde|is|are|stays|stands|remains|was)\b"
)


def status_and_clause(
    sentence: str, claims: tuple[Claim, ...], read_part: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """`claims`, with the claims of a clause after a status line read alone."""
    folded = fold(sentence)
    m = _STATUS.match(folded.text)
    if m is None or not _FINITE.search(m["clause"]):
        return claims
    start = folded.origin[m.start("clause")]
    return claims + tuple(
        replace(c, start=c.start + start, end=c.end + start) for c in read_part(sentence[start:])
    )
