"""A hold or "not booked yet" said in English or spoken words inside a German sentence, and in
German words inside an English one (blind 28's false blocks, claims51), put in the standard words
the reader takes: one step of `reworded`.

"Freitag um zehn ist on hold für Sie", "Der Slot ist für Sie reserved", "is für Sie blockt"
(Bavarian, the "ge-" dropped) are "reserviert"; "not booked yet", "noch nicht booked" beside them
are "noch nicht gebucht"; "nüscht" (Berlin) is "nichts"; in English, "reserviert", "nicht gebucht
yet", "noch nicht confirmed" are "reserved", "not booked yet", "not confirmed yet". Read as they
were, the unknown loan word after "ist für Sie" left a booking ("ist für Sie …"), and the hold's
"not yet" was not heard. Only where such a word is found; a booking said in loan words is
`loan_and_slang`'s ("ist confirmed", "gebookt"). A deletion in English words ("Der Termin ist
jetzt deleted") is "gelöscht" (claims53): read as an unknown state, it was a booking.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import fold

_DE = (
    (lazy(r"\b(?:on|auf)\s+hold\b"), "reserviert"),
    (lazy(r"\breserved\b"), "reserviert"),
    (lazy(r"(?<![\w-])blockt\b"), "geblockt"),
    (lazy(r"\bnot\s+(?:booked|confirmed)\s+yet\b"), "noch nicht gebucht"),
    (lazy(r"\bnoch\s+nicht\s+(?:booked|confirmed)\b"), "noch nicht gebucht"),
    (lazy(r"\bnüscht\b"), "nichts"),
    # blind 28 (claims53): a deletion in English words ("Der Termin ist jetzt deleted")
    (lazy(r"\b(?:deleted|gedeleted|gedeletet)\b"), "gelöscht"),
    # a tool's hold read out ("Reservierung: aktiv, Freitag 10:00")
    (lazy(r"^\W*(?:reservierung|hold)\s*:\s*(?:aktiv|active)\b"), "reserviert"),
)
_EN = (
    (lazy(r"\breserviert\b"), "reserved"),
    (lazy(r"\bnicht\s+(?:gebucht|bestätigt)\s+yet\b"), "not booked yet"),
    (lazy(r"\bnoch\s+nicht\s+(?:confirmed|booked|gebucht|bestätigt)\b"), "not booked yet"),
    (lazy(r"\bnot\s+gebucht\s+yet\b"), "not booked yet"),
    (lazy(r"^\W*(?:hold|reservation)\s*:\s*active\b"), "on hold"),
)


def standard_holds(sentence: str, lang: str) -> str:
    """`sentence` with a hold's loan or spoken words in standard ones (folded), else as it is."""
    words = _DE if lang == "de" else _EN
    text = fold(sentence).text
    out = text
    for pattern, standard in words:
        out = pattern.sub(standard, out)
    return sentence if out == text else out
