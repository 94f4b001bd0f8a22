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


# blind 39 (claims115): the short hold words a small model uses. "provisionally / tentatively
# yours", "vorläufig Ihrer" are the slot held for the caller, not had (possession is a booking);
# "pencilled in" said of the slot ("Friday at ten is pencilled in", "Pencilled in: Friday …") is
# the hold, while the caller pencilled in ("I've pencilled you in", "You're pencilled in for
# Friday") stays the gated booking (convention 78); "not / nothing final yet" beside a hold is
# its "not booked yet" (641, 730), alone an open outcome (731) and left as it is.
_SHORT_EN = (
    (lazy(r"\b(?:provisionally|tentatively)\s+yours\b"), "reserved for you"),
    (lazy(r"\b(?:provisionally|tentatively)\s+(?:reserved|held|blocked)\b"), "reserved"),
    (lazy(r"\bpencil+ed\s+in\b"), "reserved"),
)
_SHORT_DE = ((lazy(r"\bvorläufig\s+ihr(?:er|e|es)?\b(?!\s+\w)"), "für Sie reserviert"),)
_CALLER_PENCILLED = lazy(
    r"\bpencil+ed\s+(?:you|u|him|her|them|your)\b|"
    r"\b(?:you|u|him|her|them)(?:'re|'ve|'ll)?(?:\s+\w+){0,2}?\s+pencil+ed\b"
)
_HELD_WORD = lazy(r"\b(?:reserved|held|on\s+hold|reserviert|vorgemerkt|geblockt)\b")
_NOT_FINAL_EN = lazy(r"\b(?:nothing(?:'s|\s+is)?|not)\s+final\s+yet\b")


def standard_holds(sentence: str, lang: str) -> str:
    """`sentence` with a hold's loan or spoken words in standard ones (folded), else as it is."""
    words = _DE if lang == "de" else _EN
    text = fold(sentence).text
    out = text
    for pattern, standard in words:
        out = pattern.sub(standard, out)
    if lang == "en" and not _CALLER_PENCILLED.search(out):
        for pattern, standard in _SHORT_EN:
            out = pattern.sub(standard, out)
    if lang == "de":
        for pattern, standard in _SHORT_DE:
            out = pattern.sub(standard, out)
    if lang == "en" and _HELD_WORD.search(out):
        out = _NOT_FINAL_EN.sub("not booked yet", out)
    return sentence if out == text else out
