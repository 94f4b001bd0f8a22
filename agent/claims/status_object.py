"""A status said of the appointment named after it (blind 24, claims42): "**Status:** storniert
– Ihr Termin am Freitag um zehn.", "Status: abgesagt – Ihre Dauerwelle am Freitag." The noun
phrase after the dash is what the status is of; it names the appointment the status changed, so
it lends no booking of its own (convention 45 reads "Ihr Termin am Freitag" as the booking only
where it is said as settled). The status's own claim, with the day and time the phrase names,
stays.

Not: a phrase after the status with a verb of its own ("Status: storniert, Ihr Termin am Freitag
steht aber noch"), a status that is the booking ("Status: gebucht – Ihr Termin am Freitag").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_STATUS = lazy(
    r"^[\W_]*(?:status[\W_]*:[\W_]*)?(?P<status>storniert|abgesagt|gestrichen|cancelled|canceled|"
    r"verschoben|moved|rescheduled)[\s*_]*[–—:-]\s*(?P<phrase>.+?)\W*$"
)
_PHRASE = lazy(r"^(?:ihr|ihre|ihren|der|die|das|your|the)\s+[^,;]*$")
_VERB = lazy(
    r"\b(?:ist|sind|steht|stehen|bleibt|bleiben|war|wurde|hat|is|are|stays|stands|was|has|"
    r"remains|bleibt)\b"
)
_OUTCOMES = frozenset({ClaimKind.CANCELLED, ClaimKind.RESCHEDULED, ClaimKind.GONE})


def status_of_named(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims`, without the booking read from the appointment a status is of."""
    if not any(c.kind in _OUTCOMES for c in claims):
        return claims
    m = _STATUS.match(fold(sentence).text)
    if m is None or not _PHRASE.match(m["phrase"]) or _VERB.search(m["phrase"]):
        return claims
    return tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)
