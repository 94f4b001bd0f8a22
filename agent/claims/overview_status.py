"""A booking overview that ends in its status (blind 14): "Ihre Buchung im Überblick – Leistung:
Dauerwelle; Tag: Freitag; Uhrzeit: 10:00; Stylist: Fabian. Status: bestätigt.", "Your booking
at a glance – service: perm; day: Friday; …. Status: confirmed." The status stands in a sentence
of its own, so the readers see no details beside it; here it is read as a booking of every
detail the overview lists.

BOOKED (a day and a time listed), over the whole text. Not: a status said open ("Status:
offen / pending / reserviert"), an overview without a day and time.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_STATUS = lazy(r"\bstatus\s*:\s*(?:bestätigt|gebucht|fest|fix|confirmed|booked)\b")


def status_booked(sentence: str, names: Names) -> tuple[Claim, ...]:
    """The booking an overview's "Status: bestätigt" states, with the overview's details."""
    if "status" not in sentence.lower():
        return ()
    text = fold(sentence).text
    if not _STATUS.search(text):
        return ()
    details = read_details(text, names)
    if not (details.weekdays or details.days or details.relative_days) or not details.times:
        return ()
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, details),))),)
