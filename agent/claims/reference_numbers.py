"""A booking or cancellation number handed to the caller (blind 22, claims37): a number or code the
booking is kept under ("Booked under confirmation number 5521", "Unter der Nummer 4711 finden wir
Ihre Buchung", "Notieren Sie sich die Buchungsnummer: vier, sieben, eins, eins" — digits read out
one by one) presupposes the booking (convention 45): read as "Ihre Buchungsnummer ist …"; a
cancellation's number ("Cancellation confirmed under number 4712") as "Ihre Stornonummer ist …".
Not a number asked for ("Haben Sie eine Buchungsnummer?", "Falls Sie eine Buchungsnummer haben"),
nor another number (a door code, the salon's phone). "Your confirmation number / code is …" is left
to the reader: gated blind 2 and 4 label it `done` (a confirmation of any outcome), blind 22
`booked`; one wording, two labels, for the lead to decide."""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes

_DIGIT_WORDS = {
    "null": "0", "eins": "1", "zwei": "2", "zwo": "2", "drei": "3", "vier": "4", "fünf": "5",
    "sechs": "6", "sieben": "7", "acht": "8", "neun": "9", "zero": "0", "oh": "0", "one": "1",
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9",
}  # fmt: skip
_ONE = "|".join(_DIGIT_WORDS)
_SPELLED = lazy(
    rf"\b(?:{_ONE})(?:\s*,?\s+(?:{_ONE}))+\b",
    re.IGNORECASE,
)
_CODE = r"(?P<n>[A-Z]*\d[\w-]*|[A-Z]+-\d[\w-]*)"
_BOOKED = (
    # "Booked under confirmation number 5521", "Unter der Nummer 4711 finden wir Ihre Buchung"
    rf"\b(?:booked|reserved|saved|confirmed)\s+under\s+(?:\w+\s+){{0,2}}?(?:number|code|reference)\s+{_CODE}",
    rf"\bunter\s+der\s+(?:\w*nummer|referenz)\s+{_CODE}\b.*\b(?:ihre?n?)\s+(?:buchung|termin)\b",
    # "Notieren Sie sich die Buchungsnummer: 4711"
    rf"\byour\s+(?:booking|reference)\s+(?:code|number)\s+is\s+{_CODE}",
    rf"\b(?:notieren|schreiben|merken)\s+sie\s+sich\b.*\b(?:buchungs|bestätigungs|referenz)"
    rf"(?:nummer|code)\b\s*(?:auf)?\s*:?\s*{_CODE}",
)
_CANCELLED = (
    rf"\bcancell?(?:ation|ed)\b(?:\s+confirmed)?\s+under\s+(?:\w+\s+)?(?:number|code|reference)\s+{_CODE}",
    rf"\b(?:storno|stornierungs)nummer\b\s*(?:ist|lautet|:)?\s*{_CODE}",
)
_ASKED = lazy(r"\?|\b(?:falls|wenn|if|haben\s+sie|do\s+you\s+have)\b", re.IGNORECASE)


def _digits(text: str) -> str:
    def join(m: re.Match) -> str:
        return "".join(_DIGIT_WORDS[w.lower()] for w in re.findall(r"\w+", m[0]))

    return _SPELLED.sub(join, text)


def reference_given(sentence: str, lang: str) -> str | None:
    """The number's standard sentence when `sentence` hands the caller a booking number."""
    text = _digits(straight_apostrophes(sentence))
    if _ASKED.search(text):
        return None
    for pattern in _CANCELLED:
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            return (
                f"Ihre Stornonummer ist {m['n']}."
                if lang == "de"
                else (f"Your cancellation number is {m['n']}.")
            )
    for pattern in _BOOKED:
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            return (
                f"Ihre Buchungsnummer ist {m['n']}."
                if lang == "de"
                else (f"Your booking number is {m['n']}.")
            )
    return None
