"""A tool's or the system's output read aloud, as the state it reports (blind 28, claims50).

"Laut Rückgabe: booking created", "start: 2025-11-28T10:00, status: accepted", "reservation_id:
51, Slot gehalten", "It says hold: active, Friday 10:00, expires in ten minutes", "{"status":
"held", …}, also Freitag zehn Uhr ist für Sie gehalten": a model that reads its tool's result
to the caller states what the result says (conventions 45 and 84: the system as the source).
`tool_said` gives the sentence with the status put in the reader's words; None when it has no
such status.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import normalize

_BOOKED = {"de": "ihr termin ist gebucht", "en": "your appointment is booked"}
_HELD = {"de": "der platz ist für sie reserviert", "en": "the slot is on hold for you"}
_RULES = (
    (lazy(r"\{[^{}]*\}\s*,?\s*(?:also\s+)?"), lambda lang: ""),
    # an id field is no detail of the appointment ("hold_id: 7" is not seven o'clock)
    (lazy(r"\b\w+_(?:id|uid):\s*[\w-]+\s*,?\s*"), lambda lang: ""),
    (lazy(r"\b(?:booking|appointment|termin) (?:created|angelegt)\b"), _BOOKED.get),
    (lazy(r"\bstatus:\s*(?:accepted|created|success)\b"), _BOOKED.get),
    (lazy(r"\b(?:slot|platz) (?:gehalten|gehalten worden)\b"), _HELD.get),
    (lazy(r"\bist für sie gehalten\b"), lambda lang: "ist für sie reserviert"),
    (
        lazy(r"\bhold:\s*(?:active|aktiv),?\s*([^,.]*)"),
        lambda lang: r"\1 is on hold for you" if lang == "en" else r"\1 ist für sie reserviert",
    ),
)


def tool_said(sentence: str, lang: str) -> str | None:
    """`sentence` with a tool status said in the reader's words, or None."""
    text = normalize(sentence)
    if ":" not in text and "{" not in text and "gehalten" not in text:
        return None
    out = text
    for pattern, replacement in _RULES:
        out = pattern.sub(replacement(lang) or "", out)
    out = re.sub(r"\b(?:laut rückgabe|it says|result|ergebnis):\s*", "", out)
    return None if out == text else out
