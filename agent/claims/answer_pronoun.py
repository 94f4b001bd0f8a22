"""The appointment said as a pronoun in an answer's echo, put in the noun it stands for (blind 35,
claims80; convention 74: an answer word is read by its echo; a step of `reworded`).

After "Ja", "Nein", "Doch" or "Eben nicht" the echo's "der" / "er" is the caller's appointment just
asked about: "Nein, der findet nicht mehr statt", "Doch, der gilt weiterhin", "Nein, da hat sich
nichts geändert, der bleibt, wie er ist", "Ja, der ist jetzt am Donnerstag um 15 Uhr", "Eben
nicht, der ist erst reserviert" read as "der Termin …" (the last with the booking it denies), whose verbs the readers take only with the
appointment named. Nothing left in the calendar said after a no ("Nein, noch steht da nichts",
"No, it hasn't gone in yet", "Not yet – I haven't put it in") is the appointment not booked yet
(convention 5); a no before "it's only held" or "just on hold so far" denies the booking beside
the hold (460).

Only a sentence that starts with an answer word, and only a pronoun standing as the subject of
"findet … statt", "gilt", "bleibt" or of "ist" with "jetzt / nun am, auf …" or "erst / nur /
bloß": "Ja, der Kollege ist …", "Doch, der ist schön" and "Eben nicht, der ist noch frei" (the
slot asked about) keep their words.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_ANSWER_DE = lazy(r"^\W*(?:ja|jo|nein|nee|doch|eben|genau|klar)\b", re.IGNORECASE)
_PRONOUN = lazy(
    r"(?P<lead>(?:^|[,;:–—-])\s*(?:(?:ja|jo|nein|nee|doch|eben|genau|klar|nicht|nein)\W+)*)"
    r"(?:der|er)\s+(?=(?:findet\s+(?:\w+\s+){0,3}?statt|gilt|bleibt|"
    r"ist\s+(?:jetzt|nun)\s+(?:am|auf|für)|ist\s+(?:erst|nur|bloß)\s+(?:\w+\s+)?(?:reserviert|"
    r"vorgemerkt|geblockt))\b)",
    re.IGNORECASE,
)
# a booking denied and a hold said: "Eben nicht, der ist erst reserviert" (460: `held` +
# `not_booked`)
_ONLY_HELD = lazy(
    r"^(?P<lead>\W*(?:eben\s+nicht|nein|nee)\W+)(?:der|er)\s+ist\s+(?P<only>erst|nur|bloß)\s+"
    r"(?P<held>reserviert|vorgemerkt|geblockt)\b",
    re.IGNORECASE,
)
_NOTHING_IN_DE = lazy(
    r"^(?P<lead>\W*(?:nein|nee)\W+)(?:noch\s+steht\s+da\s+nichts|da\s+steht\s+noch\s+nichts)"
    r"(?:\s+drin)?\b",
    re.IGNORECASE,
)
_NOTHING_IN_EN = lazy(
    r"^(?P<lead>\W*(?:no|nope|not\s+yet)\W+(?:(?:no|not\s+yet)\W+)*)(?:it\s+(?:hasn't|has\s+not)\s+"
    r"(?:gone|been\s+put)\s+in|i\s+(?:haven't|have\s+not)\s+(?:(?:put|popped)\s+it\s+in|"
    r"entered\s+it))"
    r"(?:\s+yet)?\W*$",
    re.IGNORECASE,
)

# a booking denied and a hold said in English: "No, it's only held for now", "Not booked, no –
# just on hold so far" (460: `held` + `not_booked`)
_ONLY_HELD_EN = lazy(
    r"^(?P<lead>\W*(?:no|nope)\W+)it(?:'s|\s+is)\s+(?:only|just)\s+(?P<held>held|on\s+hold|"
    r"reserved)\b",
    re.IGNORECASE,
)
_HELD_PIECE_EN = lazy(
    r"(?P<lead>\bno\s*[–—-]\s*)(?:only|just)\s+(?:on\s+hold|held|reserved)\s+(?=so\s+far|for\s+now)",
    re.IGNORECASE,
)


def answer_pronoun(text: str, lang: str) -> str:
    """`text` with the echo's pronoun as the appointment, and nothing in as not booked yet."""
    if lang == "en":
        text = _ONLY_HELD_EN.sub(r"\g<lead>it isn't booked yet, it's only \g<held>", text)
        text = _HELD_PIECE_EN.sub(r"\g<lead>it's only on hold ", text)
        return _NOTHING_IN_EN.sub(r"\g<lead>it isn't booked yet.", text)
    if not _ANSWER_DE.match(text):
        return text
    text = _ONLY_HELD.sub(r"\g<lead>der Termin ist noch nicht gebucht, \g<only> \g<held>", text)
    text = _NOTHING_IN_DE.sub(r"\g<lead>der Termin ist noch nicht eingetragen", text)
    return _PRONOUN.sub(r"\g<lead>der Termin ", text)
