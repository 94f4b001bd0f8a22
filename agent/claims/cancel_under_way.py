"""A cancellation under way of the caller's appointment named by its day, put as the act to come
(blind 36, claims81): one step of `reworded`.

"Ich bin gerade dabei, Ihren Termin am Freitag um zehn zu stornieren", "Ihr Termin am Freitag um
zehn wird gerade storniert", "I'm cancelling your appointment on Friday at ten as we speak": the
act is not done (convention 5, `under_way` drops its outcome), but the appointment it names is
presupposed booked, as for a cancellation to come ("Ich werde Ihren Termin am Freitag um zehn
stornieren", blind 35: `booked` of what it names, 45). Put as that act to come, the clause reader
reads the presupposed booking with its day and time. Not: an act under way that names no day
("Ich storniere gerade Ihren Termin"), a booking or a move under way (neutral, 5).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)"
)
_DE_OBJ = rf"(?P<obj>termin\s+(?:am|für\s+(?:den\s+)?)\s*{_DAY}\b[^,.;:!?]*?)"
_DE = (
    lazy(
        rf"^\W*ich\s+bin\s+(?:gerade|grad|jetzt)\s+dabei,?\s+ihren\s+{_DE_OBJ}\s+zu\s+"
        r"(?:stornieren|streichen|löschen)\W*$",
        re.IGNORECASE,
    ),
    lazy(
        rf"^\W*ihr\s+{_DE_OBJ}\s+wird\s+(?:gerade|grad|jetzt|in\s+diesem\s+moment)\s+"
        r"(?:storniert|gestrichen|gelöscht)\W*$",
        re.IGNORECASE,
    ),
    lazy(
        rf"^\W*ich\s+storniere\s+(?:gerade|grad|in\s+diesem\s+moment)\s+ihren\s+{_DE_OBJ}\W*$",
        re.IGNORECASE,
    ),
)
_EN_OBJ = rf"(?P<obj>(?:appointment|booking)\s+on\s+{_DAY}\b[^,.;:!?]*?)"
_EN = lazy(
    rf"^\W*(?:i'm|i\s+am)\s+(?:just\s+|in\s+the\s+middle\s+of\s+)?cancell?ing\s+your\s+{_EN_OBJ}"
    r"(?:\s+(?:right\s+now|as\s+we\s+speak|now))?\W*$",
    re.IGNORECASE,
)


def cancel_under_way_in_words(sentence: str, lang: str) -> str:
    """`sentence` with a cancellation under way of a day's appointment as the act to come (see
    above), else as it is."""
    if lang == "de":
        for pattern in _DE:
            if m := pattern.match(sentence):
                return f"Ich werde Ihren {m['obj']} stornieren."
    if lang == "en" and (m := _EN.match(sentence)):
        return f"I will cancel your {m['obj']}."
    return sentence
