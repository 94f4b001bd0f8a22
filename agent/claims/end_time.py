"""An end time is the visit's end, never its start (blind 20, convention 45).

"Ihr Termin am Freitag geht von zehn bis Viertel nach zwölf", "Am Freitag sind Sie ungefähr
bis 12:15 Uhr fertig" (not "bis Freitag um zehn", "bis morgen": a goodbye), "runs from ten until about a quarter past twelve", "you'll be done around
12:15", "out by quarter past twelve": the time after "bis", "until", "till", or with "fertig",
"done", "finished", "out" is when the visit ends. A claim keeps the times the sentence names
elsewhere (its start) and loses those it names only as the end.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Names, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold

_END = lazy(
    r"\b(?:bis|until|till|til)\s+(?:(?:etwa|ungefähr|circa|ca|gegen|about|around|roughly|"
    r"approximately|so|a)\.?\s+)*(?=\d|viertel|halb|dreiviertel|quarter|half|noon|mittag|"
    r"eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)(?:[^,.;:!?–—]|[.:](?=\d))*?(?=[,;!?–—]|[.:](?!\d)|$)|"
    r"\b(?:fertig|done|finished|out)\s+(?:(?:by|around|at|about|um|gegen|so)\s+)+"
    r"(?:[^,.;:!?–—]|[.:](?=\d))*?(?=[,;!?–—]|[.:](?!\d)|$)"
)


def without_end_times(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` without the times `sentence` names only as the visit's end."""
    text = fold(sentence).text
    ends = [m.group() for m in _END.finditer(text)]
    if not ends:
        return claims
    end_times = read_details(" , ".join(ends), names).times
    start_times = read_details(_END.sub(" ", text), names).times
    only_end = end_times - start_times
    if not only_end:
        return claims
    out = []
    for c in claims:
        parts = tuple((r, replace(d, times=d.times - only_end)) for r, d in c.details.parts)
        details = ClaimDetails(parts, c.details.several, c.details.together)
        out.append(replace(c, details=details))
    return tuple(out)
