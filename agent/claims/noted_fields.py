"""A label and its value said as a note of the caller's details, or a label of the salon's
hours (blind 24, claims42): "Name: Müller, notiert.", "Allergie: Duftstoffe – vermerkt.",
"Rückrufnummer: 0171 2345678 – habe ich.", "Saturday hours: 9 to 2."; the note said first
(blind 27, claims49: "Notiert: Ihr Name ist Müller", "Noted: your surname is Becker"). The note is of what the
caller said, the hours are the salon's: neither claims an outcome (as `caller_notes` reads the
same notes said in full sentences).

Not: a value naming a stylist or service, or a label naming one with nothing after it but the
note ("Dauerwelle: notiert"; "Haarfarbe: dunkelbraun – habe ich" notes the caller's hair); a label that names the appointment, booking, status, slot or an act on them ("Termin:
notiert und gebucht", "Buchung: eingetragen", "Status: …"); a value that names a day or time
beside a note (a slot noted may be the booking said in few words).
"""

from __future__ import annotations

import re

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold

_FIELD = lazy(r"^\W*(?P<label>[^:]{2,40}?)\s*:\s*(?P<value>.+?)\s*$")
_APPOINTMENT = lazy(
    r"termin|buchung|gebucht|status|reserv|storn|slot|platz|appointment|booking|booked|"
    r"reservation|hold|cancel|move|verschieb|bestätig|confirm|\bstand\b|ergebnis|result"
)
_NOTED = lazy(
    r"(?:^|[\s,;–—-]+)(?:(?:ist\s+)?(?:notiert|vermerkt|aufgeschrieben|aufgenommen|gespeichert)|"
    r"(?:habe|hab)\s+ich|got\s+it|noted|taken\s+down)"
    # blind 28 (claims51): the note alone as the value, thanked for ("Telefon: notiert, danke.")
    r"(?:\s*[,;–—-]?\s*(?:danke(?:\s+schön)?|vielen\s+dank|thanks|thank\s+you|cheers))?\W*$"
)
# the note said first, its value after the colon: "Notiert: Ihr Name ist Müller", "Noted: your
# surname is Becker" (blind 27, claims49)
_NOTED_FIRST = lazy(
    r"^(?:(?:gut|okay|ok|alles|schon)\s+)?(?:notiert|vermerkt|aufgeschrieben|aufgenommen|"
    r"noted|got\s+it|taken\s+down|jotted\s+down)$"
)
_HOURS = lazy(r"\b(?:hours|opening\s+times|öffnungszeit(?:en)?|geöffnet)\b")
_WHEN = lazy(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|morgen|übermorgen|heute|tomorrow|today|uhr|"
    r"o'clock|am|pm)\b|\b\d{1,2}[:.]\d{2}\b"
)
_YOU = lazy(r"\b(?:sie|ihr|ihre|ihren|ihrem|you|your)\b")


def without_noted_fields(
    sentence: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims`, none for a note of the caller's details or a label of the salon's hours."""
    if not claims:
        return claims
    m = _FIELD.match(fold(sentence).text)
    if m is None or "\n" in m["value"]:
        return claims
    label, value = m["label"], m["value"]
    if _APPOINTMENT.search(label) or _APPOINTMENT.search(value):
        return claims
    named = [w for _, words in names.stylists + names.services for w in words]
    noted_value = _NOTED.sub("", value).strip()
    said = f" {noted_value} " if noted_value else f" {label} "
    if any(re.search(rf"\b{re.escape(w)}\b", said) for w in named):
        return claims  # a stylist or service noted may be the booking said in few words
    if _HOURS.search(label) and not _YOU.search(value):
        return ()
    if _NOTED_FIRST.match(label) and not _WHEN.search(value):
        # blind 27 (claims49): "Notiert: Ihr Name ist Müller." the note, not a booking; what the
        # value itself claims stays ("Notiert: Sie sind eingetragen.")
        colon = sentence.find(":")
        return tuple(c for c in claims if c.start > colon)
    noted = _NOTED.search(value)
    if noted is None or _WHEN.search(value[: noted.start()]) or _WHEN.search(label):
        return claims
    return ()
