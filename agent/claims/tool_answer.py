"""Talk around a tool: its answer read out with its label, put in the words the reader takes
(blind 21, claims35; a step of `reworded`):

- a bare success read out ("Antwort: success: true.", "Response: success.", "Status: OK, all
  went through.", "Ergebnis: ok: true.") is the bare success ("Erledigt." / "Done."): `done`,
  true after a cancellation too (conventions 10, 34); only when the label opens the sentence
  ("Ihre Buchung: Freitag 10 Uhr. Status: OK." stays an overview);
- a record created ("Die Antwort lautet: Termin erstellt.", "appointment created") is the
  booking, a hold created ("hold created, Freitag 10:00") the hold;
- "0 free slots", "0 freie Termine": none free;
- a screen or system shown saying a slot is free ("Das System zeigt: Donnerstag um 15 Uhr ist bei
  Fabian frei.") is the slot, not a booking read from the screen;
- the query's own fields set ("Parameter gesetzt", "Filter gesetzt"): no appointment's;
- what the speaker is about to look up ("ich schaue gleich, was im System steht"): a look to come.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_LABEL = lazy(
    r"^\W*(?:(?:die\s+)?(?:antwort|rückmeldung|ergebnis|meldung)(?:\s+(?:lautet|vom\s+system))?"
    r"|(?:the\s+)?(?:response|result|reply|answer|output)(?:\s+(?:says|is|reads))?|status)"
    r"\s*:\s*",
    re.IGNORECASE,
)
_SUCCESS = lazy(
    r"^(?:(?:success|successful|ok|okay|true|erfolgreich)\b\W*?(?::\s*|=\s*)?)+(?=[,.!;]|$)",
    re.IGNORECASE,
)
_CREATED = lazy(
    r"\b(termin|buchung|appointment|booking)\s+(?:erstellt|angelegt|created|made|added)\b",
    re.IGNORECASE,
)
_HOLD_CREATED = lazy(
    r"\b(?:hold|reservierung|vormerkung)\s+(?:created|placed|set|erstellt|angelegt|gesetzt)\b\s*,?\s*",
    re.IGNORECASE,
)
_ZERO = lazy(r"\b0\s+(?=(?:free|open|available|freie|offene)\b)", re.IGNORECASE)
_SCREEN_FREE = lazy(
    r"^\W*(?:das\s+system|der\s+kalender|the\s+system|the\s+calendar|my\s+screen)\s+"
    r"(?:zeigt|sagt|says|shows)(?:\s+an)?\s*:\s*(?=[^.!?]*\b(?:frei|free|available|open|verfügbar)\b)",
    re.IGNORECASE,
)
_BOOKING_WORD = lazy(r"\b(?:gebucht|eingetragen|bestätigt|booked|confirmed)\b", re.I)
_QUERY_SET = lazy(
    r"\b(?:parameter|werte|filter|suchfelder|parameters|filters)\s+"
    r"(?:gesetzt|eingegeben|übergeben|set|entered)\b",
    re.IGNORECASE,
)
_LOOK_UP = lazy(
    r"\b(schaue|sehe|gucke|prüfe|checke)((?:\s+(?:gleich|mal|kurz|eben|schnell))*)\s*,?\s+"
    r"was\s+(?:im|in\s+dem)\s+(system|kalender)\s+steht\b",
    re.IGNORECASE,
)


def tool_answers(text: str, lang: str) -> str:
    """`text` with a tool's answer read out as its meaning (unchanged when it has none)."""
    de = lang == "de"
    text = _ZERO.sub("keine " if de else "no ", text)
    text = _QUERY_SET.sub("Abfrage vorbereitet" if de else "query prepared", text)
    text = _LOOK_UP.sub(lambda m: f"{m.group(1)}{m.group(2)} im {m.group(3)} nach", text)
    m = _SCREEN_FREE.search(text)
    if m and not _BOOKING_WORD.search(text):
        return text[m.end() :]
    m = _LABEL.search(text)
    if m is None:
        return text
    value = text[m.end() :]
    done = _SUCCESS.search(value)
    if done:
        return ("Erledigt" if de else "Done") + value[done.end() :]
    if _CREATED.search(value):
        return _CREATED.sub(lambda c: f"{c.group(1)} {'gebucht' if de else 'booked'}", value)
    if _HOLD_CREATED.search(value):
        return _HOLD_CREATED.sub("Reserviert: " if de else "Held: ", value)
    return text
