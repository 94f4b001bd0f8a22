"""The caller's appointments confirmed by the salon in a performative ("Hiermit bestätigen wir
Ihre beiden Termine", "Wir bestätigen Ihnen beide Termine", "Hiermit bestätigen wir Ihren Termin
bei Frau Hoffmann", "We hereby confirm both of your appointments"; blind 27, claims47; a step of
`reworded`): the act of confirming them says them booked, read as "Ihre beiden Termine sind
gebucht." / "Both of your appointments are booked.", so that what the phrase names (two
appointments, a stylist, a day) is the claim's.

Only the appointment as object (Termin, appointment); the booking, the cancellation or the move
confirmed are read elsewhere. Not: a rule ("Wir bestätigen jeden Termin per SMS"), a question, a
promise to confirm ("Wir bestätigen Ihnen den Termin, sobald …").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DE = lazy(
    r"^\W*(?:hiermit\s+)?(?:bestätigen\s+wir|wir\s+bestätigen)\s+(?:ihnen\s+)?(?:hiermit\s+)?"
    r"(?P<np>(?:ihren|ihre|den|die)\s+(?:beiden\s+|zwei\s+)?termine?|beide\s+termine)\b"
    r"(?P<rest>[^.!?,;]*)[.!]?\s*$",
    re.IGNORECASE,
)
_EN = lazy(
    r"^\W*(?:we|i)\s+(?:hereby\s+)?confirm\s+(?P<np>(?:both\s+(?:of\s+)?)?your\s+(?:two\s+)?"
    r"appointments?)\b(?P<rest>[^.!?,;]*)[.!]?\s*$",
    re.IGNORECASE,
)
_NOT = lazy(r"\b(?:jeden|alle|every|all|sobald|wenn|once|when|if)\b", re.IGNORECASE)
_NOMINATIVE = {"ihren termin": "Ihr Termin", "den termin": "Der Termin", "ihre termine": "Ihre Termine",
               "die termine": "Die Termine", "beide termine": "Ihre beiden Termine"}  # fmt: skip


def confirmed_by_us(text: str, lang: str) -> str:
    """`text` with the appointments the salon confirms said booked, else unchanged."""
    if _NOT.search(text):
        return text
    if lang == "de":
        m = _DE.search(text)
        if m is None:
            return text
        np = " ".join(m["np"].lower().split())
        subject = _NOMINATIVE.get(np) or np[0].upper() + np[1:].replace("termin", "Termin")
        verb = "sind" if subject.endswith("e") else "ist"
        return f"{subject}{m['rest']} {verb} gebucht."
    m = _EN.search(text)
    if m is None:
        return text
    np = m["np"]
    verb = "are" if np.lower().endswith("s") else "is"
    return f"{np[0].upper()}{np[1:]}{m['rest']} {verb} booked."
