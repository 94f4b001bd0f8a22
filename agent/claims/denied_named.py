"""What a later sentence's "not booked yet" is said of (blind 22, claims38): after "Gemacht habe
ich: den Termin am Freitag eingetragen.", the sentence "Nicht gemacht: den Samstag bei Lena, der
ist noch nicht gebucht." takes back nothing said of Friday: it denies a booking of Saturday with
Lena. The `not_booked` claim a denying sentence makes against an earlier booking of the turn
(`taken_back.py`) carries the day, time, stylist and service that sentence names, so it is false
only where a booking it describes exists; a denial that names nothing ("Also, noch nicht ganz")
still denies every booking.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details


def denied_details(folded_sentence: str, names: Names) -> ClaimDetails:
    """The details a denying sentence names, as a claim's (empty when it names none)."""
    named = read_details(folded_sentence, names)
    return ClaimDetails(()) if named.empty else ClaimDetails(((Role.ANY, named),))
