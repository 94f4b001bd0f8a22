"""One appointment said the only one booked, another named as not (blind 30, negation scope):
"Only Friday is booked, not Saturday", "Just the cut is confirmed, not the perm", "Nur der
Freitag ist gebucht, nicht der Samstag".

"only … not Y" denies Y's booking: `NOT_BOOKED` with what Y names (a day, an hour, a service, a
stylist), false where Y is booked (both booked: state two); the booked part is read by the other
readers. Not: a Y that names nothing ("Only held, not booked": `denied_booking`), a question or
a condition.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_ONLY = lazy(
    r"\b(?:only|just|nur|bloß|lediglich)\s+[^,.;:!?]{1,40}?\s*(?:\s(?:is|are|has\s+been|ist|sind|"
    r"wurde)|'s)\s+(?:booked|confirmed|in|gebucht|eingetragen|bestätigt|fest)\s*[,;–—]\s*"
    r"(?:(?:but|aber)\s+)?(?:not\s+|nicht\s+)(?P<other>[^,.;:!?]{1,40})"
)
_OPEN = lazy(r"\?|\b(?:if|unless|wenn|falls)\b")


def only_this_booked(sentence: str, names: Names) -> tuple[Claim, ...]:
    """A NOT_BOOKED claim for the appointment an "only … not Y" sentence denies (above)."""
    folded = fold(sentence)
    text = folded.text
    m = _ONLY.search(text)
    if m is None or _OPEN.search(text):
        return ()
    named = read_details(m.group("other"), names)
    if not (
        named.weekdays
        or named.days
        or named.relative_days
        or named.times
        or named.services
        or named.stylists
    ):
        return ()
    start, end = folded.span(m.start("other"), m.end("other"))
    return (Claim(ClaimKind.NOT_BOOKED, start, end, ClaimDetails(((Role.ANY, named),))),)
