"""A negation taken back, read as the claim it leaves (blind 25, claims43).

"Der Termin ist nicht nicht gebucht", "keineswegs nicht gebucht", "It's not not booked", "It
isn't not confirmed": two negations cancel, the statement is the booking. "Ungebucht ist da gar
nichts mehr" (nothing is left un-booked) says everything is booked. "Not pending, not tentative
— confirmed" denies the lesser states and ends on the booking (convention 8: read by what it
ends on). `negation_undone` gives the plain statement, read as any sentence (`amended`).

Not: a single negation ("nicht gebucht"), "nicht nur … sondern" (read by the clause readers), a
question.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_TWICE = lazy(
    r"\b(?:nicht|keineswegs|keinesfalls|not|isn't)\s+(?:nicht|not)\s+",
    re.IGNORECASE,
)
_UN_NOTHING = lazy(
    r"^\W*un(?P<word>gebucht|bestätigt|eingetragen|erledigt)\s+ist\s+(?:\w+\s+){0,2}?nichts\b",
    re.IGNORECASE,
)
_LESSER = r"(?:pending|tentative|provisional|on\s+hold|held|vorläufig|vorgemerkt|reserviert|offen)"
_ENDS_ON = lazy(
    rf"^\W*(?:(?:not|nicht)\s+{_LESSER}\s*[,;]\s*)+(?:(?:not|nicht)\s+{_LESSER}\s*)?[,;:–—-]+\s*"
    r"(?P<state>confirmed|booked|fest|gebucht|bestätigt)\W*$",
    re.IGNORECASE,
)


def negation_undone(sentence: str, lang: str) -> str | None:
    """The statement a double or taken-back negation makes, or None (see above)."""
    text = sentence.strip()
    if text.endswith("?"):
        return None
    if _TWICE.search(text):
        plain = _TWICE.sub(lambda m: "is " if m.group().lower().startswith("isn't") else "", text)
        return plain[0].upper() + plain[1:]
    un = _UN_NOTHING.search(text)
    if un is not None:
        return f"{un['word'].capitalize()} ist alles."
    end = _ENDS_ON.search(text)
    if end is not None:
        state = end["state"].lower()
        if lang == "de":
            return f"Ihr Termin ist {state}."
        return f"Your appointment is {state}."
    return None
