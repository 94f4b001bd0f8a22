"""A denied denial read as the claim it affirms (blind 28, claims50).

"Ich würde nicht sagen, dass Ihr Termin nicht fest ist", "I wouldn't say it's not booked",
"Ihr Termin ist nicht ungültig", "It's not as if it's booked already, it isn't yet", "Not that
the appointment still exists, it's been cancelled": two negations cancel (litotes), and a "not
that / not as if" clause only sets up what the next clause says. `denial_undone` gives the
affirmed sentence; None when the sentence has no such figure.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import normalize

_RULES: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "de": (
        # "Ich würde nicht sagen, dass X nicht Y ist" -> "X ist Y"
        (lazy(r"^.*?\bnicht (?:sagen|behaupten),? dass (.+?) nicht (\w+) (ist|sind)\b.*$"),
         r"\1 \3 \2."),
        (lazy(r"^.*?\b(ihr termin|der termin|die buchung) ist nicht ungültig\b.*$"),
         r"\1 ist gültig."),
    ),
    "en": (
        # "I wouldn't say it's not booked" -> "it's booked"
        (lazy(r"^.*?\b(?:wouldn't|would not) (?:say|claim),? (?:that )?(.+?)"
                    r"(?: is not| isn't|'s not| are not| aren't|'re not) (\w+)\b.*$"),
         r"\1 is \2."),
        # "It's not as if it's booked already, it isn't yet" -> "it isn't booked yet"
        (lazy(r"^.*?\bnot as if (?:it's|it is) (\w+)\b.*?,\s*it isn't(?: yet)?\W*$"),
         r"it isn't \1 yet."),
        # "Not that the appointment still exists, it's been cancelled" -> the second clause
        (lazy(r"^\s*not that [^,]+,\s*(.+)$"), r"\1"),
    ),
}  # fmt: skip


def denial_undone(sentence: str, lang: str) -> str | None:
    """The sentence a denied denial affirms, or None."""
    text = normalize(sentence)
    for pattern, replacement in _RULES.get(lang, ()):
        if pattern.search(text):
            return pattern.sub(replacement, text)
    return None
