"""Nothing changed, said of the appointment the caller just asked about (blind 54 and 57, claims163).

"Stimmt das mit Freitag noch?" -> "Es hat sich nichts daran geändert." / "Und Sie haben wirklich
nichts umgestellt?" -> "Nein, es ist alles wie vorher.": the answer has no topic of its own ("es",
"daran", "alles"), its referent is the appointment in the caller's question, and it says that
appointment stays as it was: `stands` (convention 1035's "unverändert"), with the day the caller
named (issue 9 item 1: the detail is checked against the appointment). `unchanged_asked` reads
the answer as "Ihr Termin (am <Tag>) ist unverändert." where the caller asked about an
appointment, a day or a change made to it. Not: the caller's own statement with a tag ("Nothing's
been moved, has it?": `answered_statement` reads it), the same words after a question about anything
else ("Hat sich an den Preisen was geändert?"), an answer with a topic of its own (the clause
readers read it), a question, a condition.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import straight_apostrophes
from agent.claims.restated import restated

_LEAD = r"^\W*(?:(?:nein|ja|doch|genau|keine\s+sorge|no|yes|nope|don't\s+worry)\W+)*"
_UNCHANGED = {
    "de": lazy(
        _LEAD + r"(?:(?:es|da|daran|dran)\s+hat\s+sich\s+(?:(?:da|daran|dran|auch|wirklich)\s+)?"
        r"nichts\s+(?:(?:daran|dran)\s+)?(?:ge|ver)ändert|(?:es|das)\s+(?:ist|bleibt)\s+alles\s+"
        r"(?:genau\s+|noch\s+)?wie\s+(?:vorher|bisher|gehabt))\W*$",
        re.IGNORECASE,
    ),
    "en": lazy(
        _LEAD + r"(?:nothing(?:'s|\s+has)\s+(?:been\s+)?changed|everything(?:'s|\s+is)\s+"
        r"(?:just\s+|exactly\s+|still\s+)?as\s+(?:before|it\s+was))\W*$",
        re.IGNORECASE,
    ),
}
_DAYS = {
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag"),
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday"),
}
# the caller asked about an appointment, a day of it, or a change made to it
_ASKED = lazy(
    r"\b(?:termin\w*|buchung|montag|dienstag|mittwoch|donnerstag|freitag|samstag|umgestellt|"
    r"verschoben|verlegt|umgebucht|appointment|booking|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|moved|rescheduled|shifted)\b",
    re.IGNORECASE,
)


# the caller's own statement with a tag ("Nothing's been moved, has it?", "…, oder?"): read by
# `answered_statement` as the statement the answer confirms, not as a question about the visit
_TAG = lazy(
    r",\s*(?:has\s+it|hasn't\s+it|is\s+it|isn't\s+it|right|oder|nicht\s+wahr|gell|ne|"
    r"stimmt's)\s*\?\s*$",
    re.IGNORECASE,
)


def unchanged_asked(
    sentence: str,
    lang: str,
    caller: str,
    claims: tuple[Claim, ...],
    read_whole: Callable[[str], tuple[Claim, ...]],
) -> tuple[Claim, ...]:
    """`claims`, with the caller's appointment said unchanged where the answer's referent is it."""
    if not caller.rstrip().endswith("?") or any(c.kind is ClaimKind.STANDS for c in claims):
        return claims
    if not _UNCHANGED[lang].search(straight_apostrophes(sentence)):
        return claims
    asked = _ASKED.search(caller)
    if asked is None or _TAG.search(caller):
        return claims
    days = [d for d in _DAYS[lang] if re.search(rf"\b{d}\b", caller, re.IGNORECASE)]
    day = days[0].capitalize() if len(days) == 1 else ""
    if lang == "de":
        said = f"Ihr Termin am {day} ist unverändert." if day else "Ihr Termin ist unverändert."
    else:
        said = (
            f"Your appointment on {day} is unchanged." if day else "Your appointment is unchanged."
        )
    return claims + restated(sentence, said, read_whole)
