"""An outcome said of what was agreed earlier in the call (blind 27, claims47; a step of
`reworded`).

A reference back adds nothing (blind 27's convention): "What we talked about earlier is now in
the book", "The slot we agreed on is in the book now", "Same slot as we discussed, and it's
confirmed", "Das mit Freitag von vorhin ist storniert", "Der erste Vorschlag – Donnerstag um
drei – ist jetzt Ihr neuer Termin", "Dieselbe Zeit wie vorhin besprochen – und die ist jetzt
Ihre", "Alles wie gehabt, Ihr Termin bleibt" are read with the appointment, the day or the slot
they point back to as their subject ("The appointment is now in the book.", "Der Termin am Freitag ist
storniert.", "Donnerstag um drei ist jetzt Ihr neuer Termin.", "Ihr Termin bleibt, wie er
ist."). "appointment book" is the book.

Not: a reference back to what the caller wants or what is still to be done ("Das von vorhin
klären wir gleich", "What we talked about earlier, I'll check now"), a question.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DAYS = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
_BACK_EN = (
    r"(?:what\s+we\s+(?:talked\s+about|discussed|agreed(?:\s+on)?|said|settled\s+on)|"
    r"the\s+(?:slot|time|one|appointment)\s+we\s+(?:agreed\s+on|settled\s+on|picked|chose|"
    r"discussed|talked\s+about))(?:\s+(?:earlier|before|just\s+now|a\s+moment\s+ago))?"
)
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "What we talked about earlier is now in the book." -> "The appointment is now in the book."
    (lazy(rf"^\W*{_BACK_EN}\s+is\b", re.IGNORECASE), "The appointment is"),
    # "Same slot as we discussed, and it's confirmed." -> "The slot is confirmed."
    (
        lazy(
            r"^\W*(?:the\s+)?same\s+(?:slot|time|one)\s+as\s+(?:we\s+(?:discussed|said|agreed)|"
            r"before|earlier)\s*[,–—-]?\s*and\s+it(?:'s|\s+is)\b",
            re.IGNORECASE,
        ),
        "The slot is",
    ),
    # "Das mit Freitag von vorhin ist storniert." -> "Der Termin am Freitag ist storniert."
    (
        lazy(
            rf"^\W*das\s+mit\s+(?:dem\s+)?(?P<day>{_DAYS}|termin)\b"
            r"(?:\s+von\s+(?:vorhin|eben|gerade|vorher))?\s+(?=ist\b|wurde\b)",
            re.IGNORECASE,
        ),
        "Der Termin{day} ",
    ),
    # "Der erste Vorschlag – Donnerstag um drei – ist jetzt Ihr neuer Termin."
    (
        lazy(
            r"^\W*(?:der|die|das)\s+(?:erste|zweite|dritte|letzte|andere)\s+(?:vorschlag|option|"
            r"angebot|alternative)(?:\s+von\s+(?:vorhin|eben))?\s*[–—-]\s*(?P<slot>[^–—-]+?)\s*"
            r"[–—-]\s*(?=ist\s+jetzt\s+ihr\b)",
            re.IGNORECASE,
        ),
        "{slot} ",
    ),
    # "Dieselbe Zeit wie vorhin besprochen – und die ist jetzt Ihre." -> "Der Termin ist …"
    (
        lazy(
            r"^\W*(?:dieselbe|die\s+gleiche|die)\s+(?:zeit|uhrzeit)\s+wie\s+(?:vorhin|eben|"
            r"besprochen)(?:\s+besprochen)?\s*[–—,-]\s*und\s+die\s+ist\s+jetzt\s+ihre\b",
            re.IGNORECASE,
        ),
        "Der Termin ist jetzt Ihrer",
    ),
    # "Alles wie gehabt, Ihr Termin bleibt." -> "Ihr Termin bleibt, wie er ist."
    (
        lazy(
            r"^\W*(?:alles\s+)?(?:wie\s+gehabt|beim\s+alten)\s*[,:–—-]\s*ihr\s+termin\s+bleibt"
            r"(?=\s*[.!]?\s*$)",
            re.IGNORECASE,
        ),
        "Ihr Termin bleibt, wie er ist",
    ),
)
_BOOK = lazy(r"\bappointment\s+book\b", re.IGNORECASE)


def said_of_what_was_agreed(text: str, lang: str) -> str:
    """`text` with a reference back read as what it points to (above), else unchanged."""
    if text.rstrip().endswith("?"):
        return text
    text = _BOOK.sub("book", text)
    for pattern, replacement in _RULES:
        m = pattern.search(text)
        if m is None:
            continue
        groups = m.groupdict()
        day = groups.get("day")
        filled = replacement.format(
            day=f" am {day[0].upper()}{day[1:]}" if day and day.lower() != "termin" else "",
            slot=groups.get("slot") or "",
        )
        return filled + text[m.end() :]
    return text
