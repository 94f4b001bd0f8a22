"""The caller's appointment said to be there, or the caller provided for (blind 48, claims136; a
step of `reworded`).

"You're safe, the booking's there.", "Don't worry, your appointment is there.", "Keine Sorge, die
Buchung ist da.", "So, Sie sind versorgt, tschüss!", "Sie sind bestens versorgt": the booking said
present, or the caller said taken care of, is the booking (blind 48's and probe 48's labels,
`booked`), read as "… is booked" / "… ist gebucht" / "Sie sind gebucht".

Not: "still there" / "noch da" (the appointment that stays, read by `none_changed` and the stands
readers: the lead's D6), a question ("Ist die Buchung da?", "Sind Sie versorgt?"), a negation
("Die Buchung ist nicht da"), the caller in good hands ("You're in safe hands with us", "bei uns
sind Sie in guten Händen"), someone or something else provided for ("Mit Shampoo sind Sie
versorgt").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_F = re.IGNORECASE
_THERE = {
    "en": lazy(
        r"\b((?:the|your)\s+(?:booking|appointment|reservation))(?:['’]s|\s+is)\s+"
        r"(?:(?:all|safely|definitely|right)\s+)?there\b(?!\s*\?)(?![^.!?]*\?)",
        _F,
    ),
    "de": lazy(
        r"\b((?:die|ihre)\s+buchung|(?:der|ihr)\s+termin)\s+ist\s+(?:(?:sicher|definitiv|"
        r"wirklich)\s+)?da\b(?=\s*(?:[,.;!–—]|$))(?!,?\s*wo\b)(?![^.!?]*\?)",
        _F,
    ),
}
_BOOKED = {"en": r"\1 is booked", "de": r"\1 ist gebucht"}
# "Sie sind (bestens / gut / rundum) versorgt" at a clause's end
_PROVIDED = lazy(
    r"\b(sie|du)\s+(?:sind|bist)\s+(?:(?:jetzt|nun|bestens|gut|rundum|bereits|schon)\s+){0,2}"
    r"versorgt(?=\s*(?:[,.;!–—]|$))(?![^.!?]*\?)",
    _F,
)


def present_said(sentence: str, lang: str) -> str:
    """`sentence` with the booking said there, or the caller provided for, said booked."""
    if lang not in _THERE:
        return sentence
    out = _THERE[lang].sub(_BOOKED[lang], sentence)
    if lang == "de" and "versorgt" in out.lower():
        out = _PROVIDED.sub(
            lambda m: f"{m[1]} {'sind' if m[1].lower() == 'sie' else 'bist'} gebucht", out
        )
    return out
