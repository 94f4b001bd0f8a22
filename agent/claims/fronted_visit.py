"""The caller's visit as the fronted topic of what goes with it (blind 57, claims174).

"Zur Dauerwelle am Freitag passt heute keine Farbe mehr, das wäre zu viel für die Haare": a
service of the salon's, with the definite article and a named day, put first with "zu" (what
goes with it, what to add to it) is the caller's visit that day, as "Bringen Sie zur Dauerwelle
am Freitag bitte etwas Zeit mit" presupposes it (conventions 31 and 88; the round's 77: the
definite article). A "kein" after it denies what would be added, not the visit. A BOOKED claim
with the service and the day.

Not: an indefinite service ("Zu einer Dauerwelle passt keine Farbe": any visit), no day ("Zur
Dauerwelle passt …"), a question, a condition ("Zur Dauerwelle am Freitag, falls Sie buchen, …"),
a sentence another reader found a claim in.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_FRONTED = lazy(
    r"^\W*(?:zur|zum)\s+(?P<visit>[\w-]+\s+am\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag)(?:\s+um\s+[\w:.]+(?:\s+uhr)?)?)\s+(?!ist\b|sind\b|bin\b)\w+"
)
_NOT_STATED = lazy(r"\?|\b(?:wenn|falls|sofern|ob|sobald|angenommen|suche|schaue|prüfe)\b")


def fronted_visit(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A BOOKED claim of the visit fronted with "zur … am <day>" (above)."""
    if claims:
        return ()
    text = fold(sentence).text
    m = _FRONTED.search(text)
    if m is None or _NOT_STATED.search(text):
        return ()
    d = read_details(m["visit"], names)
    if not d.services or not (d.weekdays or d.days):
        return ()
    visit = Details(weekdays=d.weekdays, days=d.days, times=d.times, services=d.services)
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, visit),))),)
