"""The caller away until a day, then the wish: "ich bin bis Mittwoch in Madrid, also
Donnerstag", "bin bis Freitag auf Dienstreise, dann Samstag", "wenn ich aus London zurück bin,
Mittwoch", "when I'm back from Paris, Friday". The clause about being away names no day wished
(its "bis Mittwoch" is no limit of the appointment): it is left out and the day said after it is
the wish. The caller is away now, so a weekday said after it that is today's weekday is next
week's ("wenn ich aus London zurück bin, Mittwoch" said on a Wednesday). Without a day after it
("ich bin bis Freitag in Hamburg") the clause is left as said (asked).

Works on the caller's words as said, before `normalize`.
"""

from __future__ import annotations

import re
from datetime import date

from tools.when.lexicon import WEEKDAYS

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_AWAY = re.compile(
    r"^\W*(?:(?:ich|i)\s+)?(?:bin|bin\s+ja|bin\s+noch|am|m)\s+(?:noch\s+)?(?:bis|until|till)\s+"
    r"[^,.;]+?\s+(?:in|auf|im|weg|verreist|unterwegs|away|abroad|on)\b[^,.;]*"
    r"|^\W*(?:wenn|sobald|when|once)\s+(?:ich|i)(?:\s+(?:wieder|back)|'m\s+back|\s+am\s+back|\s+get"
    r"\s+back)?\s+(?:aus|von|from)\s+[^,.;]+?(?:\s+(?:zurueck|wieder\s+da)\s+bin)?(?=[,.;]|$)"
    r"|^\W*nach\s+meiner\s+rueckkehr(?:\s+aus\s+[^,.;]+)?",
)
_THEN = re.compile(r"^[\s,.;]*(?:(?:also|dann|danach|so|then|and\s+then)\b[\s,]*)?")


def without_away(text: str, today: date) -> str:
    """`text` without a clause about being away before the day wished (folded when changed)."""
    folded = text.lower().translate(_FOLD)
    m = _AWAY.search(folded)
    if m is None:
        return text
    rest = _THEN.sub("", folded[m.end() :], count=1).strip()
    if not re.search(r"[a-z0-9]", rest):
        return text
    words = rest.split()
    for i, word in enumerate(words):  # today's weekday: next week's (the caller is away now)
        if WEEKDAYS.get(word.strip(",.")) == today.weekday() and (
            i == 0 or not words[i - 1].startswith(("naechst", "next"))
        ):
            words[i] = "naechsten " + word
            break
    return " ".join(words)
