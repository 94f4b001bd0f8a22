"""A salon rule said of every booking and applied to the caller's own, put in standard words
(blind 36, claims81): one step of `reworded`.

"Wie alle unsere Termine ist auch Ihrer verbindlich gebucht", "Wie jede Buchung hier ist auch
Ihre jetzt bestätigt", "Wie alle Samstagstermine ist auch Ihrer bei Lena fest": the comparison
names every booking, the claim is the caller's (convention 45). The reader took "alle Termine"
as the call's appointments, all of them booked (true only where the call holds two), or dropped
the sentence as a rule for everyone. The comparison and its "auch Ihre(r)" become "Ihr Termin"
("Ihr Samstagstermin" for a compound), which the clause reader reads as the caller's booking.
Not: a rule with no "auch Ihre(r)" ("Wie bei allen Buchungen schicken wir eine SMS"), nor a
cancellation's comparison ("Wie alle Absagen …"), read as before.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DE = lazy(
    r"^\W*wie\s+(?:bei\s+)?(?:alle[nm]?|jede[rnm]?|sämtliche[nm]?)\s+(?:unsere[nmr]?\s+)?"
    r"(?P<noun>[a-zäöüß]*(?:termin|buchung|reservierung)\w*)(?:\s+(?:hier|bei\s+uns))?\s*,?\s+"
    r"(?P<verb>ist|wird|steht|bleibt)\s+auch\s+ihre[rns]?\b",
    re.IGNORECASE,
)


def rule_applied_in_words(sentence: str, lang: str) -> str:
    """`sentence` with a rule for every booking applied to the caller's as the caller's booking
    (see above), else as it is."""
    if lang != "de" or not (m := _DE.match(sentence)):
        return sentence
    noun = m["noun"].lower()
    head = noun[: noun.index("termin")] if "termin" in noun else ""
    own = f"Ihr {head.capitalize()}termin" if head else "Ihr Termin"
    return f"{own} {m['verb']}{sentence[m.end() :]}"
