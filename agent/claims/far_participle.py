"""A German perfect whose participle stands far from its auxiliary, other clauses put between
them: "Ich habe, wie Sie es wollten, und ohne dass Ihnen Kosten entstehen, weil Sie ja
rechtzeitig Bescheid gesagt haben, den Freitagstermin aufgelöst." (blind 11), also with the
object before the insertion ("Ich habe Ihnen den Termin vorhin, als Sie Ja gesagt haben, direkt
eingebucht": blind 35).

The clause readers cut the sentence at its commas: "Ich habe" and the day are read as the caller
having the appointment (a booking), and the participle's clause has no subject. The main clause
is read again as the auxiliary and its last clause joined ("Ich habe den Freitagstermin
aufgelöst."); its claims (spans over the last clause) replace what was read in the auxiliary's
clause. Only when the clauses put between are subordinate or inserted ones ("wie", "weil",
"ohne dass", "nachdem", …).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, SentenceReading

_SPLIT = lazy(
    # the auxiliary with its object before the insertion too (blind 35, claims79): "Ich habe
    # Ihnen den Termin vorhin, als Sie Ja gesagt haben, direkt eingebucht."
    r"^(?P<head>\W*(?:ich|wir)\s+(?:habe|hab|haben)(?:\s+[^\s,.!?;:]+){0,5}?)\s*,"
    r"(?P<inserted>[^.!?;:]+),\s*"
    r"(?P<tail>[^,;:.!?]+?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# with the object before the insertion: the head holds no participle of its own, and the tail is
# the participle's clause, not a clause of its own
_DONE_HEAD = lazy(r"(?:\bge\w+t|iert|\w+ge\w+t|\w+gen)$", re.IGNORECASE)
_CLAUSE_TAIL = lazy(
    r"^\W*(?:und|aber|oder|sondern)\b|\b(?:ist|sind|war|hat|habe|haben|wird|werden)\b",
    re.IGNORECASE,
)
_INSERTED = lazy(
    r"\b(?:wie|weil|da|ohne|nachdem|obwohl|damit|sodass|so\s+dass|nachdem|als)\b", re.IGNORECASE
)


def with_far_participle(
    sentence: str, lang: str, claims: tuple[Claim, ...], read: Callable[[str], SentenceReading]
) -> tuple[Claim, ...]:
    """`claims`, the main clause of a perfect split by inserted clauses read as one (above)."""
    if lang != "de" or sentence.count(",") < 2:
        return claims
    m = _SPLIT.match(sentence)
    if m is None or not _INSERTED.search(m["inserted"]):
        return claims
    if len(m["head"].split()) > 2 and (
        _DONE_HEAD.search(m["head"]) or _CLAUSE_TAIL.search(m["tail"])
    ):
        return claims  # "Ich habe storniert, …, und Ihr neuer Termin ist …": no split perfect
    main = read(f"{m['head']} {m['tail']}.")
    if not main.claims:
        return claims
    start, end = m.start("tail"), m.end("tail")
    head_end = m.end("head")
    kept = tuple(c for c in claims if c.start >= head_end)
    return kept + tuple(Claim(c.kind, start, end, c.details, c.follow_up) for c in main.claims)
