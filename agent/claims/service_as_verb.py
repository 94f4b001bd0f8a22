"""A service word written as a verb names the caller's act, not the appointment (blind 20).

"Vor Ihrem Termin am Freitag sollten Sie die Haare nicht mehr färben": German writes the
service as a noun ("das Färben", "eine Färbung") and the act as a lower-case verb ("färben",
"waschen", "schneiden"). In cased German text, a service named only by a lower-case word ending
in "-en" a few words from "Haare" is what the caller does to their hair ("Bart stutzen am
Freitag" still names the service); claims lose that service.
Text written all in lower case (a transcript) tells nothing and is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Names, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim

_WORD = lazy(r"[^\W\d_]+")
_HAIR = frozenset({"Haare", "Haar", "Haaren"})


def without_service_verbs(
    sentence: str, lang: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` without services `sentence` names only as the caller's act (above)."""
    if lang != "de" or not any(d.services for c in claims for _, d in c.details.parts):
        return claims
    words = _WORD.findall(sentence)[1:]
    if not any(w[0].isupper() for w in words):
        return claims  # no capitals after the first word: no cue
    # the act done to the hair, a few words either side of "Haare" ("Bart stutzen" is a service)
    near = [v for i, w in enumerate(words) if w in _HAIR for v in words[max(0, i - 4) : i + 5]]
    verbs = [w for w in near if w.islower() and w.endswith("en")]
    if not verbs:
        return claims
    acts = read_details(" ".join(verbs), names).services
    nouns = read_details(" ".join(w for w in words if w not in verbs).lower(), names).services
    acts -= nouns
    if not acts:
        return claims
    out = []
    for c in claims:
        parts = tuple((r, replace(d, services=d.services - acts)) for r, d in c.details.parts)
        out.append(replace(c, details=ClaimDetails(parts, c.details.several, c.details.together)))
    return tuple(out)
