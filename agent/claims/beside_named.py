"""An outcome said of one appointment in the same breath as another (blind 37, claims85):
"Auch der Freitag ist gebucht, nicht nur der Samstag", "Friday is booked too, not just Saturday",
"On top of Saturday, Friday is also confirmed" name a second appointment in the same state; "so
storniert wie der andere", "cancelled like the other", "habe ich gleich mit storniert" say a
second one is, without naming it.

`beside_named` adds the outcome again with what the other member names (each claim carries what
it names: conventions 14, 67), or marks the outcome `several` (true only where two appointments
are in that state) where the other is only "der andere" / "the other". A focus particle alone
("ebenfalls storniert", "cancelled as well") names nothing more (conventions 482, 550) and is left
as it is. Not: a question, a condition, a wish.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)"
)
# the other member named: "…, nicht nur der Samstag", "…, not just Saturday", "On top of Saturday, …"
_NAMED = lazy(
    rf"[,;–—]\s*(?:nicht\s+nur|not\s+(?:just|only))\s+(?:(?:der|den|dem|the)\s+)?(?P<y>{_DAY}\b"
    r"[^,.;:!?–—]*)\s*[.!]?\s*$|"
    rf"^\W*(?:on\s+top\s+of|as\s+well\s+as|zusätzlich\s+zum)\s+(?:the\s+)?(?P<z>{_DAY}\b[^,.;:!?–—]*),"
)
# the other member only as "der andere / the other", or the act done "gleich mit"
_OTHER = lazy(
    r"\b(?:wie\s+(?:der|den|beim)\s+anderen?(?!\s+mal)|like\s+the\s+other(?:\s+one)?(?!\s+(?:time|day|week|call)))\b|"
    r"\b(?:gleich\s+)?mit\s+(?:storniert|abgesagt|gestrichen|verschoben|verlegt)\b"
)
_OPEN = lazy(r"\?|\b(?:wenn|falls|ob|möchten|wollen|würde|if|whether|would|want)\b")
_OUTCOMES = frozenset({ClaimKind.BOOKED, ClaimKind.CANCELLED, ClaimKind.RESCHEDULED})


def beside_named(
    sentence: str,
    lang: str,
    claims: tuple[Claim, ...],
    read_whole: Callable[[str], tuple[Claim, ...]],
) -> tuple[Claim, ...]:
    """`claims` with the second appointment the sentence puts beside the first (above)."""
    text = fold(sentence).text
    mine = [c for c in claims if c.kind in _OUTCOMES]
    if not mine or _OPEN.search(text):
        return claims
    m = _NAMED.search(text)
    if m is not None:
        said = m["y"] or m["z"]
        other = [
            c for c in read_whole(f"{said} ist gebucht." if lang == "de" else f"{said} is booked.")
        ]
        named = [c.details for c in other if c.kind is ClaimKind.BOOKED]
        if not named:
            return claims
        added = tuple(replace(c, start=0, end=len(sentence), details=named[0]) for c in mine[:1])
        return claims + added
    if _OTHER.search(text):
        others = [c for c in claims if c.kind not in _OUTCOMES]
        marked = [replace(c, details=replace(c.details, several=True)) for c in mine]
        return tuple(others) + tuple(marked)
    return claims
