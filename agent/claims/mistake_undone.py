"""A cancellation made by mistake and booked again is a booking, not a move (blind 27,
claims49; a step of `reworded`): "Sorry, ich hatte ihn versehentlich storniert – ich habe Sie
wieder eingebucht", "I cancelled it by mistake – you're booked back in": the appointment is
where it was, booked; read as the clause after the mistake ("… booked again"). A cancellation and
a new booking with no mistake said stay a move ("storniert und auf Donnerstag neu gebucht").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_BY_MISTAKE = (
    r"(?:versehentlich|aus\s+versehen|irrtümlich|fälschlicherweise|accidentally|by\s+mistake|"
    r"in\s+error|mistakenly)"
)
_CANCELLED = r"(?:storniert|abgesagt|gestrichen|gelöscht|cancell?ed|deleted|removed)"
_MISTAKE = lazy(
    rf"^.*?\b(?:{_BY_MISTAKE}\b[^–—;:]*?\b{_CANCELLED}|{_CANCELLED}\b[^–—;:]*?\b{_BY_MISTAKE})"
    r"\b[^–—;:]*?(?:\s*[–—;:]|\s-\s|,\s*(?:aber|but)\b)\s*"
    r"(?P<rest>.*\b(?:wieder|back|again|rebooked|reinstated|neu\s+eingebucht)\b.*)$",
    re.IGNORECASE,
)


def mistake_undone(text: str, lang: str) -> str:
    """`text` with a cancellation by mistake, booked again, read as the booking again."""
    m = _MISTAKE.match(text)
    if m is None:
        return text
    rest = m.group("rest")
    return rest[0].upper() + rest[1:]
