"""A day denied beside the caller's appointment on another (blind 38's leftover, claims106): one
step of `reworded`.

"Nein, Samstag habe ich Sie nicht gebucht, Ihr Termin ist am Freitag um zehn", "Am Samstag sind
Sie nicht eingetragen, Sie kommen am Freitag um zehn", "No, I didn't book you for Saturday, your
appointment is Friday at ten": the caller's correction answered. The first day is not booked
(convention 5 of the day it names) and the second is the caller's booking (45: the appointment
presupposed), so the sentence is false after a booking of both days and where nothing is booked.
The reader kept only one of the two (the denied day's act is the speaker's, which it leaves, or
both days merged into one denial); said as "Freitag um zehn ist gebucht, aber Samstag ist nicht
gebucht" it reads both.

Not: a question, a denial of the speaker's act with no other day given (`denied_booking`), a
move ("nicht mehr Samstag, sondern …": `corrected_to`).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
_DAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DE = lazy(
    rf"^\W*(?:nein\s*,?\s*)?(?:am\s+|für\s+)?(?P<x>{_DAY_DE})\s+(?:habe|hab|haben)\s+(?:ich|wir)\s+"
    r"(?:sie\s+)?nicht\s+(?:gebucht|eingetragen|eingebucht)\s*[,;–—-]\s*"
    rf"(?:ihr\s+termin\s+ist|sie\s+kommen|sie\s+sind)\s+(?:\w+\s+)?(?:am\s+)?(?P<y>{_DAY_DE}\b[^,.;!?]*?)"
    r"\W*$|"
    rf"^\W*(?:nein\s*,?\s*)?(?:am\s+|für\s+)?(?P<x2>{_DAY_DE})\s+sind\s+sie\s+nicht\s+"
    r"(?:gebucht|eingetragen|eingebucht)\s*[,;–—-]\s*"
    rf"(?:ihr\s+termin\s+ist|sie\s+kommen|sie\s+sind)\s+(?:\w+\s+)?(?:am\s+)?(?P<y2>{_DAY_DE}\b[^,.;!?]*?)"
    r"\W*$",
    re.IGNORECASE,
)
_EN = lazy(
    r"^\W*(?:no\s*,?\s*)?i\s+(?:didn't|did\s+not|haven't|have\s+not)\s+(?:book|booked|put)\s+you\s+"
    rf"(?:in\s+|down\s+)?(?:for|on)\s+(?P<x>{_DAY_EN})\s*[,;–—-]\s*"
    r"(?:your\s+appointment\s+is|you(?:'re|\s+are)\s+(?:booked\s+|down\s+)?(?:for|on))\s+(?:on\s+)?"
    rf"(?P<y>{_DAY_EN}\b[^,.;!?]*?)\W*$",
    re.IGNORECASE,
)


def other_day_in_words(sentence: str, lang: str) -> str:
    """`sentence` with a day denied beside the caller's appointment on another said as both
    (above), else as it is."""
    if lang == "de" and (m := _DE.match(sentence)):
        x, y = m["x"] or m["x2"], m["y"] or m["y2"]
        return f"{y[:1].upper()}{y[1:]} ist gebucht, aber {x.capitalize()} ist nicht gebucht."
    if lang == "en" and (m := _EN.match(sentence)):
        y = m["y"]
        return f"{y[:1].upper()}{y[1:]} is booked, but {m['x'].capitalize()} is not booked."
    return sentence
