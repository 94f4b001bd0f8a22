"""Both appointments said done by the speaker, with "beide" / "both" as the object ("Ich habe
beide abgesagt", "Hab sie beide storniert", "I've cancelled both"; blind 24, claims41): the
state said of both, as "Beide Termine sind storniert" is (several appointments, convention 56)."""

from __future__ import annotations

from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import normalize
from agent.claims.restated import restated

_BOTH = lazy(
    r"\b(?:ich\s+|wir\s+)?(?:habe|hab|haben)\s+(?:sie\s+)?beide\s+(?P<de>abgesagt|storniert|gebucht|"
    r"eingetragen|verschoben)\b|"
    r"\b(?:i|we)(?:'ve|\s+have)\s+(?P<en>cancell?ed|booked|moved)\s+(?:them\s+)?both\b"
)
_BOTH_AS = {
    "abgesagt": "Beide Termine sind storniert.",
    "storniert": "Beide Termine sind storniert.",
    "gebucht": "Beide Termine sind gebucht.",
    "eingetragen": "Beide Termine sind gebucht.",
    "verschoben": "Beide Termine sind verschoben.",
    "cancelled": "Both appointments are cancelled.",
    "canceled": "Both appointments are cancelled.",
    "booked": "Both appointments are booked.",
    "moved": "Both appointments are moved.",
}


def both_said(sentence: str) -> str | None:
    """ "Ich habe beide abgesagt" as "Beide Termine sind storniert.", or None."""
    m = _BOTH.search(normalize(sentence))
    if m is None or "?" in sentence:
        return None
    return _BOTH_AS.get(m["de"] or m["en"])


def both_read(sentence: str, whole: Callable[[str], tuple[Claim, ...]]) -> tuple[Claim, ...]:
    """The claims of "both" said done, read as said of both appointments."""
    return restated(sentence, both_said(sentence), whole)
